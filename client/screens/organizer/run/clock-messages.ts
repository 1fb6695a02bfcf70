import type { ClockSnapshot } from '../../../../shared/schemas/clock';
import type { ClockAction } from './clock-actions';
import { consoleRun } from '../../../i18n/catalogues/console-run';
import { consolePhase } from './console-phase';

/**
 * How a message under the clock controls looks: `ok` (green) for a change made, `info` (plain
 * text) for a press that rightly did nothing, `error` (red) for what went wrong.
 */
export type ClockMessageKind = 'ok' | 'info' | 'error';

/** A message under the clock controls. */
export interface ClockMessage {
  kind: ClockMessageKind;
  text: string;
}

type Key = keyof typeof consoleRun.source;

/** Each button's word, as the messages about its press name it ("Skip did nothing: …"). */
const VERB = {
  start: 'verbStart',
  pause: 'verbPause',
  resume: 'verbResume',
  extend: 'verbExtend',
  skip: 'verbSkip',
  end: 'verbEnd',
} as const satisfies Record<ClockAction, Key>;

/** The button's word in the page's language. */
export function clockVerb(action: ClockAction): string {
  return consoleRun.t(VERB[action]);
}

/** "Skipped once — the second press was ignored", for each button. */
const ONCE = {
  start: 'onceStart',
  pause: 'oncePause',
  resume: 'onceResume',
  extend: 'onceExtend',
  skip: 'onceSkip',
  end: 'onceEnd',
} as const satisfies Record<ClockAction, Key>;

/** The server's refusal of a command given against a phase the clock has left (docs/api.md, 409). */
const MOVED_ON = /^the clock is no longer in phase/;

/**
 * What the console says when the server refuses a press. A double-click's second press, or a
 * press the clock had already outrun, did exactly what it should (nothing), so it is said
 * calmly and in words, without the server's 0-based phase numbers; `now` is the clock as the
 * console shows it.
 */
export function refusalMessage(
  action: ClockAction,
  error: { code: string; message: string },
  repeated: boolean,
  now: ClockSnapshot | null,
): ClockMessage {
  const verb = clockVerb(action);
  if (error.code === 'conflict' && repeated) return { kind: 'info', text: consoleRun.t(ONCE[action]) };
  if (error.code === 'conflict' && MOVED_ON.test(error.message)) {
    const text = now
      ? consoleRun.t('movedOnNow', { verb, phase: consolePhase(now) })
      : consoleRun.t('movedOn', { verb });
    return { kind: 'info', text };
  }
  if (error.code === 'conflict') {
    return { kind: 'error', text: consoleRun.t('refused', { verb, why: error.message }) };
  }
  return { kind: 'error', text: consoleRun.t('failed', { verb, why: error.message }) };
}

/** What the console says after an accepted press; `after` is the clock the server answered with. */
export function doneMessage(action: ClockAction, after: ClockSnapshot): ClockMessage {
  const text = (() => {
    switch (action) {
      case 'start':
        return consoleRun.t('started', { phase: consolePhase(after) });
      case 'pause':
        return consoleRun.t('paused');
      case 'resume':
        return consoleRun.t('resumed');
      case 'extend':
        return consoleRun.t('extended');
      case 'skip':
        return after.status === 'finished'
          ? consoleRun.t('skippedToEnd')
          : consoleRun.t('skippedTo', { phase: consolePhase(after) });
      case 'end':
        return consoleRun.t('ended');
    }
  })();
  return { kind: 'ok', text };
}

/** After an undo: where the clock is back to, or why nothing was undone. */
export function undoMessage(r: { ok: true; data: ClockSnapshot } | { ok: false; error: { message: string } }) {
  return r.ok
    ? { kind: 'ok' as const, text: consoleRun.t('undone', { phase: consolePhase(r.data) }) }
    : { kind: 'error' as const, text: consoleRun.t('notUndone', { why: r.error.message }) };
}

/** After a reset: what stays, or why the clock was not reset. */
export function resetMessage(r: { ok: true } | { ok: false; error: { message: string } }): ClockMessage {
  return r.ok
    ? { kind: 'ok', text: consoleRun.t('resetDone') }
    : { kind: 'error', text: consoleRun.t('resetFailed', { why: r.error.message }) };
}
