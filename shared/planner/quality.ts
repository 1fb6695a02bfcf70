/**
 * quality(): the figures of a schedule against the people and settings it was planned for.
 * Everything is recomputed from the schedule JSON alone, so it also checks schedules that did
 * not come from this planner (and replans, whose early rounds may hold people since gone).
 */
import type { Schedule } from '../schemas/schedule';
import { coverageBound } from './coverage-bound';
import { blockedMentors } from './groups';
import { groupFigures, historyPairs, pinFigures, repeatsFromHistory } from './quality-hand';
import { peerAndMoveFigures } from './quality-peers';
import { wishFigures } from './quality-wishes';
import type { CompleteQualityReport, PlanInput, QualityOptions, Spread } from './types';

const spreadOf = (values: number[]): Spread => {
  if (values.length === 0) return { min: 0, max: 0, spread: 0 };
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { min, max, spread: max - min };
};

/**
 * Measure a schedule: coverage, repeats, fairness, table-mates, wishes, rhythm and hard rules,
 * and with `opts` the pins and meetings at earlier events it was planned with. While the
 * own-group rule is on, a mentor of the mentee's own group counts as avoided wherever the
 * figures ask who may sit where; `avoidViolations` counts only the avoids the mentees gave.
 */
export function quality(schedule: Schedule, input: PlanInput, opts: QualityOptions = {}): CompleteQualityReport {
  const { mentors, mentees, settings } = input;
  const cap = settings.tableCapacity;
  const R = schedule.rounds.length;
  const blocked = blockedMentors(input);
  const avoids = new Map(mentees.map((x, i) => [x.id, blocked[i]!] as const));
  const ownAvoids = new Map(mentees.map((x) => [x.id, new Set(x.avoid ?? [])] as const));
  const mentorIds = new Set(mentors.map((m) => m.id));
  const allowedCount = new Map(
    mentees.map((x) => [x.id, mentors.filter((m) => !avoids.get(x.id)!.has(m.id)).length] as const),
  );
  const met = new Map<string, Map<string, number>>();
  const firstSeen = new Map<string, number>();
  const presentRounds = new Map<string, number>();
  const byeCount = new Map<string, number>();
  const idle = new Map<string, number[]>();
  // Every mentor each mentee meets anywhere in the schedule.
  const everMet = new Map<string, Set<string>>();
  for (const round of schedule.rounds) {
    for (const t of round.tables)
      for (const id of t.menteeIds) (everMet.get(id) ?? everMet.set(id, new Set()).get(id)!).add(t.mentorId);
  }
  const none = new Set<string>();
  const ever = (id: string) => everMet.get(id) ?? none;
  let meetings = 0;
  let distinct = 0;
  let repeats = 0;
  let avoidable = 0;
  let avoidViolations = 0;
  let capacityViolations = 0;
  let placementViolations = 0;
  schedule.rounds.forEach((round, ri) => {
    const seen = new Set<string>();
    const mark = (id: string) => {
      if (seen.has(id)) placementViolations++;
      seen.add(id);
      if (!firstSeen.has(id)) firstSeen.set(id, ri);
      presentRounds.set(id, (presentRounds.get(id) ?? 0) + 1);
    };
    /**
     * Whether, this round, a free seat or a swap with one other mentee would have added a
     * different meeting: `id` to an allowed mentor they never meet, and the other (if any) to
     * this one, whom they may meet and never do.
     */
    const couldMeetNew = (id: string, at: string): boolean => {
      const avoid = avoids.get(id)!;
      return round.tables.some((u) => {
        if (u.mentorId === at || !mentorIds.has(u.mentorId) || avoid.has(u.mentorId) || ever(id).has(u.mentorId))
          return false;
        if (u.menteeIds.length < cap) return true;
        return u.menteeIds.some((y) => avoids.has(y) && !avoids.get(y)!.has(at) && !ever(y).has(at));
      });
    };
    for (const t of round.tables) {
      if (t.menteeIds.length > cap) capacityViolations++;
      if (mentorIds.has(t.mentorId))
        (idle.get(t.mentorId) ?? idle.set(t.mentorId, []).get(t.mentorId)!).push(Math.max(0, cap - t.menteeIds.length));
      for (const id of t.menteeIds) {
        mark(id);
        // Meetings count between the people planned for; past rounds of a replan may hold others.
        if (!avoids.has(id) || !mentorIds.has(t.mentorId)) continue;
        meetings++;
        if (ownAvoids.get(id)!.has(t.mentorId)) avoidViolations++;
        const mine = met.get(id) ?? met.set(id, new Map()).get(id)!;
        const before = mine.get(t.mentorId) ?? 0;
        if (before === 0) distinct++;
        else {
          repeats++;
          if (couldMeetNew(id, t.mentorId)) avoidable++;
        }
        mine.set(t.mentorId, before + 1);
      }
    }
    for (const id of round.byes) {
      mark(id);
      byeCount.set(id, (byeCount.get(id) ?? 0) + 1);
    }
    // An input mentee missing from a round after first appearing is in no place at all.
    for (const x of mentees) if (!seen.has(x.id) && firstSeen.has(x.id)) placementViolations++;
  });
  for (const x of mentees) if (R > 0 && !firstSeen.has(x.id)) placementViolations += R;
  const fullTime = (id: string) => presentRounds.get(id) === R;
  const fair = mentees.filter((x) => allowedCount.get(x.id)! > 0);
  const forcedList = mentees.filter((x) => allowedCount.get(x.id)! === 0);
  // Someone here for part of the event (a walk-in, someone who left) is not in the spread, whose
  // point is fairness among equals, but their byes are counted and their most is reported.
  const partTime = fair.filter((x) => firstSeen.has(x.id) && !fullTime(x.id)).map((x) => byeCount.get(x.id) ?? 0);
  const byes = {
    ...spreadOf(fair.filter((x) => fullTime(x.id)).map((x) => byeCount.get(x.id) ?? 0)),
    total: fair.reduce((s, x) => s + (byeCount.get(x.id) ?? 0), 0),
    forced: forcedList.reduce((s, x) => s + (byeCount.get(x.id) ?? 0), 0),
    forcedMentees: forcedList.length,
    partTime: partTime.length,
    partTimeMax: partTime.length > 0 ? Math.max(...partTime) : 0,
  };
  const idleFull = mentors
    .filter((m) => idle.get(m.id)?.length === R)
    .map((m) => idle.get(m.id)!.reduce((a, b) => a + b, 0));
  const idleSeats = { ...spreadOf(idleFull), total: [...idle.values()].flat().reduce((a, b) => a + b, 0) };
  const bound = coverageBound(input, R);
  const { repeatedPeerPairs, oneTableOn } = peerAndMoveFigures(schedule);
  const history = historyPairs(input, opts);
  const wishes = wishFigures(input, R, met, blocked, history);
  return {
    rounds: R,
    mentors: mentors.length,
    mentees: mentees.length,
    tableCapacity: cap,
    meetings,
    distinctMeetings: distinct,
    coverageBound: bound,
    coverageRatio: bound > 0 ? distinct / bound : 1,
    repeatMeetings: repeats,
    avoidableRepeats: avoidable,
    byes,
    idleSeats,
    repeatedPeerPairs,
    wishes: wishes.wishes,
    oneTableOn,
    avoidViolations,
    capacityViolations,
    placementViolations,
    pins: pinFigures(schedule, input, opts),
    wishesByPriority: wishes.byPriority,
    metBeforePairs: [...(history?.values() ?? [])].reduce((n, s) => n + s.size, 0),
    repeatsFromHistory: repeatsFromHistory(schedule, history),
    groups: groupFigures(schedule, input),
  };
}
