import { createSignal, Show, type Accessor } from 'solid-js';
import type { ClockSnapshot } from '../../shared/schemas/clock';
import { applyUpdate, updateReady } from '../live/app-update';
import { updateFitsNow } from '../live/update-moment';

/**
 * "A new version is ready — Update", offered only when a new build waits and the clock is
 * between rounds (update-moment.ts). The person chooses: the page never reloads by itself.
 */
export function UpdatePrompt(props: {
  clock: Accessor<ClockSnapshot | null>;
  ready?: Accessor<boolean>;
  /** The words in the page's language (a translated screen passes its catalogue's); else English. */
  texts?: { ready: string; update: string };
}) {
  const [busy, setBusy] = createSignal(false);
  const ready = () => (props.ready ?? updateReady)();
  const update = () => {
    setBusy(true);
    void applyUpdate().finally(() => setBusy(false));
  };
  return (
    <Show when={ready() && updateFitsNow(props.clock())}>
      <div class="update-prompt" role="status" data-testid="update-prompt">
        <span>{props.texts?.ready ?? 'A new version of this page is ready.'}</span>
        <button type="button" class="small-button" onClick={update} disabled={busy()}>
          {props.texts?.update ?? 'Update'}
        </button>
      </div>
    </Show>
  );
}
