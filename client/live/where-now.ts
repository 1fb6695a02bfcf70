import type { MyRound } from '../../shared/protocol/views';
import type { ClockSnapshot } from '../../shared/schemas/clock';

/** Where the event stands for one person. */
export type Stage = 'before' | 'meeting' | 'changeover' | 'break' | 'ended';

/** What a personal page shows "now", derived from the person's schedule and the live clock. */
export interface WhereNow {
  stage: Stage;
  paused: boolean;
  /**
   * The round the page is about: the meeting running, the round people are moving to, round 1
   * before the start; null after the end.
   */
  round: number | null;
  /** My entry for `round` (table null: a bye or a resting table); null when the schedule has no such round. */
  at: MyRound | null;
  /** My entry for the round after `round`. */
  next: MyRound | null;
  /** The first round after `round` where I have a table (for "your next meeting is…"). */
  nextSeated: MyRound | null;
}

/**
 * Pure: where a person is now and what comes next, from their rounds and the clock. Phase
 * changes arrive only as clock broadcasts, so this (not the server's `now`/`next`) is what
 * the page shows.
 */
export function whereNow(rounds: readonly MyRound[], clock: Pick<ClockSnapshot, 'status' | 'phase'>): WhereNow {
  const byRound = (r: number) => rounds.find((x) => x.round === r) ?? null;
  const paused = clock.status === 'paused';
  let stage: Stage;
  let round: number | null;
  if (clock.status === 'finished') {
    stage = 'ended';
    round = null;
  } else if (clock.status === 'idle' || !clock.phase) {
    stage = 'before';
    round = 1;
  } else {
    stage = clock.phase.kind;
    round = clock.phase.round;
  }
  if (round === null) return { stage, paused, round, at: null, next: null, nextSeated: null };
  const r = round;
  const nextSeated = rounds.filter((x) => x.round > r && x.table !== null).sort((a, b) => a.round - b.round)[0] ?? null;
  return { stage, paused, round, at: byRound(r), next: byRound(r + 1), nextSeated };
}

/** "T5 — Grace Hopper" (or just the table when the mentor's name is unknown). */
export function tableAndMentor(r: Pick<MyRound, 'table' | 'mentorName'>): string {
  if (!r.table) return '';
  return r.mentorName ? `${r.table} — ${r.mentorName}` : r.table;
}
