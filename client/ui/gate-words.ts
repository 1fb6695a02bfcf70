/**
 * What a live page's gate says around the page itself: the whole-page headings, the
 * "Reconnecting…" notice, and the prompts of a page that stopped following the event. Each page
 * passes its catalogue's words (catalogue-gate-words.ts; the console borrows the phone's): the
 * pieces take them as a prop, so no English rides in the phone's bundle (its weight budget).
 */
export interface GateWords {
  connectingTitle: string;
  deletedTitle: string;
  invalidTitle: string;
  /** Why a link is not valid, when nothing more precise is known. */
  invalidReason: string;
  reconnecting: string;
  outdatedTitle: string;
  outdatedText: string;
  reloadPage: string;
  replacedTitle: string;
  replacedText: string;
  useHere: string;
}

/** The English words as plain data, for tests of the gate pieces on their own. */
export const ENGLISH_GATE_WORDS: GateWords = {
  connectingTitle: 'Connecting…',
  deletedTitle: 'This event was deleted',
  invalidTitle: 'This link is not valid',
  invalidReason: 'It may be incomplete or out of date.',
  reconnecting: 'Reconnecting…',
  outdatedTitle: 'This page is out of date',
  outdatedText:
    'Tablehop has been updated since this page was opened, so it can no longer follow the event. ' +
    'Reload the page to carry on with the new version.',
  reloadPage: 'Reload the page',
  replacedTitle: 'This link is open in too many places',
  replacedText:
    'This link was opened on more devices or tabs than Tablehop keeps connected at once, so this, the oldest, ' +
    'was closed. Use it here to carry on (the oldest of the others closes instead).',
  useHere: 'Use it here',
};
