import { projector } from '../../i18n/catalogues/projector';
import { catalogueGateWords } from '../../ui/catalogue-gate-words';
import type { LiveGateTexts } from '../../ui/live-gate';

/**
 * What the projector's LiveGate says in each state of its connection, from the projector
 * catalogue (short: the room reads it from afar). Getters: LiveGate reads them as it renders,
 * so they follow the page's language.
 */
export const PROJECTOR_GATE_TEXTS: LiveGateTexts = {
  get connecting() {
    return projector.t('connecting');
  },
  get deleted() {
    return projector.t('deleted');
  },
  get invalidAdvice() {
    return projector.t('invalidAdvice');
  },
  wrongLink: {
    get title() {
      return projector.t('wrongLinkTitle');
    },
    get text() {
      return projector.t('wrongLinkText');
    },
    testId: 'not-projector',
  },
  words: catalogueGateWords((key) => projector.t(key)),
};
