import { refuse } from '../event/domain-error';
import type { ClockState, ClockUndo } from '../schemas/clock';
import { advance, type ClockResult } from './clock';
import type { Phase } from './phases';

/** How long a skip or an end can be taken back (ms, from the moment the server applied it). */
export const UNDO_WINDOW_MS = 10_000;

/** How long a started clock may have run before a reset needs `confirm` (ms, pauses included). */
export const RESET_FREE_MS = 60_000;

/**
 * The undo record of a skip or end given at `at` to `before` (the clock brought to `at`). A
 * running clock is kept as the time it had left, so that an undo gives that time back in full.
 */
export function undoRecord(before: ClockState, action: ClockUndo['action'], at: number): ClockUndo {
  switch (before.status) {
    case 'idle':
      return { action, at, before: { status: 'idle' } };
    case 'running':
      return {
        action,
        at,
        before: {
          status: 'running',
          phaseIndex: before.phaseIndex,
          remainingMs: Math.max(0, before.phaseEndsAt - at),
          startedAt: before.startedAt,
        },
      };
    case 'paused':
      return {
        action,
        at,
        before: {
          status: 'paused',
          phaseIndex: before.phaseIndex,
          remainingMs: before.remainingMs,
          startedAt: before.startedAt,
        },
      };
    case 'finished':
      // Skip and end are refused on a finished clock: nothing can have been replaced.
      throw new Error('a finished clock cannot be skipped or ended');
  }
}

const seconds = (ms: number) => `${Number.isInteger(ms / 1000) ? ms / 1000 : (ms / 1000).toFixed(1)} s`;

/**
 * Take back the skip or end that made clock version `version`, at `now`: the clock becomes what
 * it was, a running phase with the time it had left then (the seconds in between are not
 * counted), under a new version. Refused when the clock changed since (another command, or a
 * phase boundary), when its last change was no skip or end, or after {@link UNDO_WINDOW_MS}.
 */
export function undoClock(clock0: ClockState, phases: Phase[], version: number, now: number): ClockResult {
  const clock = advance(clock0, phases, now);
  if (clock.version !== version) {
    return refuse.conflict(
      `cannot undo: the clock has changed since version ${version} (it is at version ${clock.version} now)`,
    );
  }
  const undo = clock.status === 'idle' ? undefined : clock.undo;
  if (!undo) return refuse.conflict('cannot undo: the last change of the clock was not a skip or an end');
  if (now - undo.at > UNDO_WINDOW_MS) {
    return refuse.conflict(
      `too late to undo the ${undo.action}: it was ${seconds(now - undo.at)} ago (an undo works for ` +
        `${seconds(UNDO_WINDOW_MS)})`,
    );
  }
  const next = version + 1;
  const b = undo.before;
  if (b.status === 'idle') return { ok: true, clock: { status: 'idle', version: next } };
  if (!phases[b.phaseIndex]) {
    return refuse.conflict(`cannot undo: phase ${b.phaseIndex} is no longer in the timeline (the rounds changed)`);
  }
  return b.status === 'running'
    ? {
        ok: true,
        clock: {
          status: 'running',
          version: next,
          phaseIndex: b.phaseIndex,
          phaseEndsAt: now + b.remainingMs,
          startedAt: b.startedAt,
        },
      }
    : {
        ok: true,
        clock: {
          status: 'paused',
          version: next,
          phaseIndex: b.phaseIndex,
          remainingMs: b.remainingMs,
          startedAt: b.startedAt,
        },
      };
}

/** How long a clock has run since its start at `now` (until its end once finished; 0 if never started). */
export function ranMs(clock: ClockState, now: number): number {
  if (clock.status === 'idle' || clock.startedAt === null) return 0;
  return Math.max(0, (clock.status === 'finished' ? clock.endedAt : now) - clock.startedAt);
}

/** "45 seconds", "1 minute", "12 minutes". */
function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 120) return `${s} seconds`;
  return `${Math.floor(s / 60)} minutes`;
}

/**
 * A rehearsal's clock back to idle ("not started"). Free while it has run for at most
 * {@link RESET_FREE_MS} since its start; after that only with `confirm` (real people may be in
 * the room). Refused when the clock has not started.
 */
export function resetClock(clock0: ClockState, phases: Phase[], now: number, confirm = false): ClockResult {
  const clock = advance(clock0, phases, now);
  if (clock.status === 'idle') return refuse.conflict('the clock has not started: there is nothing to reset');
  const ran = ranMs(clock, now);
  if (ran > RESET_FREE_MS && !confirm) {
    return refuse.conflict(
      `the clock has run for ${duration(ran)} since the start: to reset it anyway (everyone's screens go back ` +
        'to "not started"), confirm it ("confirm": true)',
    );
  }
  return { ok: true, clock: { status: 'idle', version: clock.version + 1 } };
}
