import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OrganizerView } from '../../../shared/protocol/views';
import type { Attendance } from '../../../shared/schemas/people';
import { CheckInPanel } from '../../../client/screens/organizer/check-in/check-in-panel';
import { filterRows, searchKey, type CheckInRow } from '../../../client/screens/organizer/check-in/check-in-list';
import type { LiveChangesApi } from '../../../client/screens/organizer/replan/live-changes-api';
import { viewFixture } from './fixtures';

afterEach(() => cleanup());

describe('the check-in search', () => {
  const rows: CheckInRow[] = [
    { id: 'a', name: "Siobhán O'Brien", role: 'mentee', attendance: 'expected' },
    { id: 'b', name: 'Jean-Luc Picard', role: 'mentor', table: 'T-4', attendance: 'expected' },
    { id: 'c', name: 'J. R. R. Tolkien', role: 'mentee', attendance: 'expected' },
    { id: 'd', name: 'Anne O’Neill', role: 'mentee', attendance: 'expected' },
    { id: 'e', name: 'Eva van der Meer', role: 'mentee', attendance: 'expected' },
  ];
  it.each([
    ['obrien', ['a']],
    ["o'brien", ['a']],
    ['siobhan obrien', ['a']],
    ['jeanluc', ['b']],
    ['jean-luc', ['b']],
    ['jean luc', ['b']],
    ['t4', ['b']],
    ['jrr', ['c']],
    ['oneill', ['d']],
    ["O'NEILL", ['d']],
    ['n', ['a', 'b', 'c', 'd', 'e']],
    ['vandermeer', ['e']],
    ['obrian', []],
  ])('%s finds %j', (query, ids) => expect(filterRows(rows, query).map((r) => r.id)).toEqual(ids));

  it('drops accents and punctuation but keeps letters of every script', () => {
    expect(searchKey(" D'Ártagnan-Zoë. ")).toBe('dartagnanzoe');
    expect(searchKey('李雷')).toBe('李雷');
    expect(searchKey('عمر')).toBe('عمر');
  });
});

describe('CheckInPanel: undoing a tap', () => {
  /** The panel on a view that follows every accepted status, as the server's push would. */
  function setup(view0: OrganizerView = viewFixture()) {
    const [view, push] = createSignal(view0);
    const setStatus = vi.fn(async (id: string, s: Attendance) => {
      await Promise.resolve();
      const change = <P extends { id: string; attendance: Attendance }>(ps: P[]) =>
        ps.map((p) => (p.id === id ? { ...p, attendance: s } : p));
      push({ ...view(), mentors: change(view().mentors), mentees: change(view().mentees) });
      const person = [...view().mentors, ...view().mentees].find((p) => p.id === id)!;
      return { person, pending: [] };
    });
    const api = { setStatus, preview: vi.fn(), apply: vi.fn() } satisfies LiveChangesApi;
    render(() => <CheckInPanel view={view()} clock={() => view().clock} api={api} />);
    return { setStatus, view };
  }
  const stateOf = (id: string) => screen.getByTestId(`check-in-${id}`).querySelector('.check-in-state')!;

  it('a check-in tapped by mistake goes back to "expected" from the message', async () => {
    const { setStatus } = setup();
    fireEvent.click(screen.getByRole('button', { name: /^Zoë/ }));
    await screen.findByText('Zoë: here.', { exact: false });
    expect(stateOf('e1')).toHaveTextContent('Here');
    fireEvent.click(screen.getByRole('button', { name: 'Undo: Zoë back to expected' }));
    await waitFor(() => expect(setStatus).toHaveBeenLastCalledWith('e1', 'expected'));
    await screen.findByText('Zoë: back to expected.');
    expect(stateOf('e1')).toHaveTextContent('Expected');
    // An undo is not itself undone.
    expect(screen.queryByRole('button', { name: /^Undo:/ })).toBeNull();
  });

  it('"not coming" is taken back from the message, or later from the row', async () => {
    const { setStatus } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Not coming: Ana' }));
    await screen.findByText('Ana: not coming.', { exact: false });
    fireEvent.click(screen.getByRole('button', { name: 'Undo: Ana back to expected' }));
    await screen.findByText('Ana: back to expected.');
    fireEvent.click(screen.getByRole('button', { name: 'Not coming: Ana' }));
    await waitFor(() => expect(stateOf('e3')).toHaveTextContent('Not coming'));
    // Another tap replaces the message: the row still offers the way back.
    fireEvent.click(screen.getByRole('button', { name: /^Zoë/ }));
    await screen.findByText('Zoë: here.', { exact: false });
    fireEvent.click(screen.getByRole('button', { name: 'Coming after all: Ana' }));
    await waitFor(() => expect(setStatus).toHaveBeenLastCalledWith('e3', 'expected'));
    await waitFor(() => expect(stateOf('e3')).toHaveTextContent('Expected'));
  });

  it('after the start: here → not here yet, and someone who left is back in the room', async () => {
    const running = {
      status: 'running' as const,
      phaseIndex: 0,
      phase: { index: 0, kind: 'meeting' as const, round: 1 },
      phaseEndsAt: 1e12,
      remainingMs: 1000,
      serverNow: 0,
      version: 1,
      rounds: 2,
      phaseCount: 3,
      startedAt: 0,
    };
    const view = viewFixture({
      clock: running,
      mentees: viewFixture().mentees.map((m) => ({ ...m, attendance: m.id === 'e2' ? 'left' : 'present' })),
    });
    const { setStatus } = setup(view);
    fireEvent.click(screen.getByRole('button', { name: 'Not here yet: Zoë' }));
    await waitFor(() => expect(setStatus).toHaveBeenLastCalledWith('e1', 'expected'));
    fireEvent.click(screen.getByRole('button', { name: 'Back in the room: عمر' }));
    await waitFor(() => expect(setStatus).toHaveBeenLastCalledWith('e2', 'present'));
    await waitFor(() => expect(stateOf('e2')).toHaveTextContent('Here'));
  });
});
