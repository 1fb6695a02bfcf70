import { Show, type JSX } from 'solid-js';
import { languageSettled, startLanguage } from './current-language';

/**
 * Shows its children once the page's language is loaded: in English at once, in another
 * language when its catalogue chunk has arrived, so a German phone never flashes English first.
 */
export function LanguageGate(props: { children: JSX.Element }): JSX.Element {
  void startLanguage();
  return <Show when={languageSettled()}>{props.children}</Show>;
}
