import type { EventInfo, MyRound } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { buildPhases } from '../../../shared/timeline';
import { EVENT, T0 } from '../support/fixtures';

/** The phases a phone is tested in: paused is a meeting with the clock stopped. */
export type CellPhase = 'before' | 'meeting' | 'changeover' | 'break' | 'ended' | 'paused';
/** Whether the person has a table in the round after the one the page is about, or there is none. */
export type CellAfter = 'seated' | 'out' | 'none';

export const CELL_PHASES: CellPhase[] = ['before', 'meeting', 'changeover', 'break', 'ended', 'paused'];
export const CELL_AFTERS: CellAfter[] = ['seated', 'out', 'none'];

/** The round the page is about: round 1 before the start, else round 2. */
export const pageRound = (phase: CellPhase) => (phase === 'before' ? 1 : 2);

/**
 * An event and a clock for one cell: the page is about round `pageRound(phase)`, with one
 * more round when `after` is not 'none'; a break (not a changeover) leads to round 2 in the
 * break phase. The clock has 5 minutes left.
 */
export function cellEvent(phase: CellPhase, after: CellAfter): { event: EventInfo; clock: ClockSnapshot } {
  const rounds = pageRound(phase) + (after === 'none' ? 0 : 1);
  const breaks = phase === 'break' ? [{ afterRound: 1, seconds: 900 }] : [];
  const event = { ...EVENT, rounds, breaks };
  const phases = buildPhases(event);
  const base = { version: 1, rounds, phaseCount: phases.length, serverNow: T0 };
  if (phase === 'before')
    return {
      event,
      clock: { ...base, status: 'idle', phase: null, phaseEndsAt: null, remainingMs: 0, startedAt: null },
    };
  if (phase === 'ended')
    return {
      event,
      clock: {
        ...base,
        status: 'finished',
        endedAt: T0,
        phase: null,
        phaseEndsAt: null,
        remainingMs: 0,
        startedAt: T0 - 3_600_000,
      },
    };
  const kind = phase === 'paused' ? 'meeting' : phase;
  const p = phases.find((x) => x.kind === kind && x.round === 2)!;
  const at = { phaseIndex: p.index, phase: { index: p.index, kind: p.kind, round: 2 }, startedAt: T0 - 3_600_000 };
  return {
    event,
    clock:
      phase === 'paused'
        ? { ...base, ...at, status: 'paused', phaseEndsAt: null, remainingMs: 300_000 }
        : { ...base, ...at, status: 'running', phaseEndsAt: T0 + 300_000, remainingMs: 300_000 },
  };
}

/** Rounds 1 … the page's round `make(r, true)`, then the round after as `after` says. */
export function cellRounds(
  phase: CellPhase,
  after: CellAfter,
  make: (round: number, seated: boolean) => MyRound,
): MyRound[] {
  const r = pageRound(phase);
  const rounds = Array.from({ length: r }, (_, i) => make(i + 1, true));
  if (after !== 'none') rounds.push(make(r + 1, after === 'seated'));
  return rounds;
}
