import type { JSX } from 'solid-js';
import { reloadToNewest } from '../live/app-update';
import type { GateWords } from './gate-words';
import { StatusScreen } from './status-screen';

/**
 * Why the page stopped following the event, and the way out: the server was upgraded since the
 * page loaded and refuses its older protocol (`outdated_client`). The link itself still works,
 * so this is not "a bad link": reloading fetches the new page (through the new service worker,
 * not the old build's cache: app-update.ts). `words`: the page's language (gate-words.ts).
 */
export function ReloadPrompt(props: { words: GateWords }): JSX.Element {
  const words = () => props.words;
  return (
    <>
      <p>{words().outdatedText}</p>
      <button type="button" data-testid="reload-page" onClick={() => void reloadToNewest()}>
        {words().reloadPage}
      </button>
    </>
  );
}

/** The whole-page form of the prompt, for the pages behind a LiveGate. */
export function OutdatedPage(props: { words: GateWords }): JSX.Element {
  return (
    <StatusScreen title={props.words.outdatedTitle} testId="outdated-client">
      <ReloadPrompt words={props.words} />
    </StatusScreen>
  );
}
