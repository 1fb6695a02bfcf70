import { cleanup, render, screen, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import type { Schedule } from '../../../shared/schemas/schedule';
import { PersonMatrix } from '../../../client/screens/organizer/plan/person-matrix';
import {
  personMatrix,
  planIsStale,
  planMatrix,
  wishesOf,
  withCurrentNames,
} from '../../../client/screens/organizer/plan/plan-matrix';
import { roundHeads } from '../../../client/screens/organizer/plan/round-heads';
import { RotationMatrix } from '../../../client/screens/organizer/plan/rotation-matrix';
import { roundToShow, seatingNow } from '../../../client/screens/organizer/run/seating-now';

afterEach(cleanup);

const schedule: Schedule = {
  mentors: [
    { id: 'm1', name: 'Grace', table: 'T1' },
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
        { mentorId: 'm2', menteeIds: ['e2'] },
      ],
      byes: ['e3'],
    },
    {
      round: 2,
      tables: [
        { mentorId: 'm1', menteeIds: ['e3'] },
        { mentorId: 'm2', menteeIds: [] },
      ],
      byes: ['e1', 'e2'],
    },
  ],
};
const people = {
  mentors: [
    { id: 'm1', name: 'Grace Hopper', table: 'T1' },
    { id: 'm2', name: '李雷', table: 'T9' },
  ],
  mentees: [
    { id: 'e1', name: 'Zoë' },
    { id: 'e2', name: 'عمر' },
    { id: 'e3', name: 'Ana' },
  ],
};

describe('planMatrix', () => {
  it('lays out tables × rounds with a byes row last', () => {
    const m = planMatrix(schedule);
    expect(m.rounds).toEqual([1, 2]);
    expect(m.rows.map(({ seats: _, ...r }) => r)).toEqual([
      { kind: 'table', key: 'm1', label: 'T1', mentor: 'Grace', cells: [['Zoë'], ['Ana']] },
      { kind: 'table', key: 'm2', label: 'T2', mentor: '李雷', cells: [['عمر'], []] },
      { kind: 'byes', key: 'byes', label: 'Sitting out', mentor: '', cells: [['Ana'], ['Zoë', 'عمر']] },
    ]);
  });

  it('marks the meetings a mentee wished for (not a bye)', () => {
    // Zoë wished for Grace (m1) and meets her in round 1; Ana wished for 李雷 and never meets him.
    const wishes = wishesOf({
      mentees: [
        { id: 'e1', wishes: ['m1'] },
        { id: 'e3', wishes: ['m2'] },
      ],
    });
    const m = planMatrix(schedule, wishes);
    expect(m.rows[0]!.seats).toEqual([
      [{ id: 'e1', name: 'Zoë', wished: true }],
      [{ id: 'e3', name: 'Ana', wished: false }],
    ]);
    expect(m.rows[2]!.seats.flat().every((n) => !n.wished)).toBe(true);
  });

  it('per person: each mentee’s table and mentor round by round, byes, and rounds they were not there', () => {
    const late = { ...schedule, mentees: [...schedule.mentees, { id: 'e4', name: 'Late' }] };
    late.rounds = [schedule.rounds[0]!, { ...schedule.rounds[1]!, byes: [...schedule.rounds[1]!.byes, 'e4'] }];
    const p = personMatrix(late, wishesOf({ mentees: [{ id: 'e1', wishes: ['m1'] }] }));
    expect(p.rounds).toEqual([1, 2]);
    expect(p.rows.map((r) => [r.name, r.cells])).toEqual([
      ['Zoë', [{ kind: 'table', table: 'T1', mentor: 'Grace', wished: true }, { kind: 'bye' }]],
      ['عمر', [{ kind: 'table', table: 'T2', mentor: '李雷', wished: false }, { kind: 'bye' }]],
      ['Ana', [{ kind: 'bye' }, { kind: 'table', table: 'T1', mentor: 'Grace', wished: false }]],
      ['Late', [{ kind: 'away' }, { kind: 'bye' }]],
    ]);
  });

  it('has no byes row when nobody sits out', () => {
    const full = { ...schedule, rounds: schedule.rounds.map((r) => ({ ...r, byes: [] })) };
    expect(planMatrix(full).rows.map((r) => r.kind)).toEqual(['table', 'table']);
  });

  it('uses current names and tables', () => {
    const m = planMatrix(withCurrentNames(schedule, people));
    expect(m.rows[0]).toMatchObject({ mentor: 'Grace Hopper', label: 'T1' });
    expect(m.rows[1]).toMatchObject({ label: 'T9' });
  });

  it('notices when people were added or removed since planning', () => {
    expect(planIsStale(schedule, people)).toBe(false);
    expect(planIsStale(schedule, { ...people, mentees: people.mentees.slice(1) })).toBe(true);
    expect(planIsStale(schedule, { ...people, mentees: [...people.mentees.slice(1), { id: 'e4', name: 'New' }] })).toBe(
      true,
    );
  });
});

describe('RotationMatrix', () => {
  it('renders names in cells, resting tables and the byes row', () => {
    render(() => <RotationMatrix matrix={planMatrix(schedule)} currentRound={2} />);
    const table = screen.getByRole('table', { name: 'Who sits at which table in each round' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Table', 'Round 1', 'Round 2']);
    const byes = screen.getByTestId('byes-row');
    expect(within(byes).getByRole('rowheader')).toHaveTextContent('Sitting out');
    expect(
      within(byes)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Ana', 'Zoëعمر']);
    const t2 = screen.getByRole('row', { name: /T2 李雷/ });
    expect(within(t2).getAllByRole('cell')[1]).toHaveTextContent('rests');
    expect(screen.getByRole('columnheader', { name: 'Round 2' })).toHaveAttribute('aria-current', 'true');
  });
});

/** A clock snapshot: idle, or running in phase `phaseIndex` until `endsAt`. */
function clockAt(status: 'idle' | 'running', phaseIndex = 0, endsAt = 0): ClockSnapshot {
  const told = { serverNow: 0, rounds: 3, phaseCount: 5, remainingMs: 0, version: 1 };
  if (status === 'idle') return { ...told, status, phase: null, phaseEndsAt: null, startedAt: null };
  return {
    ...told,
    status,
    phaseIndex,
    phase: {
      index: phaseIndex,
      kind: phaseIndex % 2 ? 'changeover' : 'meeting',
      round: Math.floor(phaseIndex / 2) + 1,
    },
    phaseEndsAt: endsAt,
    startedAt: 0,
  };
}

describe('roundHeads', () => {
  // 3 rounds of 20 minutes, changeovers of 4, a 15-minute break after round 2.
  const event = {
    rounds: 3,
    roundSeconds: 1200,
    changeoverSeconds: 240,
    breaks: [{ afterRound: 2, seconds: 900 }],
    plannedStartAt: null as number | null,
  };
  const hhmm = (ms: number) => `${Math.floor(ms / 60_000)}min`;

  it('before the start with no start time: time from the start', () => {
    const h = roundHeads(event, clockAt('idle'), hhmm);
    expect(h.rounds.map((r) => r.time)).toEqual(['start', '+24 min', '+59 min']);
    expect(h.breaks).toEqual([{ afterRound: 2, minutes: 15, time: '+44 min' }]);
    expect(h.basis).toBe('offset');
  });

  it('from the planned start, then from the running clock (a round under way shows none)', () => {
    const planned = roundHeads({ ...event, plannedStartAt: 60 * 60_000 }, clockAt('idle'), hhmm);
    expect(planned.rounds.map((r) => r.time)).toEqual(['60min', '84min', '119min']);
    expect(planned.basis).toBe('planned');
    // Meeting 2 (phase 2) ends at minute 50: the break from 50, round 3 from 65.
    const running = roundHeads(event, clockAt('running', 2, 50 * 60_000), hhmm);
    expect(running.rounds.map((r) => [r.time, r.begun])).toEqual([
      [null, true],
      [null, true],
      ['65min', false],
    ]);
    expect(running.breaks[0]!.time).toBe('50min');
    expect(running.basis).toBe('clock');
  });
});

describe('the matrix with times, breaks and wishes', () => {
  const heads = roundHeads(
    {
      rounds: 2,
      roundSeconds: 600,
      changeoverSeconds: 60,
      breaks: [{ afterRound: 1, seconds: 600 }],
      plannedStartAt: null,
    },
    clockAt('idle'),
  );
  const wishes = wishesOf({ mentees: [{ id: 'e1', wishes: ['m1'] }] });

  it('by table: each round with its time, the break as a column, a wished meeting starred', () => {
    render(() => <RotationMatrix matrix={planMatrix(schedule, wishes)} heads={heads} />);
    const table = screen.getByRole('table', { name: 'Who sits at which table in each round' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Table', 'Round 1start', 'Break10 min · +10 min', 'Round 2+20 min']);
    const t1 = screen.getByRole('row', { name: /T1 Grace/ });
    expect(
      within(t1)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Zoë ★ (wished for)', '', 'Ana']);
  });

  it('by person: a mentee’s row across the rounds', () => {
    render(() => <PersonMatrix matrix={personMatrix(schedule, wishes)} heads={heads} />);
    const zoe = screen.getByRole('row', { name: /^Zoë/ });
    expect(
      within(zoe)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['T1 Grace ★ (wished for)', '', 'sits out']);
    expect(within(zoe).getByText('Grace').tagName).toBe('BDI');
  });
});

describe('seatingNow', () => {
  const clock = (status: 'idle' | 'running' | 'finished', kind: 'meeting' | 'changeover' = 'meeting', round = 1) => ({
    status,
    phase: status === 'running' ? { index: 0, kind, round } : null,
  });

  it('shows the current round during a meeting and the coming one otherwise', () => {
    expect(roundToShow(clock('idle'))).toEqual({ round: 1, when: 'next' });
    expect(roundToShow(clock('running', 'meeting', 1))).toEqual({ round: 1, when: 'now' });
    expect(roundToShow(clock('running', 'changeover', 2))).toEqual({ round: 2, when: 'next' });
    expect(roundToShow(clock('finished'))).toBeNull();
  });

  it('names who sits where', () => {
    const s = seatingNow(clock('running', 'changeover', 2), schedule, people)!;
    expect(s.heading).toBe('Coming up: round 2');
    expect(s.tables).toEqual([
      { mentorId: 'm1', table: 'T1', mentor: 'Grace Hopper', mentees: [{ id: 'e3', name: 'Ana' }] },
      { mentorId: 'm2', table: 'T9', mentor: '李雷', mentees: [] },
    ]);
    expect(s.byes.map((b) => b.name)).toEqual(['Zoë', 'عمر']);
    expect(seatingNow(clock('running'), null, people)).toBeNull();
  });
});
