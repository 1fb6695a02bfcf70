import { createSignal, onCleanup, onMount, Show, type Accessor } from 'solid-js';
import type { ClockSnapshot } from '../../../../shared/schemas/clock';
import { phaseLabel } from '../../../live/phase-label';
import { ConfirmDialog } from '../../../ui/organizer-confirm-dialog';
import { clockButtons, type ClockAction } from './clock-actions';
import type { ClockControl } from './clock-control';
import { SHORTCUT_KEYS, shortcutFor } from './shortcuts';

/**
 * Start, Pause/Resume, +1 min, Skip and End, with their keyboard shortcuts (while `active`):
 * Space pauses or resumes, N skips, E adds a minute; End asks first. The outcome of each press
 * is announced in an aria-live message.
 */
export function ClockControls(props: {
  clock: Accessor<ClockSnapshot | null>;
  control: ClockControl;
  active: Accessor<boolean>;
}) {
  const [confirmEnd, setConfirmEnd] = createSignal(false);
  const buttons = () => clockButtons(props.clock());
  const press = (a: ClockAction) => void props.control.press(a);

  const onKey = (e: KeyboardEvent) => {
    if (!props.active() || confirmEnd() || e.defaultPrevented) return;
    const s = shortcutFor(e);
    if (!s) return;
    const b = buttons();
    e.preventDefault();
    if (s === 'pause-resume' && b.pauseResume) press(b.pauseOrResume);
    if (s === 'skip' && b.skip) press('skip');
    if (s === 'extend' && b.extend) press('extend');
  };
  onMount(() => document.addEventListener('keydown', onKey));
  onCleanup(() => document.removeEventListener('keydown', onKey));

  return (
    <div class="clock-controls">
      <fieldset class="control-row" aria-label="Clock controls">
        <Show when={props.clock()?.status === 'idle'}>
          <button type="button" class="big" onClick={() => press('start')} disabled={!buttons().start}>
            Start
          </button>
        </Show>
        <button
          type="button"
          class="big"
          onClick={() => press(buttons().pauseOrResume)}
          disabled={!buttons().pauseResume}
          aria-keyshortcuts="Space"
        >
          {buttons().pauseOrResume === 'resume' ? 'Resume' : 'Pause'} <kbd>{SHORTCUT_KEYS['pause-resume']}</kbd>
        </button>
        <button
          type="button"
          class="big secondary"
          onClick={() => press('extend')}
          disabled={!buttons().extend}
          aria-keyshortcuts="E"
        >
          +1 min <kbd>{SHORTCUT_KEYS.extend}</kbd>
        </button>
        <button
          type="button"
          class="big secondary"
          onClick={() => press('skip')}
          disabled={!buttons().skip}
          aria-keyshortcuts="N"
        >
          Skip <kbd>{SHORTCUT_KEYS.skip}</kbd>
        </button>
        <button type="button" class="big danger" onClick={() => setConfirmEnd(true)} disabled={!buttons().end}>
          End…
        </button>
      </fieldset>
      <Show when={props.clock()?.status === 'idle' && !buttons().start}>
        <p class="muted">Add mentors and plan the rotation before starting.</p>
      </Show>
      <div class="clock-message" role="status" aria-live="polite" data-testid="clock-message">
        <Show when={props.control.message()}>
          {(m) => <p class={m().kind === 'ok' ? 'ok' : 'error'}>{m().text}</p>}
        </Show>
      </div>
      <ConfirmDialog
        open={confirmEnd()}
        title="End the event now?"
        confirmLabel="End the event"
        cancelLabel="Keep going"
        danger
        onCancel={() => setConfirmEnd(false)}
        onConfirm={() => {
          setConfirmEnd(false);
          press('end');
        }}
      >
        <p>The clock stops for everyone ({props.clock() ? phaseLabel(props.clock()!) : ''}). This cannot be undone.</p>
      </ConfirmDialog>
    </div>
  );
}
