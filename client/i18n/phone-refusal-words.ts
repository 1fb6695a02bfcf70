/**
 * The phone's words for the server's refusals (issue 19): a chunk of its own, imported by
 * client/live/phone-refusal-text.ts only when a refusal with a reason is shown on a page in
 * another language than English. Reactive: a render that says a refusal before the page
 * language's catalogue is here says the server's English, then the words once they arrive.
 */
import { createSignal } from 'solid-js';
import type { MessageParams } from '../../shared/schemas/issue-codes';
import { phoneRefusals } from './catalogues/phone-refusals';
import { language } from './current-language';
import type { Language } from './languages';

type Code = keyof typeof phoneRefusals.source & string;

const isKnown = (code: string): code is Code => Object.hasOwn(phoneRefusals.source, code);

// Bumped when a catalogue arrives, so a render that said the English says the words. A
// language whose catalogue failed (offline, not cached) is not fetched again on every render,
// only when a page waits for it (wordsReady).
const [arrivals, setArrivals] = createSignal(0);
const failed = new Set<Language>();
const tracked = new Map<Language, Promise<void>>();

function track(lang: Language, loading: Promise<void>): Promise<void> {
  let t = tracked.get(lang);
  if (!t) {
    t = loading.then(
      () => void setArrivals((n) => n + 1),
      () => void failed.add(lang),
    );
    t.finally(() => tracked.delete(lang));
    tracked.set(lang, t);
  }
  return t;
}

/** Fetch the page language's catalogue of this namespace; resolves once it is here or could not come. */
export function wordsReady(lang: Language): Promise<void> {
  failed.delete(lang);
  const loading = phoneRefusals.load(lang);
  return loading ? track(lang, loading) : Promise.resolve();
}

/**
 * The refusal `reason` in the page's language, or `english` as the server wrote it: on an
 * English page, for a reason this namespace does not say (another screen's, a newer server's),
 * while its catalogue is on its way or could not come, and when a param is missing.
 */
export function sayRefusal(reason: string, params: MessageParams | undefined, english: string): string {
  arrivals();
  const lang = language();
  if (lang === 'en' || !isKnown(reason) || failed.has(lang)) return english;
  const loading = phoneRefusals.load(lang);
  if (loading) {
    void track(lang, loading);
    return english;
  }
  try {
    return (phoneRefusals.t as (key: Code, params: MessageParams) => string)(reason, params ?? {});
  } catch {
    return english;
  }
}
