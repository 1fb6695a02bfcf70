import { phone } from '../i18n/catalogues/phone';
import type { GateWords } from '../ui/gate-words';
import type { LiveGateTexts } from '../ui/live-gate';

const GATE_KEYS = [
  'connectingTitle',
  'deletedTitle',
  'invalidTitle',
  'invalidReason',
  'reconnecting',
  'outdatedTitle',
  'outdatedText',
  'reloadPage',
  'replacedTitle',
  'replacedText',
  'useHere',
] as const satisfies readonly (keyof GateWords)[];

/**
 * The gate's headings and prompts from the phone catalogue. Getters: each read follows the
 * page's language (issue 19), so a switch from the menu re-renders them too.
 */
export const PHONE_GATE_WORDS = Object.defineProperties(
  {},
  Object.fromEntries(GATE_KEYS.map((key) => [key, { enumerable: true, get: () => phone.t(key) }])),
) as GateWords;

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
