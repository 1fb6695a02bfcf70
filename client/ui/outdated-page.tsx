import type { JSX } from 'solid-js';
import { reloadToNewest } from '../live/app-update';
import { StatusScreen } from './status-screen';

/**
 * Why the page stopped following the event, and the way out: the server was upgraded since the
 * page loaded and refuses its older protocol (`outdated_client`). The link itself still works,
 * so this is not "a bad link": reloading fetches the new page (through the new service worker,
 * not the old build's cache: app-update.ts).
 */
export function ReloadPrompt(): JSX.Element {
  return (
    <>
      <p>
        Tablehop has been updated since this page was opened, so it can no longer follow the event. Reload the page to
        carry on with the new version.
      </p>
      <button type="button" data-testid="reload-page" onClick={() => void reloadToNewest()}>
        Reload the page
      </button>
    </>
  );
}

/** The whole-page form of the prompt, for the pages behind a LiveGate. */
export function OutdatedPage(): JSX.Element {
  return (
    <StatusScreen title="This page is out of date" testId="outdated-client">
      <ReloadPrompt />
    </StatusScreen>
  );
}
