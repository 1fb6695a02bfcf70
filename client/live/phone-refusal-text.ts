import { createSignal } from 'solid-js';
import type { MessageParams } from '../../shared/schemas/issue-codes';
import { language } from '../i18n/current-language';

/** A refusal as the server sent it: its English `message`, and where it has one its `reason` and `params`. */
export interface Refusal {
  message: string;
  reason?: string;
  params?: MessageParams;
}

type Words = typeof import('../i18n/phone-refusal-words');

// The words are a chunk of their own (client/i18n/phone-refusal-words.ts): refusals are rare,
// and the phone's budget (issue 19) has no room for them in its main chunk.
const [words, setWords] = createSignal<Words | null>(null);
let fetching: Promise<Words | null> | null = null;
let failed = false;
/** How long a page waits for the words before it says the server's English (a slow network). */
const WAIT_MS = 2000;

function fetchWords(): Promise<Words | null> {
  failed = false;
  fetching ??= import('../i18n/phone-refusal-words').then(
    (m) => {
      setWords(() => m);
      return m;
    },
    () => {
      // Offline before the worker cached it: English for now, fetched again when next waited for.
      fetching = null;
      failed = true;
      return null;
    },
  );
  return fetching;
}

const translated = (r: Refusal) => r.reason !== undefined && language() !== 'en';

/**
 * Why the server refused, as the phone says it: in the page's language once its words are
 * here (fetched on first need), the server's English until then and for a reason they do not
 * know. Reactive inside a render: the text changes when the words arrive.
 */
export function phoneRefusalText(r: Refusal): string {
  if (!translated(r)) return r.message;
  const w = words();
  if (w) return w.sayRefusal(r.reason!, r.params, r.message);
  if (!failed) void fetchWords();
  return r.message;
}

/**
 * Once `r` can be said in the page's language (its words fetched, or given up on after a
 * moment): for a page that writes the sentence once rather than rendering it.
 */
export function refusalWordsReady(r: Refusal): Promise<void> {
  if (!translated(r)) return Promise.resolve();
  const lang = language();
  const ready = fetchWords().then((w) => w?.wordsReady(lang));
  return Promise.race([ready, new Promise<void>((done) => setTimeout(done, WAIT_MS))]);
}
