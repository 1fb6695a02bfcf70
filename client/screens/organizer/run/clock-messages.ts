import type { ClockSnapshot } from '../../../../shared/schemas/clock';
import type { ClockAction } from './clock-actions';
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

const VERB: Record<ClockAction, string> = {
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  extend: '+1 min',
  skip: 'Skip',
  end: 'End',
};

/** The first half of "Skipped once — the second press was ignored". */
const ONCE: Record<ClockAction, string> = {
  start: 'Started once',
  pause: 'Paused once',
  resume: 'Resumed once',
  extend: 'Added one minute once',
  skip: 'Skipped once',
  end: 'Ended once',
};

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
  if (error.code === 'conflict' && repeated)
    return { kind: 'info', text: `${ONCE[action]} — the second press was ignored.` };
  if (error.code === 'conflict' && MOVED_ON.test(error.message)) {
    const where = now ? ` Now: ${consolePhase(now)}.` : '';
    return { kind: 'info', text: `${VERB[action]} did nothing: the clock had already moved on.${where}` };
  }
  if (error.code === 'conflict') {
    return { kind: 'error', text: `${VERB[action]} refused: ${error.message}. Nothing changed.` };
  }
  return { kind: 'error', text: `${VERB[action]} failed: ${error.message}` };
}

/** What the console says after an accepted press; `after` is the clock the server answered with. */
export function doneMessage(action: ClockAction, after: ClockSnapshot): ClockMessage {
  const text = (() => {
    switch (action) {
      case 'start':
        return `Started: ${consolePhase(after)}.`;
      case 'pause':
        return 'Paused.';
      case 'resume':
        return 'Resumed.';
      case 'extend':
        return 'Added one minute.';
      case 'skip':
        return after.status === 'finished'
          ? 'Skipped past the last round: the event has ended.'
          : `Skipped to ${consolePhase(after)}.`;
      case 'end':
        return 'The event has ended.';
    }
  })();
  return { kind: 'ok', text };
}

/** After an undo: where the clock is back to, or why nothing was undone. */
export function undoMessage(r: { ok: true; data: ClockSnapshot } | { ok: false; error: { message: string } }) {
  return r.ok
    ? { kind: 'ok' as const, text: `Undone: back to ${consolePhase(r.data)}.` }
    : { kind: 'error' as const, text: `Nothing was undone: ${r.error.message}.` };
}

/** After a reset: what stays, or why the clock was not reset. */
export function resetMessage(r: { ok: true } | { ok: false; error: { message: string } }): ClockMessage {
  return r.ok
    ? { kind: 'ok', text: 'The clock is reset: not started yet. People, check-ins and the plan are kept.' }
    : { kind: 'error', text: `The clock was not reset: ${r.error.message}.` };
}
