/**
 * Mentors who move (issue 17), on the phones and the projector: the phrases (pure) and the
 * screens that show them. A mentor's phone says where to walk ("Go to T4", "Go to T4 next"); a
 * mentee's says to stay ("Stay at T2 — next: Grace Hopper comes to you"); the projector lists
 * the walks of the coming round ("Grace Hopper → T3") and seats by the table's label.
 */
import { cleanup, render, screen, within } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MyRound, PersonPage, ProjectorView } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { menteePhrases, mentorPhrases } from '../../../client/live/phone-phrases';
import { whereNow } from '../../../client/live/where-now';
import { MenteeScreen } from '../../../client/screens/mentee/mentee-screen';
import { MentorScreen } from '../../../client/screens/mentor/mentor-screen';
import { mentorMovesOf } from '../../../client/screens/projector/mentor-moves';
import { ProjectorScreen } from '../../../client/screens/projector/projector-screen';
import { seatingOf } from '../../../client/screens/projector/seating';
import { EVENT, T0, idleClock, menteeMe, mentorMe, runningClock } from '../support/fixtures';

const MOVING = { ...EVENT, moving: 'mentors' as const };
const grace = { mentorId: 'm1', mentorName: 'Grace Hopper', topics: [] };
const ada = { mentorId: 'm2', mentorName: 'Ada Lovelace', topics: [] };

/** Zoë stays at T2: Grace in round 1, nobody in round 2, Ada in round 3. */
const ZOE: MyRound[] = [
  { round: 1, table: 'T2', ...grace, mentees: [{ id: 'e2', name: 'Sam' }] },
  { round: 2, table: null, mentorId: null, mentorName: null, topics: [], mentees: [] },
  { round: 3, table: 'T2', ...ada, mentees: [{ id: 'e2', name: 'Sam' }] },
];
/** Grace walks: T2, then T4, then rests. */
const GRACE: MyRound[] = [
  {
    round: 1,
    table: 'T2',
    ...grace,
    mentees: [
      { id: 'e1', name: 'Zoë' },
      { id: 'e2', name: 'Sam' },
    ],
  },
  { round: 2, table: 'T4', ...grace, mentees: [{ id: 'e5', name: 'Lin' }] },
  { round: 3, table: null, ...grace, mentees: [] },
];

/** The screens' question saving is not what these tests look at. */
const noSave = async () => ({ ok: true as const, data: { questions: [] } });
const words = (clock: ClockSnapshot, rounds: MyRound[]) => ({ where: whereNow(rounds, clock), rounds: 3 });

describe('the phrases when mentors move', () => {
  it('a mentee is told to stay, and who comes to them', () => {
    const c = menteePhrases({ ...words(runningClock(2, 60_000), ZOE), mentorsMove: true, seat: 'T2' });
    // Changeover before round 2: nobody comes to T2; before round 3 Ada does.
    expect(c.label).toBe('Round 2 of 3 — no mentor at T2');
    expect(c.detail).toBe('Stay at T2: in round 3, Ada Lovelace comes to you.');
    const next = menteePhrases({ ...words(runningClock(3, 60_000), ZOE), mentorsMove: true, seat: 'T2' });
    expect(next.label).toBe('Stay at T2 — next: Ada Lovelace comes to you');
    const talking = menteePhrases({ ...words(runningClock(0, 60_000), ZOE), mentorsMove: true, seat: 'T2' });
    expect(talking.lead).toBe('Stay at your table');
    expect(talking.next).toBe('Round 2: no mentor comes to your table');
  });

  it('a mentor is told where to walk: "Go to T4" in the changeover, "Go to T4 next" while talking', () => {
    const talking = mentorPhrases({ ...words(runningClock(0, 60_000), GRACE), mentorsMove: true });
    expect(talking.label).toBe('Round 1 of 3 — talk at T2');
    expect(talking.caption).toBe('Go to T4 next');
    const moving = mentorPhrases({ ...words(runningClock(1, 60_000), GRACE), mentorsMove: true });
    expect(moving.label).toBe('Go to T4 — round 2 of 3 starts in');
    expect(moving.nowHeading).toBe('Waiting at T4 (round 2)');
    expect(moving.nextGroup?.heading).toBe('Then you rest (round 3)');
    const resting = mentorPhrases({ ...words(runningClock(3, 60_000), GRACE), mentorsMove: true });
    expect(resting.label).toBe('You rest — round 3 of 3 starts in');
  });

  it('without the setting the words are today’s', () => {
    const c = mentorPhrases({ ...words(runningClock(1, 60_000), GRACE), table: 'T1' });
    expect(c.label).toBe('Stay at T1 — round 2 of 3 starts in');
  });
});

describe('the phone screens when mentors move', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);
  const show = (el: () => unknown) => render(el as never);

  it('the mentor screen says where to go next and lists the tables by round', () => {
    const me: PersonPage = mentorMe({ event: MOVING, rounds: GRACE });
    delete (me.person as { table?: string }).table;
    const [clock] = createSignal(runningClock(0, 5 * 60_000));
    show(() => <MentorScreen me={me} clock={clock()} serverNow={() => T0} />);
    expect(screen.getByText('Go to T4 next')).toBeInTheDocument();
    expect(within(screen.getByTestId('now-group')).getByRole('heading', { level: 2 })).toHaveTextContent('At T2 now');
    expect(screen.getAllByTestId('visit-table').map((e) => e.textContent)).toEqual(['T2', 'T4']);
    expect(screen.getByTestId('schedule')).toHaveTextContent('You rest');
  });

  it('the mentee screen says stay, with the table for the whole event', () => {
    const me: PersonPage = menteeMe({
      event: MOVING,
      rounds: ZOE,
      person: { ...menteeMe().person, table: 'T2' },
    });
    const [clock] = createSignal(runningClock(3, 60_000));
    show(() => <MenteeScreen me={me} clock={clock()} serverNow={() => T0} saveQuestions={noSave} />);
    expect(screen.getByText('Stay at T2 — next: Ada Lovelace comes to you')).toBeInTheDocument();
    expect(screen.getByTestId('my-table')).toHaveTextContent('T2');
    expect(screen.getByTestId('schedule')).toHaveTextContent('No mentor comes');
  });
});

describe('the projector when mentors move', () => {
  afterEach(cleanup);
  const view: ProjectorView = {
    event: {
      id: 'ev1',
      name: 'Night',
      rounds: 3,
      roundSeconds: 600,
      changeoverSeconds: 120,
      breaks: [],
      moving: 'mentors',
    },
    clock: idleClock(),
    tables: [
      { mentorId: 'm1', name: 'Grace Hopper', table: 'T1' },
      { mentorId: 'm2', name: 'Ada Lovelace', table: 'T2' },
      { mentorId: 'm3', name: 'Alan Kay', table: 'T3' },
    ],
    mentees: [
      { id: 'e1', name: 'Zoë' },
      { id: 'e2', name: 'Sam' },
    ],
    rounds: [1, 2, 3].map((round) => ({
      round,
      tables: [
        { mentorId: 'm1', table: round === 2 ? 'T10' : 'T2', menteeIds: [round === 2 ? 'e2' : 'e1'] },
        { mentorId: 'm2', table: round === 2 ? 'T2' : 'T10', menteeIds: [round === 2 ? 'e1' : 'e2'] },
        { mentorId: 'm3', menteeIds: [] },
      ],
      byes: [],
    })),
    scheduleVersion: 1,
  };

  it('lists the walks of a round in table order, resting mentors last; seats by the table label', () => {
    expect(mentorMovesOf(view, 2)).toEqual([
      { name: 'Ada Lovelace', table: 'T2' },
      { name: 'Grace Hopper', table: 'T10' },
      { name: 'Alan Kay', table: null },
    ]);
    expect(seatingOf(view, 2).rows.map((r) => `${r.table} ${r.mentorName}`)).toEqual([
      'T2 Ada Lovelace',
      'T10 Grace Hopper',
    ]);
  });

  it('says "Mentors move: Grace Hopper → T10" in the changeover', () => {
    render(() => <ProjectorScreen view={view} clock={runningClock(1, 60_000)} serverNow={() => T0} />);
    const moves = screen.getByTestId('mentor-moves');
    expect(moves).toHaveTextContent('Mentors move:');
    expect(moves).toHaveTextContent('Grace Hopper → T10');
    expect(moves).toHaveTextContent('Alan Kay rests');
    expect(screen.getByTestId('phase-label')).toHaveTextContent('Round 2 of 3 — mentors move, mentees stay');
  });
});
