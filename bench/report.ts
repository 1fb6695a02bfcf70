/**
 * Organizer report benchmark (`npm run bench:report`): the time of `eventReport` on a large
 * finished event — 400 mentors, 2,000 mentees at tables of 5, 15 rounds (30,000 meetings), a
 * few no-shows, and 30,000 feedback entries (each mentee on 12 of their mentors, each mentor on
 * 15 of their mentees; ratings, yeses with some answered, notes). Every input comes from a
 * seeded generator. Prints the median and max of 50 runs after a warm-up; goal (issue 15):
 * well under 50 ms. Figures are printed, never asserted.
 */
import { performance } from 'node:perf_hooks';
import { createEventState, type EventState } from '../shared/event/state';
import { eventReport } from '../shared/event/views/report';
import { createRng } from '../shared/planner/prng';
import type { FeedbackEntry, PersonFeedback } from '../shared/schemas/feedback';
import type { Mentee, Mentor } from '../shared/schemas/people';
import type { RoundSeating } from '../shared/schemas/schedule';
import { median } from './lib/stats';
import { formatTable } from './lib/table';

const MENTORS = 400;
const MENTEES = 2000;
const ROUNDS = 15;
const MENTEE_ENTRIES = 12;
const MENTOR_ENTRIES = 15;
const NO_SHOWS = 24;
const WARMUP_RUNS = 10;
const RUNS = 50;
const GOAL_MS = 50;
const T0 = Date.UTC(2030, 0, 15, 18, 0);
const ROUND_MS = 600_000;
const CHANGE_MS = 60_000;

/** The event, finished after its last round, with every round's start noted. */
function makeEvent(seed: number): EventState {
  const rng = createRng(seed);
  const base = createEventState(
    'bench',
    { name: 'Bench night', roundSeconds: 600, changeoverSeconds: 60, rounds: ROUNDS, tableCapacity: 5, breaks: [] },
    T0 - 3_600_000,
    seed,
  );
  const absent = new Set<number>();
  while (absent.size < NO_SHOWS) absent.add(rng.int(MENTORS + MENTEES));
  const mentors: Mentor[] = Array.from({ length: MENTORS }, (_, i) => ({
    id: `m${i}`,
    name: `Mentor ${i}`,
    table: `T${i + 1}`,
    topics: ['careers'],
    attendance: absent.has(i) ? 'absent' : 'present',
  }));
  const mentees: Mentee[] = Array.from({ length: MENTEES }, (_, i) => ({
    id: `e${i}`,
    name: `Mentee ${i}`,
    questions: ['What would you do differently?'],
    wishes: [],
    avoid: [],
    attendance: absent.has(MENTORS + i) ? 'absent' : 'present',
  }));
  // A rotation: in round r, mentee i sits with mentor (i + 7r) mod 400, five to a table.
  const rounds: RoundSeating[] = [];
  const tableOf = (i: number, r: number) => (i + 7 * r) % MENTORS;
  for (let r = 0; r < ROUNDS; r++) {
    const tables = mentors.map((m) => ({ mentorId: m.id, menteeIds: [] as string[] }));
    for (let i = 0; i < MENTEES; i++) tables[tableOf(i, r)]!.menteeIds.push(`e${i}`);
    rounds.push({ round: r + 1, tables, byes: [] });
  }
  const feedback: Record<string, PersonFeedback> = {};
  const entry = (round: number, withId: string): FeedbackEntry => ({
    round,
    withId,
    rating: rng.int(10) === 0 ? null : 1 + rng.int(5),
    followUp: rng.int(4) === 0,
    note: rng.int(3) === 0 ? 'Follow up about the reading list' : '',
    at: T0 + ROUNDS * (ROUND_MS + CHANGE_MS),
  });
  for (let i = 0; i < MENTEES; i++) {
    const given: FeedbackEntry[] = [];
    for (let r = 0; r < MENTEE_ENTRIES; r++) given.push(entry(r + 1, `m${tableOf(i, r)}`));
    feedback[`e${i}`] = { sharing: { share: 'none', contact: null }, given };
  }
  for (let m = 0; m < MENTORS; m++) {
    const given: FeedbackEntry[] = [];
    for (let r = 0; r < MENTOR_ENTRIES; r++) {
      const at = rounds[r]!.tables[m]!.menteeIds;
      given.push(entry(r + 1, at[rng.int(at.length)]!));
    }
    feedback[`m${m}`] = { sharing: { share: 'contact', contact: `mentor${m}@example.org` }, given };
  }
  const roundStarts: Record<string, number> = {};
  for (let r = 1; r <= ROUNDS; r++) roundStarts[String(r)] = T0 + (r - 1) * (ROUND_MS + CHANGE_MS);
  const endedAt = T0 + ROUNDS * ROUND_MS + (ROUNDS - 1) * CHANGE_MS;
  return {
    ...base,
    mentors,
    mentees,
    schedule: {
      mentors: mentors.map(({ id, name, table }) => ({ id, name, table })),
      mentees: mentees.map(({ id, name }) => ({ id, name })),
      rounds,
    },
    scheduleVersion: 1,
    clock: { status: 'finished', version: 40, endedAt, startedAt: T0 },
    feedback,
    roundStarts,
  };
}

const s = makeEvent(2024);
const rows = Object.values(s.feedback).reduce((n, f) => n + f.given.length, 0);
for (let i = 0; i < WARMUP_RUNS; i++) eventReport(s);
const times: number[] = [];
let report = eventReport(s);
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  report = eventReport(s);
  times.push(performance.now() - t0);
}
const fmt = (ms: number) => ms.toFixed(2);
const med = median(times);
const max = Math.max(...times);
console.log(
  formatTable([
    ['eventReport', 'people', 'feedback rows', 'runs', 'median ms', 'max ms'],
    [
      `${MENTORS} mentors, ${MENTEES} mentees, ${ROUNDS} rounds`,
      String(MENTORS + MENTEES),
      String(rows),
      String(RUNS),
      fmt(med),
      fmt(max),
    ],
  ]),
);
console.log('');
console.log(
  `report: ${report.meetingsHeld}/${report.meetingsPlanned} meetings held, ${report.noShows} no-shows, ` +
    `${report.ratings.count} ratings (mean ${report.ratings.mean}), ` +
    `${report.followUps.given} yeses, ${report.followUps.mutual} mutual`,
);
console.log(`median ${fmt(med)} ms (goal < ${GOAL_MS} ms): ${med < GOAL_MS ? 'met' : 'NOT met'}`);
