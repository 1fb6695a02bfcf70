/**
 * replanMovingMentors(): at the door. Rounds before `fromRound` are kept exactly; seated mentees
 * keep their table, a mentee who left is removed, a newcomer joins the table with a free seat
 * whose visitors suit them best (or a new table when no seat is free), and the mentors, as they
 * are now, continue one table on from where they sat, newcomers taking the free tracks. The kept
 * rounds are history: who met whom, rests and byes. With nobody changed the schedule is returned
 * as it was, so replanning twice proposes no moves.
 */
import { PlanError } from '../errors';
import { buildModel, type Model } from '../model';
import { DEFAULT_SEED, tieBreak } from '../plan';
import { balanceFairness } from './balance';
import { buildCycle } from './cycle';
import { choosingOrder, formGroups } from './group-form';
import { sortMembers } from './group-state';
import { tableLimits } from './quotas';
import { repairRepeats } from './repeat-repair';
import { keptHistory } from './replan-history';
import { replanSeats } from './replan-seats';
import { continueTracks } from './replan-tracks';
import { runRotation } from './rotation';
import { createRotation } from './rotation-state';
import { movingScheduleJson } from './schedule-json';
import type { MovingInput, MovingOptions, MovingSchedule } from './types';

/** Whether the same people and settings meet the schedule as it is (then it stands). */
function unchanged(previous: MovingSchedule, model: Model, kept: number): boolean {
  if (previous.rounds.length !== model.R || kept < 0) return false;
  if (previous.settings?.tableCapacity !== model.cap) return false;
  const mentors = previous.mentors.map((m) => m.id);
  if (mentors.length !== model.T || model.mentors.some((m, i) => m.id !== mentors[i])) return false;
  const seated = new Set(previous.tables.flatMap((t) => t.menteeIds));
  return seated.size === model.M && model.mentees.every((x) => seated.has(x.id));
}

/** Replan rounds fromRound… of a moving-mentors schedule for the people now present. */
export function replanMovingMentors(
  previous: MovingSchedule,
  input: MovingInput,
  fromRound: number,
  options: MovingOptions = {},
): MovingSchedule {
  if (!previous || !Array.isArray(previous.tables) || !Array.isArray(previous.rounds)) {
    throw new PlanError('not a moving-mentors schedule: it has no seated tables; plan it with planMovingMentors');
  }
  if (!Number.isInteger(fromRound) || fromRound < 1) {
    throw new PlanError(`fromRound must be a whole number from 1 (got ${String(fromRound)})`);
  }
  const seed = options.seed ?? previous.seed ?? DEFAULT_SEED;
  const model = buildModel(input.settings, input.mentors, input.mentees);
  const { T, M, cap, R } = model;
  const from = Math.min(fromRound - 1, previous.rounds.length, R);
  if (unchanged(previous, model, from)) return previous;
  const earlier = previous.rounds.slice(0, from);
  const { labels, groups, newcomers, opened } = replanSeats(model, previous, R);
  const G = labels.length;
  const cycle = buildCycle(G, T);
  const history = keptHistory(model, labels, earlier);
  const offset = continueTracks({ model, groups, cycle, ...history, from, R });
  // Newcomers fill free seats; tables opened for them share only the overflow, evenly.
  const limit = new Int32Array(G);
  const openedList = [...opened];
  let seats = 0;
  for (let p = 0; p < G; p++) {
    if (opened.has(p)) continue;
    limit[p] = Math.max(cap, groups.members[p]!.length);
    seats += limit[p]! - groups.members[p]!.length;
  }
  const overflow = Math.max(0, newcomers.length - seats);
  const fixedOpened = Int32Array.from(openedList, (p) => groups.members[p]!.length);
  const split = tableLimits(fixedOpened, overflow + fixedOpened.reduce((a, b) => a + b, 0), new Int32Array(G));
  openedList.forEach((p, i) => {
    limit[p] = split[i]!;
  });
  const { rank } = tieBreak(M, seed);
  formGroups({ model, groups, cycle, offset, from, R, limit }, choosingOrder(model, newcomers, rank));
  sortMembers(groups);
  const rot = createRotation(model, groups, cycle, offset, from, R, history);
  runRotation(rot);
  balanceFairness(rot);
  repairRepeats(rot);
  return movingScheduleJson({ model, groups, labels, out: rot.out, from, earlier, seed });
}
