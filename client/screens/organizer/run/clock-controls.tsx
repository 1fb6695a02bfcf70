import { createSignal, onCleanup, onMount, Show, type Accessor } from 'solid-js';
import type { ClockSnapshot } from '../../../../shared/schemas/clock';
import { RESET_FREE_MS, ranMs } from '../../../../shared/timeline/clock-undo';
import { ConfirmDialog } from '../../../ui/organizer-confirm-dialog';
import { clockButtons, type ClockAction } from './clock-actions';
import type { ClockControl } from './clock-control';
import { consolePhase, isLastPhase } from './console-phase';
import { SHORTCUT_KEYS, shortcutFor } from './shortcuts';
import { useRoleWords } from '../role-words';
import { consoleRun } from '../../../i18n/catalogues/console-run';
import { clockVerb } from './clock-messages';

/** Which question is open: ending the event, skipping past the last round, or resetting the clock. */
type Asking = 'end' | 'skip-end' | 'reset' | null;

/** "3 minutes", "45 seconds": how long the clock has run, for the reset question. */
function ranFor(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 120 ? consoleRun.t('ranSeconds', { count: s }) : consoleRun.t('ranMinutes', { count: Math.floor(s / 60) });
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
      <fieldset class="control-row" aria-label={consoleRun.t('controlsLabel')} disabled={offline()}>
        <Show when={props.clock()?.status === 'idle'}>
          <button type="button" class="big" onClick={() => press('start')} disabled={!buttons().start}>
            {clockVerb('start')}
          </button>
        </Show>
        <button
          type="button"
          class="big"
          onClick={() => press(buttons().pauseOrResume)}
          disabled={!buttons().pauseResume}
          aria-keyshortcuts="Space"
        >
          {clockVerb(buttons().pauseOrResume)} <kbd>{consoleRun.t('spaceKey')}</kbd>
        </button>
        <button
          type="button"
          class="big secondary"
          onClick={() => press('extend')}
          disabled={!buttons().extend}
          aria-keyshortcuts="E"
        >
          {clockVerb('extend')} <kbd>{SHORTCUT_KEYS.extend}</kbd>
        </button>
        <button type="button" class="big secondary" onClick={skip} disabled={!buttons().skip} aria-keyshortcuts="N">
          {clockVerb('skip')} <kbd>{SHORTCUT_KEYS.skip}</kbd>
        </button>
        <button type="button" class="big danger" onClick={() => setAsking('end')} disabled={!buttons().end}>
          {consoleRun.t('endButton')}
        </button>
      </fieldset>
      <Show when={offline()}>
        <p class="error" data-testid="clock-offline">
          {consoleRun.t('offline')}
        </p>
      </Show>
      <Show when={props.clock()?.status === 'idle' && !buttons().start}>
        <p class="muted">{consoleRun.t('addMentorsFirst', { mentors: words().inline.mentors })}</p>
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
                      aria-label={consoleRun.t(u().action === 'end' ? 'undoEnd' : 'undoSkip')}
                    >
                      {consoleRun.t('undo')}
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
          {consoleRun.t('rehearsing')}{' '}
          <button type="button" class="secondary small" onClick={askReset} disabled={offline()}>
            {consoleRun.t('resetButton')}
          </button>
        </p>
      </Show>
      <ConfirmDialog
        open={asking() === 'end'}
        title={consoleRun.t('endTitle')}
        confirmLabel={consoleRun.t('endConfirm')}
        cancelLabel={consoleRun.t('keepGoing')}
        danger
        onCancel={() => setAsking(null)}
        onConfirm={() => answer(() => press('end'))}
      >
        <p>{consoleRun.t('endBody', { phase: here() })}</p>
        <p>{consoleRun.t('undoWindow')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking() === 'skip-end'}
        title={consoleRun.t('skipEndTitle')}
        confirmLabel={consoleRun.t('endConfirm')}
        cancelLabel={consoleRun.t('keepGoing')}
        danger
        onCancel={() => setAsking(null)}
        onConfirm={() => answer(() => press('skip'))}
      >
        <p>{consoleRun.t('skipEndBody', { phase: here() })}</p>
        <p>{consoleRun.t('undoWindow')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking() === 'reset'}
        title={consoleRun.t('resetTitle')}
        confirmLabel={consoleRun.t('resetConfirm')}
        cancelLabel={consoleRun.t('keepClock')}
        danger
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          const long = ran() > RESET_FREE_MS;
          answer(() => void props.control.reset(long));
        }}
      >
        <p>{consoleRun.t('resetBody')}</p>
        <Show when={ran() > RESET_FREE_MS}>
          <p class="error">{consoleRun.t('resetRanLong', { ran: ranFor(ran()) })}</p>
        </Show>
      </ConfirmDialog>
    </div>
  );
}
