import type { Locale } from 'date-fns';
import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { Language } from '../../i18n/languages';
import { dateTagFor, loadDateLocale } from '../../live/date-locale';

/**
 * The date-fns locale of the printed dates and times (issue 19): the event's language when it
 * set one (with this computer's region when it speaks that language: de-AT stays de-AT), else
 * this computer's own, as before languages, so an event that never chose prints 19:30 on a
 * German laptop. Null until loaded.
 */
export function createPrintDateLocale(eventLocale: Accessor<Language | null | undefined>): Accessor<Locale | null> {
  const [locale, setLocale] = createSignal<Locale | null>(null);
  const device = typeof navigator === 'undefined' ? 'en-US' : navigator.language;
  const tag = () => {
    const l = eventLocale();
    return l ? dateTagFor(l, device) : device;
  };
  createEffect(
    on(tag, (t) => {
      let current = true;
      onCleanup(() => {
        current = false;
      });
      void loadDateLocale(t).then((l) => current && setLocale(() => l));
    }),
  );
  return locale;
}
