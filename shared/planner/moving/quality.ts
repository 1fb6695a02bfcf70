/**
 * movingQuality(): the figures that matter when mentors move, recomputed from the schedule JSON
 * alone (like quality(), so it checks any schedule of this shape): the rhythm, group sizes,
 * rests and byes, repeats at the table level, avoid breaks, coverage against movingCoverageBound
 * and wishes met. quality() still applies and reports the mentee-level figures.
 */
import { blockedMentors } from '../groups';
import type { PlanInput, Spread } from '../types';
import { movingCoverageBound } from './bound';
import type { MovingSchedule } from './types';

/** What movingQuality reports; every rule-break count must be 0. */
export interface MovingQualityReport {
  tables: number;
  groupSizes: Spread;
  /** Table visits over all rounds, and the rounds in which fewer than min(tables, mentors) were visited. */
  visits: number;
  shortRounds: number;
  distinctMeetings: number;
  coverageBound: number;
  coverageRatio: number;
  /** Moves between two tables in consecutive rounds, and those that went one table on. */
  rhythm: { moves: number; total: number; share: number };
  /**
   * Rests per mentor present in every round whom some table allows; rounds without a visit per
   * table that allows some mentor (a mentor or table cut off by avoids is not in the spread).
   */
  rests: Spread;
  groupByes: Spread;
  /** Visits of a table by a mentor it met before; those one change that round would make new. */
  repeats: number;
  avoidableRepeats: number;
  /** Meetings of a mentee with a mentor they avoid (or of their own group while that rule is on). */
  avoidBreaks: number;
  /** A table visited twice in one round, or a mentor in two places. */
  doubleVisits: number;
  /** A mentee of schedule.tables listed at a visit of a table that is not theirs (people gone are not counted). */
  seatMoves: number;
  /** Within each mentee's first `rounds` valid wishes: first wish met, any wish met, all wishes met. */
  wishes: { firstMet: number; firstTotal: number; anyMet: number; anyTotal: number; met: number; total: number };
}

const spreadOf = (values: number[]): Spread => {
  if (values.length === 0) return { min: 0, max: 0, spread: 0 };
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { min, max, spread: max - min };
};

/** Measure a moving-mentors schedule against the people and settings it was planned for. */
export function movingQuality(schedule: MovingSchedule, input: PlanInput): MovingQualityReport {
  const R = schedule.rounds.length;
  const labels = schedule.tables.map((t) => t.table);
  const pos = new Map(labels.map((l, i) => [l, i] as const));
  const tableOf = new Map<string, string>();
  for (const t of schedule.tables) for (const id of t.menteeIds) tableOf.set(id, t.table);
  const blockedList = blockedMentors(input);
  const blocked = new Map(input.mentees.map((x, i) => [x.id, blockedList[i]!] as const));
  const shut = new Map<string, Set<string>>(labels.map((l) => [l, new Set<string>()]));
  for (const [id, l] of tableOf) for (const m of blocked.get(id) ?? []) shut.get(l)!.add(m);
  const mentorIds = new Set(input.mentors.map((m) => m.id));
  const count = new Map<string, number>();
  const key = (l: string, m: string) => `${l}\u0000${m}`;
  const met = new Map<string, Set<string>>();
  let visits = 0;
  let shortRounds = 0;
  let avoidBreaks = 0;
  let doubleVisits = 0;
  let seatMoves = 0;
  const rests = new Map<string, number>();
  const present = new Map<string, number>();
  const byes = new Map<string, number>(labels.map((l) => [l, 0]));
  const nonEmpty = schedule.tables.filter((t) => t.menteeIds.length > 0).length;
  for (const round of schedule.rounds) {
    const seenTable = new Set<string>();
    const seenMentor = new Set<string>();
    for (const v of round.tables) {
      if (seenMentor.has(v.mentorId)) doubleVisits++;
      seenMentor.add(v.mentorId);
      present.set(v.mentorId, (present.get(v.mentorId) ?? 0) + 1);
      if (v.table === undefined || v.table === null) {
        rests.set(v.mentorId, (rests.get(v.mentorId) ?? 0) + 1);
        continue;
      }
      if (seenTable.has(v.table)) doubleVisits++;
      seenTable.add(v.table);
      visits++;
      count.set(key(v.table, v.mentorId), (count.get(key(v.table, v.mentorId)) ?? 0) + 1);
      for (const id of v.menteeIds) {
        if (tableOf.has(id) && tableOf.get(id) !== v.table) seatMoves++;
        if (!blocked.has(id) || !mentorIds.has(v.mentorId)) continue;
        if (blocked.get(id)!.has(v.mentorId)) avoidBreaks++;
        (met.get(id) ?? met.set(id, new Set()).get(id)!).add(v.mentorId);
      }
    }
    for (const l of labels) if (!seenTable.has(l)) byes.set(l, byes.get(l)! + 1);
    const inRoom = round.tables.filter((v) => mentorIds.has(v.mentorId)).length;
    if (seenTable.size < Math.min(nonEmpty, inRoom)) shortRounds++;
  }
  const rhythm = rhythmOf(schedule, pos);
  const { repeats, avoidable } = repeatFigures(schedule, count, shut, key);
  let distinct = 0;
  for (const s of met.values()) distinct += s.size;
  const bound = movingCoverageBound(input, schedule.tables, R);
  return {
    tables: labels.length,
    groupSizes: spreadOf(schedule.tables.map((t) => t.menteeIds.length)),
    visits,
    shortRounds,
    distinctMeetings: distinct,
    coverageBound: bound,
    coverageRatio: bound > 0 ? distinct / bound : 1,
    rhythm,
    rests: spreadOf(
      input.mentors
        .filter((m) => present.get(m.id) === R && labels.some((l) => !shut.get(l)!.has(m.id)))
        .map((m) => rests.get(m.id) ?? 0),
    ),
    groupByes: spreadOf(
      schedule.tables
        .filter((t) => t.menteeIds.length > 0 && shut.get(t.table)!.size < mentorIds.size)
        .map((t) => byes.get(t.table)!),
    ),
    repeats,
    avoidableRepeats: avoidable,
    avoidBreaks,
    doubleVisits,
    seatMoves,
    wishes: wishFigures(input, R, met, blocked),
  };
}

/** Moves between tables in consecutive rounds, and those to the next table in rotation order. */
function rhythmOf(schedule: MovingSchedule, pos: Map<string, number>): MovingQualityReport['rhythm'] {
  const L = pos.size;
  let moves = 0;
  let total = 0;
  let prev = new Map<string, number>();
  for (const round of schedule.rounds) {
    const now = new Map<string, number>();
    for (const v of round.tables) {
      const i = v.table == null ? undefined : pos.get(v.table);
      if (i === undefined) continue;
      now.set(v.mentorId, i);
      const before = prev.get(v.mentorId);
      if (before === undefined) continue;
      total++;
      if ((before + 1) % L === i) moves++;
    }
    prev = now;
  }
  return { moves, total, share: total > 0 ? moves / total : 1 };
}

/**
 * Table-level repeats; avoidable when, that round, a mentor the table allows and never meets
 * rests, or visits a table that allows and never meets the repeated mentor (a swap).
 */
function repeatFigures(
  schedule: MovingSchedule,
  count: Map<string, number>,
  shut: Map<string, Set<string>>,
  key: (l: string, m: string) => string,
): { repeats: number; avoidable: number } {
  let repeats = 0;
  let avoidable = 0;
  for (const n of count.values()) repeats += n - 1;
  const never = (l: string, m: string) => !count.has(key(l, m)) && !shut.get(l)?.has(m);
  for (const round of schedule.rounds) {
    for (const v of round.tables) {
      if (v.table == null || (count.get(key(v.table, v.mentorId)) ?? 0) < 2) continue;
      const fix = round.tables.some(
        (u) =>
          u.mentorId !== v.mentorId && never(v.table!, u.mentorId) && (u.table == null || never(u.table, v.mentorId)),
      );
      if (fix) avoidable++;
    }
  }
  return { repeats, avoidable };
}

/** Wish figures over each mentee's first `rounds` valid wishes (present, not blocked). */
function wishFigures(
  input: PlanInput,
  rounds: number,
  met: Map<string, Set<string>>,
  blocked: Map<string, Set<string>>,
): MovingQualityReport['wishes'] {
  const present = new Set(input.mentors.map((m) => m.id));
  const w = { firstMet: 0, firstTotal: 0, anyMet: 0, anyTotal: 0, met: 0, total: 0 };
  for (const x of input.mentees) {
    const valid = [...new Set(x.wishes ?? [])]
      .filter((id) => present.has(id) && !blocked.get(x.id)!.has(id))
      .slice(0, rounds);
    if (valid.length === 0) continue;
    const mine = met.get(x.id);
    const hits = valid.filter((id) => mine?.has(id)).length;
    w.firstTotal++;
    w.anyTotal++;
    w.total += valid.length;
    w.met += hits;
    if (mine?.has(valid[0]!)) w.firstMet++;
    if (hits > 0) w.anyMet++;
  }
  return w;
}
