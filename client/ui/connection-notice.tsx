import { Show, type Accessor } from 'solid-js';
import type { ConnectionStatus } from '../live/live-connection';

/**
 * A small "reconnecting…" notice while offline; everything else keeps running from what is
 * known. The live region is always in the page (a region inserted together with its text is
 * often not announced); only its content comes and goes.
 */
export function ConnectionNotice(props: { status: Accessor<ConnectionStatus> }) {
  return (
    <div role="status" aria-live="polite" class="notice-region">
      <Show when={props.status() === 'offline'}>
        <div class="notice-offline" data-testid="offline-notice">
          Reconnecting…
        </div>
      </Show>
    </div>
  );
}
