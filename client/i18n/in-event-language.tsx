import { createEffect, createSignal, on, Show, type Accessor, type JSX } from 'solid-js';
import { language, setEventDefaultLanguage, wantedLanguage } from './current-language';

/**
 * Shows its children in the event's language (`settings.locale`) when this device chose none
 * and its browser prefers none of ours. The snapshot brings the default and its catalogue may
 * still have to load: the children wait for it, so a screen never flashes English first.
 */
export function InEventLanguage(props: {
  locale: Accessor<string | null | undefined>;
  children: JSX.Element;
}): JSX.Element {
  const [waiting, setWaiting] = createSignal(true);
  createEffect(
    on(props.locale, (locale) => {
      const shown = setEventDefaultLanguage(locale);
      // Already in the wanted language (English, or a catalogue loaded before): show at once.
      if (language() === wantedLanguage()) setWaiting(false);
      else void shown.finally(() => setWaiting(false));
    }),
  );
  return <Show when={!waiting()}>{props.children}</Show>;
}
