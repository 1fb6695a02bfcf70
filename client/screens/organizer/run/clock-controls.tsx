import { createSignal, onCleanup, onMount, Show, type Accessor } from 'solid-js';
import type { ClockSnapshot } from '../../../../shared/schemas/clock';
import { RESET_FREE_MS, ranMs } from '../../../../shared/timeline/clock-undo';
import { ConfirmDialog } from '../../../ui/organizer-confirm-dialog';
import { clockButtons, type ClockAction } from './clock-actions';
import type { ClockControl } from './clock-control';
import { consolePhase, isLastPhase } from './console-phase';
import { SHORTCUT_KEYS, shortcutFor } from './shortcuts';
import { useRoleWords } from '../role-words';

/** Which question is open: ending the event, skipping past the last round, or resetting the clock. */
type Asking = 'end' | 'skip-end' | 'reset' | null;

/** "3 minutes", "45 seconds": how long the clock has run, for the reset question. */
function ranFor(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 120 ? `${s} seconds` : `${Math.floor(s / 60)} minutes`;
}

/**
 * Start, Pause/Resume, +1 min, Skip and End, with their keyboard shortcuts (while `active`):
 * Space pauses or resumes, N skips, E adds a minute. End asks first, and so does a skip in the
 * last round (it ends the event); either can then be undone for a few seconds from the message.
 * A rehearsal's clock can be reset to "not started". The outcome of each press is announced in
 * an aria-live message.
 */
export function ClockControls(props: {
  clock: Accessor<ClockSnapshot | null>;
  control: ClockControl;
  active: Accessor<boolean>;
  /** The server's time now (ms), for how long the clock has run; the page's own clock if absent. */
  serverNow?: Accessor<number>;
  /** No network at all: every control is off (a clock command is never queued for later). */
  offline?: Accessor<boolean>;
}) {
  const offline = () => props.offline?.() ?? false;
  const words = useRoleWords();
  const [asking, setAsking] = createSignal<Asking>(null);
  const buttons = () => clockButtons(props.clock());
  // Offline, nothing is pressed, even by a click the disabled fieldset did not stop.
  const press = (a: ClockAction) => void (offline() ? undefined : props.control.press(a));
  const here = () => (props.clock() ? consolePhase(props.clock()!) : '');
  // How long the clock had run when the reset was asked for: the question and the answer agree.
  const [ran, setRan] = createSignal(0);
  const askReset = () => {
    const c = props.clock();
    setRan(c ? ranMs(c, props.serverNow?.() ?? Date.now()) : 0);
    setAsking('reset');
  };
  // Skipping the last phase ends the event: ask first, as End does.
  const skip = () => {
    const c = props.clock();
    if (c && isLastPhase(c)) setAsking('skip-end');
    else press('skip');
  };
  const answer = (then: () => void) => {
    setAsking(null);
    then();
  };

  const onKey = (e: KeyboardEvent) => {
    if (!props.active() || asking() || offline() || e.defaultPrevented) return;
    const s = shortcutFor(e);
    if (!s) return;
    const b = buttons();
    e.preventDefault();
    if (s === 'pause-resume' && b.pauseResume) press(b.pauseOrResume);
    if (s === 'skip' && b.skip) skip();
    if (s === 'extend' && b.extend) press('extend');
  };
  onMount(() => document.addEventListener('keydown', onKey));
  onCleanup(() => document.removeEventListener('keydown', onKey));

  return (
    <div class="clock-controls">
      {/* A disabled fieldset disables every button in it. */}
      <fieldset class="control-row" aria-label="Clock controls" disabled={offline()}>
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
        <button type="button" class="big secondary" onClick={skip} disabled={!buttons().skip} aria-keyshortcuts="N">
          Skip <kbd>{SHORTCUT_KEYS.skip}</kbd>
        </button>
        <button type="button" class="big danger" onClick={() => setAsking('end')} disabled={!buttons().end}>
          End…
        </button>
      </fieldset>
      <Show when={offline()}>
        <p class="error" data-testid="clock-offline">
          This console is offline, so the clock controls are off: a command cannot reach the server, and none is kept
          for later. The phones and the projector keep counting by themselves; the controls come back with the
          connection.
        </p>
      </Show>
      <Show when={props.clock()?.status === 'idle' && !buttons().start}>
        <p class="muted">Add {words().inline.mentors} and plan the rotation before starting.</p>
      </Show>
      <div class="clock-message" role="status" aria-live="polite" data-testid="clock-message">
        <Show when={props.control.message()}>
          {(m) => (
            <p classList={{ ok: m().kind === 'ok', error: m().kind === 'error' }}>
              {m().text}
              <Show when={props.control.undoable()}>
                {(u) => (
                  <>
                    {' '}
                    <button
                      type="button"
                      class="secondary small clock-undo"
                      disabled={offline()}
                      onClick={() => void props.control.undo()}
                      aria-label={u().action === 'end' ? 'Undo the end' : 'Undo the skip'}
                    >
                      Undo
                    </button>
                  </>
                )}
              </Show>
            </p>
          )}
        </Show>
      </div>
      <Show when={props.clock() && props.clock()!.status !== 'idle'}>
        <p class="muted small clock-rehearsal">
          Rehearsing before people arrive?{' '}
          <button type="button" class="secondary small" onClick={askReset} disabled={offline()}>
            Reset the clock…
          </button>
        </p>
      </Show>
      <ConfirmDialog
        open={asking() === 'end'}
        title="End the event now?"
        confirmLabel="End the event"
        cancelLabel="Keep going"
        danger
        onCancel={() => setAsking(null)}
        onConfirm={() => answer(() => press('end'))}
      >
        <p>The clock stops for everyone. Now: {here()}.</p>
        <p>You can undo it for 10 seconds.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking() === 'skip-end'}
        title="Skip past the last round?"
        confirmLabel="End the event"
        cancelLabel="Keep going"
        danger
        onCancel={() => setAsking(null)}
        onConfirm={() => answer(() => press('skip'))}
      >
        <p>This is the last round: skipping it ends the event for everyone. Now: {here()}.</p>
        <p>You can undo it for 10 seconds.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking() === 'reset'}
        title="Reset the clock?"
        confirmLabel="Reset the clock"
        cancelLabel="Keep the clock"
        danger
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          const long = ran() > RESET_FREE_MS;
          answer(() => void props.control.reset(long));
        }}
      >
        <p>
          For a rehearsal: the clock goes back to “not started” on every screen. People, check-ins and the plan stay as
          they are.
        </p>
        <Show when={ran() > RESET_FREE_MS}>
          <p class="error">
            The clock has run for {ranFor(ran())}. If the event is really under way, everyone’s screens go back to the
            start.
          </p>
        </Show>
      </ConfirmDialog>
    </div>
  );
}
