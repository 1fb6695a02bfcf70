import { Show, type Accessor } from 'solid-js';
import type { ConnectionStatus } from '../live/live-connection';

/** A small "reconnecting…" notice while offline; everything else keeps running from what is known. */
export function ConnectionNotice(props: { status: Accessor<ConnectionStatus> }) {
  return (
    <Show when={props.status() === 'offline'}>
      <div class="notice-offline" role="status" data-testid="offline-notice">Reconnecting…</div>
    </Show>
  );
}
