import { phone } from '../i18n/catalogues/phone';
import { catalogueGateWords } from '../ui/catalogue-gate-words';
import type { LiveGateTexts } from '../ui/live-gate';

/** The gate's headings and prompts from the phone catalogue, in the page's language. */
export const PHONE_GATE_WORDS = catalogueGateWords((key) => phone.t(key));

/** What the personal page's LiveGate says in each state of its connection, in the page's language. */
export const PERSON_GATE_TEXTS: LiveGateTexts = {
  get connecting() {
    return phone.t('connecting');
  },
  get deleted() {
    return phone.t('deleted');
  },
  get invalidAdvice() {
    return phone.t('invalidAdvice');
  },
  wrongLink: {
    get title() {
      return phone.t('wrongLinkTitle');
    },
    get text() {
      return phone.t('wrongLinkText');
    },
    testId: 'not-personal',
  },
  words: PHONE_GATE_WORDS,
};
