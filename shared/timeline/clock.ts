import { refuse, type Failure } from '../event/domain-error';
import type { ClockCommand, ClockSnapshot, ClockState } from '../schemas/clock';
import { firstOpenRound, type Phase } from './phases';

/** The result of a clock command: the next state, or why nothing changed. */
export type ClockResult = { ok: true; clock: ClockState } | Failure;

/**
 * The clock without the undo record a skip or an end left on it: any later change of the clock
 * drops it (only the very next command may take that skip or end back), and no one is sent it.
 */
export function withoutUndo<C extends ClockState>(clock: C): C {
  if (!('undo' in clock)) return clock;
  const { undo: _dropped, ...rest } = clock;
  return rest as C;
}

/** The phase a clock is in: its index while running or paused, else null (idle or finished). */
export function activePhaseIndex(clock: ClockState): number | null {
  return clock.status === 'running' || clock.status === 'paused' ? clock.phaseIndex : null;
}

/**
 * Bring a clock up to `now`: a running clock whose phase has ended moves on, phase by
 * phase, each new phase ending its own length after the previous one ended (absolute time,
 * so a server restarted after downtime lands where the room is). Pure.
 */
export function advance(clock: ClockState, phases: Phase[], now: number): ClockState {
  if (clock.status !== 'running') return clock;
  let { phaseIndex, phaseEndsAt } = clock;
  let moved = false;
  while (now >= phaseEndsAt) {
    moved = true;
    const next = phases[phaseIndex + 1];
    if (!next)
      return { status: 'finished', version: clock.version + 1, endedAt: phaseEndsAt, startedAt: clock.startedAt };
    phaseIndex += 1;
    phaseEndsAt += next.seconds * 1000;
  }
  return moved ? { ...withoutUndo(clock), version: clock.version + 1, phaseIndex, phaseEndsAt } : clock;
}

/** The first round whose seating may still change: 1 before the start, null after the end. */
export function openRoundAt(phases: Phase[], clock: ClockState): number | null {
  return clock.status === 'finished' ? null : firstOpenRound(phases, activePhaseIndex(clock));
}

/** When the running clock next needs attention (its phase boundary), or null. */
export function nextBoundary(clock: ClockState): number | null {
  return clock.status === 'running' ? clock.phaseEndsAt : null;
}

const conflict = refuse.conflict;

/**
 * Apply an organizer's clock command at `now`. When `expectedPhase` is given and the clock
 * is no longer in that phase, nothing changes (a double-click skips one phase, not two).
 */
export function applyClockCommand(clock0: ClockState, phases: Phase[], cmd: ClockCommand, now: number): ClockResult {
  const clock = withoutUndo(advance(clock0, phases, now));
  const version = clock.version + 1;
  const at = activePhaseIndex(clock);
  if (cmd.expectedPhase !== undefined && cmd.action !== 'start' && at !== cmd.expectedPhase) {
    return conflict(
      `the clock is no longer in phase ${cmd.expectedPhase} (now ${at === null ? clock.status : `phase ${at}`})`,
    );
  }
  switch (cmd.action) {
    case 'start': {
      if (clock.status !== 'idle')
        return conflict(`the event has already ${clock.status === 'finished' ? 'ended' : 'started'}`);
      const first = phases[0];
      if (!first) return refuse.invalid('the event has no rounds to run');
      return {
        ok: true,
        clock: { status: 'running', version, phaseIndex: 0, phaseEndsAt: now + first.seconds * 1000, startedAt: now },
      };
    }
    case 'pause':
      if (clock.status !== 'running') return conflict(`cannot pause: the clock is ${clock.status}`);
      return {
        ok: true,
        clock: {
          status: 'paused',
          version,
          phaseIndex: clock.phaseIndex,
          remainingMs: clock.phaseEndsAt - now,
          startedAt: clock.startedAt,
        },
      };
    case 'resume':
      if (clock.status !== 'paused') return conflict(`cannot resume: the clock is ${clock.status}`);
      return {
        ok: true,
        clock: {
          status: 'running',
          version,
          phaseIndex: clock.phaseIndex,
          phaseEndsAt: now + clock.remainingMs,
          startedAt: clock.startedAt,
        },
      };
    case 'extend':
      if (clock.status === 'running')
        return { ok: true, clock: { ...clock, version, phaseEndsAt: clock.phaseEndsAt + cmd.seconds * 1000 } };
      if (clock.status === 'paused')
        return { ok: true, clock: { ...clock, version, remainingMs: clock.remainingMs + cmd.seconds * 1000 } };
      return conflict(`cannot extend: the clock is ${clock.status}`);
    case 'skip': {
      if (clock.status !== 'running' && clock.status !== 'paused')
        return conflict(`cannot skip: the clock is ${clock.status}`);
      const next = phases[clock.phaseIndex + 1];
      if (!next) return { ok: true, clock: { status: 'finished', version, endedAt: now, startedAt: clock.startedAt } };
      return clock.status === 'running'
        ? { ok: true, clock: { ...clock, version, phaseIndex: next.index, phaseEndsAt: now + next.seconds * 1000 } }
        : { ok: true, clock: { ...clock, version, phaseIndex: next.index, remainingMs: next.seconds * 1000 } };
    }
    case 'end':
      if (clock.status === 'finished') return conflict('the event has already ended');
      return {
        ok: true,
        clock: {
          status: 'finished',
          version,
          endedAt: now,
          startedAt: clock.status === 'idle' ? null : clock.startedAt,
        },
      };
    default: {
      const never: never = cmd;
      return refuse.invalid(`unknown action ${JSON.stringify(never)}`);
    }
  }
}

/** What clients are told about the clock at `now` (advanced to `now` first). */
export function clockSnapshot(clock0: ClockState, phases: Phase[], now: number): ClockSnapshot {
  const clock = withoutUndo(advance(clock0, phases, now));
  const rounds = phases.length === 0 ? 0 : phases[phases.length - 1]!.round;
  const told = { serverNow: now, rounds, phaseCount: phases.length };
  switch (clock.status) {
    case 'idle':
      return { ...clock, ...told, phase: null, phaseEndsAt: null, remainingMs: 0, startedAt: null };
    case 'finished':
      return { ...clock, ...told, phase: null, phaseEndsAt: null, remainingMs: 0 };
    case 'running':
    case 'paused': {
      const p = phases[clock.phaseIndex];
      const phase = p ? { index: p.index, kind: p.kind, round: p.round } : null;
      return clock.status === 'running'
        ? { ...clock, ...told, phase, remainingMs: Math.max(0, clock.phaseEndsAt - now) }
        : { ...clock, ...told, phase, phaseEndsAt: null };
    }
    default: {
      const never: never = clock;
      throw new Error(`unknown clock ${JSON.stringify(never)}`);
    }
  }
}

/**
 * Estimated start time of every phase at `now`, from the clock (running phases shift with
 * pauses and extensions) or, before the start, from a planned start. Null where unknown.
 */
export function phaseStartTimes(
  clock0: ClockState,
  phases: Phase[],
  now: number,
  plannedStartAt: number | null = null,
): (number | null)[] {
  const clock = advance(clock0, phases, now);
  let cursor: number | null;
  let from: number;
  switch (clock.status) {
    case 'idle':
      cursor = plannedStartAt;
      from = 0;
      break;
    case 'running':
      cursor = clock.phaseEndsAt;
      from = clock.phaseIndex + 1;
      break;
    case 'paused':
      cursor = now + clock.remainingMs;
      from = clock.phaseIndex + 1;
      break;
    case 'finished':
      return phases.map(() => null);
  }
  const out: (number | null)[] = phases.map(() => null);
  for (let i = from; i < phases.length; i++) {
    out[i] = cursor;
    if (cursor !== null) cursor += phases[i]!.seconds * 1000;
  }
  return out;
}

/**
 * The round a person's "now" refers to: the current meeting's round, or during a changeover
 * or break the round coming up; before the start round 1 (the one to go to); none at the end.
 */
export function roundOfClock(c: Pick<ClockSnapshot, 'status' | 'phase'>): number | null {
  switch (c.status) {
    case 'idle':
      return 1;
    case 'finished':
      return null;
    case 'running':
    case 'paused':
      return c.phase?.round ?? null;
  }
}
