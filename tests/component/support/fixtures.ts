import type { EventInfo, MyRound, PersonPage, ProjectorView } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { buildPhases } from '../../../shared/timeline';

/** 10-minute rounds, 2-minute changeovers, 3 rounds: phases M1 C2 M2 C3 M3. */
export const EVENT: EventInfo = {
  id: 'ev1',
  name: 'Spring Mentoring Night',
  roundSeconds: 600,
  changeoverSeconds: 120,
  rounds: 3,
  roundsFixed: true,
  tableCapacity: 2,
  breaks: [],
  plannedStartAt: null,
  feedbackClosesAt: null,
  createdAt: 0,
};
export const PHASES = buildPhases(EVENT);

/** A fixed "now" on the server: 2030-01-15 14:00:00 UTC. */
export const T0 = Date.UTC(2030, 0, 15, 14, 0, 0);

const base = { version: 1, rounds: 3, phaseCount: PHASES.length };

export function idleClock(serverNow = T0): ClockSnapshot {
  return { ...base, status: 'idle', phase: null, phaseEndsAt: null, remainingMs: 0, serverNow, startedAt: null };
}

/** A running clock in phase `index`, ending `remainingMs` after `serverNow`. */
export function runningClock(index: number, remainingMs: number, serverNow = T0, version = 1): ClockSnapshot {
  const p = PHASES[index]!;
  return {
    ...base,
    version,
    status: 'running',
    phaseIndex: index,
    phase: { index, kind: p.kind, round: p.round },
    phaseEndsAt: serverNow + remainingMs,
    remainingMs,
    serverNow,
    startedAt: T0 - 3_600_000,
  };
}

export function pausedClock(index: number, remainingMs: number, serverNow = T0): ClockSnapshot {
  const p = PHASES[index]!;
  return {
    ...base,
    status: 'paused',
    phaseIndex: index,
    phase: { index, kind: p.kind, round: p.round },
    phaseEndsAt: null,
    remainingMs,
    serverNow,
    startedAt: T0 - 3_600_000,
  };
}

export function finishedClock(serverNow = T0): ClockSnapshot {
  return {
    ...base,
    version: 9,
    status: 'finished',
    endedAt: serverNow,
    phase: null,
    phaseEndsAt: null,
    remainingMs: 0,
    serverNow,
    startedAt: T0 - 3_600_000,
  };
}

const grace = { mentorId: 'm1', mentorName: 'Grace Hopper', table: 'T1', topics: ['Compilers', 'Navy'] };
const _ada = { mentorId: 'm2', mentorName: 'Ada Lovelace', table: 'T2', topics: ['Maths'] };
const omar = { mentorId: 'm3', mentorName: 'عمر', table: 'T3', topics: ['تصميم'] };

/** Zoë: T1 with Grace Hopper, then a bye, then T3 with عمر. */
export const ZOE_ROUNDS: MyRound[] = [
  { round: 1, ...grace, mentees: [{ id: 'e2', name: '李雷' }] },
  { round: 2, table: null, mentorId: null, mentorName: null, topics: [], mentees: [] },
  { round: 3, ...omar, mentees: [] },
];

/** Zoë's page as the socket pushes it (no `now`/`next`: the phone derives them). */
export function menteeMe(over: Partial<PersonPage> = {}): PersonPage {
  return {
    role: 'mentee',
    person: { id: 'e1', name: 'Zoë', topics: [], questions: ['How did you start?'], attendance: 'present' },
    event: EVENT,
    clock: idleClock(),
    rounds: ZOE_ROUNDS,
    scheduleVersion: 1,
    ...over,
  };
}

/**
 * Grace (T1): Zoë and 李雷 in round 1 (with questions), عمر's mentee Sam in round 2 (with
 * questions), resting in round 3.
 */
export const GRACE_ROUNDS: MyRound[] = [
  {
    round: 1,
    ...grace,
    mentees: [
      { id: 'e1', name: 'Zoë', questions: ['How did you start?'] },
      { id: 'e2', name: '李雷', questions: [] },
    ],
  },
  {
    round: 2,
    ...grace,
    mentees: [{ id: 'e3', name: 'Sam Okafor', questions: ['Which language first?', 'Is a PhD worth it?'] }],
  },
  { round: 3, table: null, mentorId: 'm1', mentorName: 'Grace Hopper', topics: [], mentees: [] },
];

export function mentorMe(over: Partial<PersonPage> = {}): PersonPage {
  return {
    role: 'mentor',
    person: {
      id: 'm1',
      name: 'Grace Hopper',
      table: 'T1',
      topics: ['Compilers'],
      questions: [],
      attendance: 'present',
    },
    event: EVENT,
    clock: idleClock(),
    rounds: GRACE_ROUNDS,
    scheduleVersion: 1,
    ...over,
  };
}

export function projectorView(tablesCount = 3, menteesPerTable = 2): ProjectorView {
  const tables = Array.from({ length: tablesCount }, (_, i) => ({
    mentorId: `m${i + 1}`,
    name: i === 2 ? 'عمر' : `Mentor ${i + 1}`,
    table: `T${i + 1}`,
  }));
  const mentees = Array.from({ length: tablesCount * menteesPerTable + 1 }, (_, i) => ({
    id: `e${i + 1}`,
    name: i === 0 ? 'Zoë' : i === 1 ? '李雷' : `Mentee ${i + 1}`,
  }));
  const round = (r: number) => ({
    round: r,
    tables: tables.map((t, ti) => ({
      mentorId: t.mentorId,
      menteeIds: Array.from(
        { length: menteesPerTable },
        (_, k) => mentees[(ti * menteesPerTable + k + r - 1) % (mentees.length - 1)]!.id,
      ),
    })),
    byes: [mentees[mentees.length - 1]!.id],
  });
  const { id, name, rounds, roundSeconds, changeoverSeconds, breaks } = EVENT;
  return {
    event: { id, name, rounds, roundSeconds, changeoverSeconds, breaks },
    clock: idleClock(),
    tables,
    mentees,
    rounds: [round(1), round(2), round(3)],
    scheduleVersion: 1,
  };
}
