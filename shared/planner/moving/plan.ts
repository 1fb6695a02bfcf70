/**
 * planMovingMentors(): mentees are seated once and mentors move. First the ring (cycle.ts) and
 * the mentors' order around it (mentor-order.ts) fix which mentors pass each table; then the
 * mentees form groups at the tables whose visitors match their wishes (group-form.ts), within
 * balanced sizes (quotas.ts); then the rotation is written round by round, turning mentors aside
 * only where a rule needs it (rotation.ts), and a last pass removes avoidable repeats.
 */
import { PlanError } from '../errors';
import { buildModel } from '../model';
import { DEFAULT_SEED, tieBreak } from '../plan';
import { balanceFairness } from './balance';
import { buildCycle, visitsPerTable } from './cycle';
import { choosingOrder, formGroups } from './group-form';
import { createGroups, seat, sortMembers } from './group-state';
import { fixedLabel, tableLabels } from './labels';
import { mentorChain } from './mentor-order';
import { tableLimits } from './quotas';
import { repairRepeats } from './repeat-repair';
import { runRotation } from './rotation';
import { createRotation } from './rotation-state';
import { movingScheduleJson } from './schedule-json';
import type { MovingInput, MovingOptions, MovingSchedule } from './types';

/** Fixed labels per mentee (null: free) and the distinct labels in order of first appearance. */
export function fixedSeats(input: MovingInput, cap: number): { labelOf: (string | null)[]; labels: string[] } {
  const labelOf = input.mentees.map((x) => fixedLabel(x.table));
  const count = new Map<string, number>();
  for (const l of labelOf) if (l !== null) count.set(l, (count.get(l) ?? 0) + 1);
  for (const [l, n] of count) {
    if (n > cap) {
      throw new PlanError(
        `${n} mentees are seated at table ${l}, which seats ${cap}: move some or raise tableCapacity`,
      );
    }
  }
  return { labelOf, labels: [...count.keys()] };
}

/** Plan a moving-mentors event; throws PlanError for input that cannot be planned. */
export function planMovingMentors(input: MovingInput, options: MovingOptions = {}): MovingSchedule {
  const seed = options.seed ?? DEFAULT_SEED;
  const model = buildModel(input.settings, input.mentors, input.mentees);
  const { T, M, cap, R } = model;
  const fixed = fixedSeats(input, cap);
  const G = M === 0 ? 0 : Math.max(Math.ceil(M / cap), fixed.labels.length);
  const labels = tableLabels(fixed.labels, G);
  const cycle = buildCycle(G, T);
  const offset = new Int32Array(T);
  mentorChain(model, R, cycle.N).forEach((m, i) => {
    offset[m] = cycle.slots[i]!;
  });
  const groups = createGroups(model, G);
  const index = new Map(labels.map((l, p) => [l, p] as const));
  const fixedCount = new Int32Array(G);
  const free: number[] = [];
  fixed.labelOf.forEach((l, x) => {
    if (l === null) {
      free.push(x);
      return;
    }
    const p = index.get(l)!;
    seat(groups, model, x, p, R);
    fixedCount[p]!++;
  });
  const limit = tableLimits(fixedCount, M, visitsPerTable(cycle, offset, 0, R));
  const { rank } = tieBreak(M, seed);
  formGroups({ model, groups, cycle, offset, from: 0, R, limit }, choosingOrder(model, free, rank));
  sortMembers(groups);
  const rot = createRotation(model, groups, cycle, offset, 0, R);
  runRotation(rot);
  balanceFairness(rot);
  repairRepeats(rot);
  return movingScheduleJson({ model, groups, labels, out: rot.out, from: 0, earlier: [], seed });
}
