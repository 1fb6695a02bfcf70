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
