/**
 * `plan` and `replan` for peer rounds (issue 17, `settings.pairing: 'peer'`): the same calls hand
 * over to the peer planner (shared/planner/peer), so the event rules, previews, the worker
 * rehearsal and the CLI keep one Planner interface. The mentees are the peers; mentors, pins and
 * locked rounds do not exist in a peer event and are refused rather than dropped quietly. Pairs
 * met at earlier events are not weighed (they name mentor–mentee pairs).
 *
 * The peer planner has no replan of its own: a replan keeps the rounds already begun and plans
 * the rest afresh for the peers present, trying a few seeds and keeping the one whose rounds
 * spread the sit-outs fairest over the whole event, then repeat fewest pairs met already.
 */
import type { RoundSeating, Schedule } from '../schemas/schedule';
import { PlanError } from './errors';
import { type PlanPeer, planPeers } from './peer';
import { peerTableSize } from './peer-rounds-default';
import { plan } from './plan';
import { isPeerSchedule, peerScheduleJson, peersAt, roundJson } from './peer-schedule';
import type { PlanInput, PlanMentee, PlanMentor, PlanOptions, PlanSettings } from './types';

/** Seeds tried for the rounds after a change at the door: enough to dodge most repeats, still fast. */
const REPLAN_TRIES = 12;

function refuseHand(mentors: PlanMentor[], opts: PlanOptions): void {
  if (mentors.length > 0)
    throw new PlanError(
      `a peer event has no mentors: remove the ${mentors.length} mentor(s) or pair mentors and mentees`,
    );
  if ((opts.pins?.length ?? 0) > 0)
    throw new PlanError('pinned meetings are not supported in peer rounds: remove the pins');
  if ((opts.locked?.length ?? 0) > 0)
    throw new PlanError('locked rounds are not supported in peer rounds: unlock them');
}

/** The peers as the peer planner reads them; wishes and avoids of peers not present are left out. */
function peersOf(mentees: PlanMentee[]): PlanPeer[] {
  const present = new Set(mentees.map((m) => m.id));
  const known = (ids: string[]) => ids.filter((id) => present.has(id));
  return mentees.map((m) => ({ id: m.id, name: m.name, wishes: known(m.wishes), avoid: known(m.avoid) }));
}

function planRounds(settings: PlanSettings, mentees: PlanMentee[], rounds: number, seed: number | string) {
  const input = { settings: { rounds, tableSize: peerTableSize(settings.tableCapacity) }, peers: peersOf(mentees) };
  return planPeers(input, { seed }).rounds;
}

/** plan() for peer rounds. */
export function planPeerRounds(
  settings: PlanSettings,
  mentors: PlanMentor[],
  mentees: PlanMentee[],
  opts: PlanOptions,
) {
  refuseHand(mentors, opts);
  const seed = opts.seed ?? 1;
  const rounds = planRounds(settings, mentees, settings.rounds, seed).map((r, i) => roundJson(r, i + 1));
  return peerScheduleJson(mentees, rounds, seed, settings.tableCapacity);
}

/** Pairs (a|b, a < b) that shared a table in these rounds. */
function metPairs(rounds: RoundSeating[]): Set<string> {
  const met = new Set<string>();
  for (const r of rounds)
    for (const t of r.tables) {
      const ids = peersAt(t);
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++)
          met.add(ids[i]! < ids[j]! ? `${ids[i]}|${ids[j]}` : `${ids[j]}|${ids[i]}`);
    }
  return met;
}

/** How the rounds after a change score with the rounds kept: [bye spread, repeated pairs]; lower is better. */
function score(kept: RoundSeating[], rest: RoundSeating[], ids: string[]): [number, number] {
  const byes = new Map(ids.map((id) => [id, 0]));
  for (const r of [...kept, ...rest]) for (const id of r.byes) if (byes.has(id)) byes.set(id, byes.get(id)! + 1);
  const counts = [...byes.values()];
  const spread = counts.length ? Math.max(...counts) - Math.min(...counts) : 0;
  const before = metPairs(kept);
  let repeats = 0;
  for (const pair of metPairs(rest)) if (before.has(pair)) repeats++;
  return [spread, repeats];
}

/** Whether the planned rounds from `fromRound` on still seat exactly the peers present, at the table size asked. */
function stillHolds(schedule: Schedule, fromRound: number, changes: PlanInput): boolean {
  if (schedule.rounds.length !== changes.settings.rounds) return false;
  if ((schedule.settings as { tableCapacity?: number } | undefined)?.tableCapacity !== changes.settings.tableCapacity)
    return false;
  const ids = changes.mentees.map((m) => m.id).sort();
  return schedule.rounds
    .filter((r) => r.round >= fromRound)
    .every((r) => JSON.stringify([...r.tables.flatMap(peersAt), ...r.byes].sort()) === JSON.stringify(ids));
}

/**
 * replan() for peer rounds: rounds before `fromRound` are kept as they were (people gone since
 * stay in them, as history), the rest planned for the peers present. A schedule that still seats
 * everyone present is returned unchanged, so replanning with nobody at the door moves no one.
 * A schedule planned with mentors (the setting changed before the start) is planned afresh.
 */
export function replanPeerRounds(schedule: Schedule, fromRound: number, changes: PlanInput, opts: PlanOptions) {
  refuseHand(changes.mentors, opts);
  const seed = opts.seed ?? (schedule.seed as number | string | undefined) ?? 1;
  const { settings, mentees } = changes;
  if (!isPeerSchedule(schedule)) {
    if (fromRound > 1) throw new PlanError('rounds have begun with mentors and mentees: peer rounds cannot start now');
    return planPeerRounds(settings, [], mentees, { ...opts, seed });
  }
  if (stillHolds(schedule, fromRound, changes)) return schedule;
  const kept = schedule.rounds.filter((r) => r.round < fromRound);
  if (kept.length > settings.rounds)
    throw new PlanError(
      `cannot shorten the event to ${settings.rounds} rounds: rounds 1–${kept.length} are already fixed`,
    );
  const left = settings.rounds - kept.length;
  let best: RoundSeating[] = [];
  let bestScore: [number, number] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  const ids = mentees.map((m) => m.id);
  for (let k = 0; k < (left > 0 ? REPLAN_TRIES : 0); k++) {
    const rest = planRounds(settings, mentees, left, k === 0 ? seed : `${seed}:${k}`).map((r, i) =>
      roundJson(r, kept.length + i + 1),
    );
    const s = score(kept, rest, ids);
    if (s[0] < bestScore[0] || (s[0] === bestScore[0] && s[1] < bestScore[1])) [best, bestScore] = [rest, s];
  }
  // The people list keeps those who left (their past rounds name them), then adds newcomers.
  const known = new Map(schedule.mentees.map((m) => [m.id, { id: m.id, name: m.name }]));
  for (const m of mentees) known.set(m.id, { id: m.id, name: m.name });
  const people = [...known.values()].map((p) => ({ ...p, wishes: [], avoid: [] }));
  return peerScheduleJson(people, [...kept, ...best], seed, settings.tableCapacity);
}

/** replan() with mentors and mentees of a schedule planned as peer rounds: only afresh, before the start. */
export function replanFromPeers(schedule: Schedule, fromRound: number, changes: PlanInput, opts: PlanOptions) {
  if (fromRound > 1) throw new PlanError('rounds have begun as peer rounds: mentors and mentees cannot start now');
  const seed = opts.seed ?? (schedule.seed as number | string | undefined);
  // plan() dispatches on the settings (mentees or mentors moving); the cycle with plan.ts is
  // resolved at call time, as moving-dispatch.ts's is.
  return plan(changes.settings, changes.mentors, changes.mentees, { ...opts, ...(seed === undefined ? {} : { seed }) });
}
