import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { vi } from 'vitest';
import type { OrganizerMentee, OrganizerMentor, OrganizerView } from '../../../shared/protocol/views';
import type { ScheduleEditsBody } from '../../../shared/schemas/plan-edits';
import type { Schedule } from '../../../shared/schemas/schedule';
import { quality } from '../../../shared/planner';
import type { OrganizerApi, PlanEditAnswer } from '../../../client/screens/organizer/organizer-api';

const idle = {
  status: 'idle' as const,
  phase: null,
  phaseEndsAt: null,
  remainingMs: 0,
  serverNow: 0,
  version: 0,
  rounds: 2,
  phaseCount: 3,
  startedAt: null,
};

/** An organizer view with two mentors and three mentees, no plan yet. */
export function viewFixture(over: Partial<OrganizerView> = {}): OrganizerView {
  const person = (id: string) => ({
    token: `tok-${id}`,
    link: `http://tablehop.test/p#token=tok-${id}`,
    attendance: 'expected' as const,
  });
  return {
    event: {
      id: 'ev1',
      name: 'Night',
      roundSeconds: 600,
      changeoverSeconds: 60,
      rounds: 2,
      roundsFixed: false,
      tableCapacity: 1,
      breaks: [],
      plannedStartAt: null,
      feedbackClosesAt: null,
      createdAt: 0,
    },
    mentors: [
      { id: 'm1', name: 'Grace Hopper', table: 'T1', topics: ['compilers'], bio: 'Admiral', ...person('m1') },
      { id: 'm2', name: '李雷', table: 'T2', topics: [], ...person('m2') },
    ],
    mentees: [
      { id: 'e1', name: 'Zoë', questions: ['How do I start?'], wishes: ['m1'], avoid: [], ...person('e1') },
      { id: 'e2', name: 'عمر', questions: [], wishes: [], avoid: ['m2'], ...person('e2') },
      { id: 'e3', name: 'Ana', questions: [], wishes: [], avoid: [], ...person('e3') },
    ],
    schedule: null,
    scheduleVersion: 0,
    clock: idle,
    links: { organizer: 'http://tablehop.test/organize/ev1#key=k', projector: 'http://tablehop.test/projector#key=pk' },
    ...over,
  };
}

/** An OrganizerApi whose calls all succeed (override any with mockRejectedValueOnce). */
export function fakeApi() {
  return {
    load: vi.fn(async () => viewFixture()),
    patchSettings: vi.fn(async () => viewFixture()),
    addPeople: vi.fn(async () => ({ mentors: [], mentees: [] })),
    importCsv: vi.fn(async () => ({ mentors: [], mentees: [] })),
    patchPerson: vi.fn(async (): Promise<OrganizerMentor | OrganizerMentee> => viewFixture().mentors[0]!),
    deletePerson: vi.fn(async () => null),
    plan: vi.fn(async (): Promise<Schedule> => ({ mentors: [], mentees: [], rounds: [] })),
    clock: vi.fn(async () => idle),
    addHistory: vi.fn(async () => ({
      pairs: 0,
      added: 0,
      matched: { mentors: 0, mentees: 0 },
      unmatched: { mentors: [] as string[], mentees: [] as string[] },
    })),
    clearHistory: vi.fn(async () => ({ pairs: 0 as const, removed: 0 })),
    editPlan: vi.fn(
      async (_body: ScheduleEditsBody): Promise<PlanEditAnswer> =>
        editAnswer({ mentors: [], mentees: [], rounds: [] }, 0),
    ),
  } satisfies OrganizerApi;
}

/** An answer of POST …/schedule/edits: this schedule at this version, with these soft costs. */
export function editAnswer(schedule: Schedule, version: number, costs: PlanEditAnswer['costs'] = []): PlanEditAnswer {
  const input = { settings: { rounds: schedule.rounds.length, tableCapacity: 1 }, mentors: [], mentees: [] };
  return { schedule, quality: quality(schedule, input), version, costs };
}

/** Meeting 2 (phase 2) of 3 rounds running, 60 s left: the clock the Run tab's control tests start from. */
export function meeting2Clock(): ClockSnapshot {
  return {
    status: 'running',
    phaseIndex: 2,
    phase: { index: 2, kind: 'meeting', round: 2 },
    phaseEndsAt: 100_000,
    remainingMs: 60_000,
    serverNow: 40_000,
    version: 7,
    rounds: 3,
    phaseCount: 5,
    startedAt: 0,
  };
}

/** Round 1: Zoë at T1, Ana at T2, عمر sits out; round 2: عمر at T1, Zoë at T2, Ana sits out. */
export const TWO_ROUNDS: Schedule = {
  mentors: [
    { id: 'm1', name: 'Grace Hopper', table: 'T1' },
    { id: 'm2', name: '李雷', table: 'T2' },
  ],
  mentees: [
    { id: 'e1', name: 'Zoë' },
    { id: 'e2', name: 'عمر' },
    { id: 'e3', name: 'Ana' },
  ],
  rounds: [
    {
      round: 1,
      tables: [
        { mentorId: 'm1', menteeIds: ['e1'] },
        { mentorId: 'm2', menteeIds: ['e3'] },
      ],
      byes: ['e2'],
    },
    {
      round: 2,
      tables: [
        { mentorId: 'm1', menteeIds: ['e2'] },
        { mentorId: 'm2', menteeIds: ['e1'] },
      ],
      byes: ['e3'],
    },
  ],
};
