import { cleanup, render, screen, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { Schedule } from '../../../shared/schemas/schedule';
import { planIsStale, planMatrix, withCurrentNames } from '../../../client/screens/organizer/plan/plan-matrix';
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
    expect(planMatrix(schedule)).toEqual({
      rounds: [1, 2],
      rows: [
        { kind: 'table', key: 'm1', label: 'T1', mentor: 'Grace', cells: [['Zoë'], ['Ana']] },
        { kind: 'table', key: 'm2', label: 'T2', mentor: '李雷', cells: [['عمر'], []] },
        { kind: 'byes', key: 'byes', label: 'Sitting out', mentor: '', cells: [['Ana'], ['Zoë', 'عمر']] },
      ],
    });
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
