/**
 * Quality figures about the organizer's hand: pinned meetings (held, and why not), meetings
 * again with mentors met at earlier events, and groups at tables.
 */
import type { Schedule } from '../schemas/schedule';
import { groupKey, groupRules } from './groups';
import { fixedRound, judgePins, type FixedRound } from './pin-rules';
import type { CompleteQualityReport, PlanInput, QualityOptions } from './types';

/** Pins held in the schedule, and each one not held with the reason in plain words. */
export function pinFigures(schedule: Schedule, input: PlanInput, opts: QualityOptions): CompleteQualityReport['pins'] {
  const pins = opts.pins ?? [];
  if (pins.length === 0) return { total: 0, held: 0, unheld: [] };
  const fixed = new Map<number, FixedRound>();
  for (const lock of opts.locked ?? []) if (!fixed.has(lock.round)) fixed.set(lock.round, fixedRound('locked', lock));
  const from = opts.fromRound ?? 1;
  for (const r of schedule.rounds) if (r.round < from) fixed.set(r.round, fixedRound('begun', r));
  const names = new Map([...schedule.mentors, ...schedule.mentees].map((p) => [p.id, p.name] as const));
  const verdicts = judgePins({ input, rounds: schedule.rounds.length, fixed, names }, pins);
  // Who sits with whom, per round number.
  const pair = (menteeId: string, mentorId: string) => `${menteeId}\u0000${mentorId}`;
  const at = new Map<number, Set<string>>();
  for (const round of schedule.rounds) {
    const here = at.get(round.round) ?? at.set(round.round, new Set()).get(round.round)!;
    for (const t of round.tables) for (const id of t.menteeIds) here.add(pair(id, t.mentorId));
  }
  const seatedWith = (round: number, menteeId: string, mentorId: string) =>
    at.get(round)?.has(pair(menteeId, mentorId)) ?? false;
  for (const p of [...input.mentors, ...input.mentees]) names.set(p.id, p.name);
  const name = (id: string) => names.get(id) ?? id;
  let held = 0;
  const unheld: CompleteQualityReport['pins']['unheld'] = [];
  pins.forEach((pin, i) => {
    const r = pin.round ?? undefined;
    const ok =
      r !== undefined
        ? seatedWith(r, pin.menteeId, pin.mentorId)
        : schedule.rounds.some((round) => seatedWith(round.round, pin.menteeId, pin.mentorId));
    if (ok) {
      held++;
      return;
    }
    const reason =
      verdicts[i]!.reason ??
      `the schedule does not seat ${name(pin.menteeId)} with ${name(pin.mentorId)}` +
        (r !== undefined ? ` in round ${r}` : '');
    unheld.push({ menteeId: pin.menteeId, mentorId: pin.mentorId, ...(r !== undefined ? { round: r } : {}), reason });
  });
  return { total: pins.length, held, unheld };
}

/** Pairs met at earlier events, by mentee id, among the people planned for. */
export function historyPairs(input: PlanInput, opts: QualityOptions): Map<string, Set<string>> | undefined {
  if (!opts.metBefore || opts.metBefore.length === 0) return undefined;
  const mentees = new Set(input.mentees.map((x) => x.id));
  const mentors = new Set(input.mentors.map((m) => m.id));
  const out = new Map<string, Set<string>>();
  for (const { menteeId, mentorId } of opts.metBefore) {
    if (!mentees.has(menteeId) || !mentors.has(mentorId)) continue;
    (out.get(menteeId) ?? out.set(menteeId, new Set()).get(menteeId)!).add(mentorId);
  }
  return out;
}

/** Meetings in the schedule of pairs that met at an earlier event. */
export function repeatsFromHistory(schedule: Schedule, history: Map<string, Set<string>> | undefined): number {
  if (!history) return 0;
  let n = 0;
  for (const round of schedule.rounds)
    for (const t of round.tables) for (const id of t.menteeIds) if (history.get(id)?.has(t.mentorId)) n++;
  return n;
}

/** Fewest pairs of one group at a table when n of them sit at T tables: spread as evenly as can be. */
const evenPairs = (n: number, T: number) => {
  if (T <= 0) return 0;
  const a = Math.floor(n / T);
  const b = n % T;
  return b * ((a * (a + 1)) / 2) + (T - b) * ((a * (a - 1)) / 2);
};

/**
 * Groups at tables: pairs of one group's mentees sharing a table (per round and table), the
 * fewest any seating of the same mentees at the same tables could have (each group spread
 * evenly over the round's tables it may sit at, capacity aside: a lower bound; with the
 * own-group rule a group may not sit at its own mentors' tables, unless the schedule seats it
 * there), and meetings of a mentee with a mentor of their own group.
 */
export function groupFigures(schedule: Schedule, input: PlanInput): CompleteQualityReport['groups'] {
  const ownRule = groupRules(input.settings, input.mentors, input.mentees).notOwnGroupMentor;
  const menteeGroup = new Map<string, string>();
  for (const x of input.mentees) {
    const g = groupKey(x.group);
    if (g !== null) menteeGroup.set(x.id, g);
  }
  const mentorGroup = new Map<string, string>();
  for (const m of input.mentors) {
    const g = groupKey(m.group);
    if (g !== null) mentorGroup.set(m.id, g);
  }
  const out = {
    groupedMentees: menteeGroup.size,
    groupedMentors: mentorGroup.size,
    menteesSharingTable: 0,
    minimumPossible: 0,
    ownGroupMeetings: 0,
  };
  if (menteeGroup.size === 0) return out;
  for (const round of schedule.rounds) {
    const seated = new Map<string, number>();
    // Tables of each group's own mentors that hold none of the group: closed to it by the rule.
    const closed = new Map<string, number>();
    for (const t of round.tables) {
      const here = new Map<string, number>();
      for (const id of t.menteeIds) {
        const g = menteeGroup.get(id);
        if (g === undefined) continue;
        here.set(g, (here.get(g) ?? 0) + 1);
        seated.set(g, (seated.get(g) ?? 0) + 1);
        if (mentorGroup.get(t.mentorId) === g) out.ownGroupMeetings++;
      }
      for (const n of here.values()) out.menteesSharingTable += (n * (n - 1)) / 2;
      const own = mentorGroup.get(t.mentorId);
      if (ownRule && own !== undefined && !here.has(own)) closed.set(own, (closed.get(own) ?? 0) + 1);
    }
    for (const [g, n] of seated) out.minimumPossible += evenPairs(n, round.tables.length - (closed.get(g) ?? 0));
  }
  return out;
}
