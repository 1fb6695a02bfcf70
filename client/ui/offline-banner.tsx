import { Show, type Accessor } from 'solid-js';
import type { OfflineBanner as Banner } from '../live/offline-banner';

/**
 * The calm line over a page showing the plan from before the connection was lost (issue 20),
 * in the flow of the page (not over it: the table and countdown stay in view). Unsure plans
 * get a stronger frame. The ConnectionNotice's live region announces the loss itself.
 */
export function OfflineBanner(props: { banner: Accessor<Banner | null> }) {
  return (
    <Show when={props.banner()}>
      {(b) => (
        <p class={`offline-banner ${b().tone}`} data-testid="offline-banner" data-reason={b().reason}>
          {b().text}
        </p>
      )}
    </Show>
  );
}
