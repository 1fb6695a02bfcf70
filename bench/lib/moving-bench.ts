/**
 * The moving-mentors bench case (issue 17): mentors move, mentees stay seated. 200 mentors,
 * 1000 mentees at tables of 5 (200 tables), 20 rounds; each mentee has 3 wishes and 2 avoids,
 * all different mentors (the generator of bench/plan.bench.ts). `movingBenchRows()` returns
 * printable rows (header first, for formatTable): median ms of several runs after a warm-up,
 * coverage against the moving bound, the rhythm share, wishes met, spreads and rule breaks, for
 * the plan and for a one-mentee replan at the door from round 5. Goal: the plan under 100 ms.
 */
import { quality, type PlanInput } from '../../shared/planner';
import {
  type MovingSchedule,
  movingQuality,
  planMovingMentors,
  replanMovingMentors,
} from '../../shared/planner/moving';
import { medianMs } from './median-ms';
import { seededRoom } from './seeded-room';

export const MOVING_CASE = {
  label: 'mentors-move 200 tables × 1000 mentees × 20 rounds',
  mentors: 200,
  mentees: 1000,
  tableCapacity: 5,
  rounds: 20,
};
const WARMUP_RUNS = 10;
const RUNS = 15;

/** The seeded event (bench/lib/seeded-room.ts): mentors who move have no table of their own. */
export function movingCase(seed: number): PlanInput {
  return seededRoom(MOVING_CASE, seed, { tables: false });
}

const pct = (n: number, d: number) => `${d > 0 ? ((100 * n) / d).toFixed(1) : '100.0'}%`;

function cells(label: string, ms: number, s: MovingSchedule, input: PlanInput): string[] {
  const q = movingQuality(s, input);
  const w = q.wishes;
  const mq = quality(s, input);
  const breaks = q.avoidBreaks + q.doubleVisits + q.seatMoves + mq.capacityViolations + mq.placementViolations;
  return [
    label,
    ms.toFixed(1),
    `${q.distinctMeetings}/${q.coverageBound} ${pct(q.distinctMeetings, q.coverageBound)}`,
    `${q.rhythm.moves}/${q.rhythm.total} ${pct(q.rhythm.moves, q.rhythm.total)}`,
    `${pct(w.firstMet, w.firstTotal)} / ${pct(w.anyMet, w.anyTotal)} / ${pct(w.met, w.total)}`,
    `${q.rests.spread} / ${q.groupByes.spread} / ${q.groupSizes.spread}`,
    `${q.repeats}/${q.avoidableRepeats}`,
    String(breaks),
  ];
}

/** The bench rows: header, the plan, and a replan from round 5 where one mentee arrives. */
export function movingBenchRows(seed = 2024): string[][] {
  const input = movingCase(seed);
  const plan = () => planMovingMentors(input, { seed: 7 });
  const planMs = medianMs(plan, WARMUP_RUNS, RUNS);
  const schedule = plan();
  const late = { id: 'e-new', name: 'Newcomer', wishes: ['m3', 'm70', 'm150'], avoid: ['m9'] };
  const leaves = { ...input, mentees: input.mentees.slice(1) };
  const arrives = { ...input, mentees: [...leaves.mentees, late] };
  const replan = () => replanMovingMentors(schedule, arrives, 5, { seed: 7 });
  const replanMs = medianMs(replan, WARMUP_RUNS, RUNS);
  return [
    [
      'case',
      'median ms',
      'meetings/bound',
      'one table on',
      'wishes first/any/all',
      'spread rests/byes/sizes',
      'repeats/avoidable',
      'rule breaks',
    ],
    cells(MOVING_CASE.label, planMs, schedule, input),
    cells('replan from round 5: one mentee leaves, one arrives', replanMs, replan(), arrives),
  ];
}
