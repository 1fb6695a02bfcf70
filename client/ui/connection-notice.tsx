import { Show, type Accessor } from 'solid-js';
import type { ConnectionStatus } from '../live/live-connection';

/**
 * A small "reconnecting…" notice while offline; everything else keeps running from what is
 * known. The live region is always in the page (a region inserted together with its text is
 * often not announced); only its content comes and goes.
 */
export function ConnectionNotice(props: {
  status: Accessor<ConnectionStatus>;
  /** What to say instead of "Reconnecting…" (the console with no network at all); null: the default. */
  offlineText?: Accessor<string | null>;
  /** "Reconnecting…" in the page's language; left out, English. */
  reconnecting?: string;
}) {
  const text = () => props.offlineText?.() ?? null;
  return (
    <div role="status" aria-live="polite" class="notice-region">
      <Show when={props.status() === 'offline' || text() !== null}>
        <div class="notice-offline" data-testid="offline-notice">
          {text() ?? props.reconnecting ?? 'Reconnecting…'}
        </div>
      </Show>
    </div>
  );
}
