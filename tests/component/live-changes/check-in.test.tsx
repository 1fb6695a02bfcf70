import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OrganizerView } from '../../../shared/protocol/views';
import type { Attendance } from '../../../shared/schemas/people';
import { CheckInPanel } from '../../../client/screens/organizer/check-in/check-in-panel';
import {
  attendanceCounts,
  filterRows,
  otherActions,
  searchKey,
  type CheckInRow,
} from '../../../client/screens/organizer/check-in/check-in-list';
import type { LiveChangesApi } from '../../../client/screens/organizer/replan/live-changes-api';
import { ApiError } from '../../../client/live/api';
import { CheckInCard } from '../../../client/ui/check-in-card';
import { MenteeScreen } from '../../../client/screens/mentee/mentee-screen';
import { viewFixture } from '../organizer/fixtures';
import { T0, idleClock, menteeMe, runningClock } from '../support/fixtures';

afterEach(() => cleanup());

const rows: CheckInRow[] = [
  { id: 'm1', name: 'Grace Hopper', role: 'mentor', table: 'T1', attendance: 'present' },
  { id: 'e1', name: 'Zoë Martin', role: 'mentee', attendance: 'expected' },
  { id: 'e2', name: 'José Álvarez', role: 'mentee', attendance: 'absent' },
  { id: 'e3', name: '李雷', role: 'mentee', attendance: 'left' },
];

describe('check-in list (pure)', () => {
  it('finds people by any part of the name, ignoring case and accents, or by table', () => {
    expect(searchKey('  ZOË ')).toBe('zoe');
    expect(filterRows(rows, 'zoe').map((r) => r.id)).toEqual(['e1']);
    expect(filterRows(rows, 'jose alv').map((r) => r.id)).toEqual(['e2']);
    expect(filterRows(rows, 't1').map((r) => r.id)).toEqual(['m1']);
    expect(filterRows(rows, '李').map((r) => r.id)).toEqual(['e3']);
    expect(filterRows(rows, '')).toHaveLength(4);
    expect(filterRows(rows, 'nobody')).toEqual([]);
  });

  it('counts and offers the statuses that make sense', () => {
    expect(attendanceCounts(rows)).toEqual({ expected: 1, present: 1, absent: 1, left: 1 });
    expect(otherActions('expected', false).map((a) => a.status)).toEqual(['absent']);
    expect(otherActions('expected', true).map((a) => a.status)).toEqual(['absent', 'left']);
    expect(otherActions('present', false).map((a) => a.status)).toEqual(['expected', 'absent']);
    expect(otherActions('present', true).map((a) => a.status)).toEqual(['expected', 'left']);
    expect(otherActions('absent', true).map((a) => a.status)).toEqual(['expected']);
    expect(otherActions('left', true).map((a) => a.status)).toEqual(['present']);
  });
});

describe('CheckInPanel', () => {
  /** The panel on a view the test pushes (`push`), as the server does after every change. */
  function setup(view0: OrganizerView = viewFixture(), status: Attendance[] = []) {
    const [view, push] = createSignal(view0);
    const personOf = (id: string) => [...view().mentors, ...view().mentees].find((p) => p.id === id)!;
    const api = {
      setStatus: vi.fn(async (id: string, s: Attendance) => ({
        person: { ...personOf(id), attendance: s },
        pending: status.length
          ? [{ personId: id, name: 'x', role: 'mentee' as const, attendance: s, change: 'unseat' as const }]
          : [],
      })),
      preview: vi.fn(),
      apply: vi.fn(),
    } satisfies LiveChangesApi;
    const [clock] = createSignal(view0.clock);
    render(() => <CheckInPanel view={view()} clock={clock} api={api} />);
    return { api, view, push };
  }

  it('searches by name; tapping a name marks them here, and the list follows the pushed view', async () => {
    const { api, view, push } = setup();
    expect(screen.getByTestId('check-in-counts')).toHaveTextContent('0 of 5 here · 5 expected · 0 not coming');
    fireEvent.input(screen.getByLabelText('Find a person to check in'), { target: { value: 'zoe' } });
    const list = screen.getByTestId('check-in-list');
    expect(list.querySelectorAll('li')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: /^Zoë/ }));
    await waitFor(() => expect(api.setStatus).toHaveBeenCalledWith('e1', 'present'));
    expect(await screen.findByText('Zoë: here.')).toBeInTheDocument();
    // No second copy from the answer: the count moves when the server's push arrives.
    expect(screen.getByTestId('check-in-counts')).toHaveTextContent('0 of 5 here');
    push({
      ...view(),
      mentees: view().mentees.map((m) => (m.id === 'e1' ? { ...m, attendance: 'present' as const } : m)),
    });
    expect(screen.getByTestId('check-in-counts')).toHaveTextContent('1 of 5 here · 4 expected');
    expect(screen.getByRole('button', { name: /^Zoë/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('marks a no-show, says the seating waits for review, and shows errors', async () => {
    const view = viewFixture();
    const { api } = setup(view, ['absent']);
    fireEvent.click(screen.getByRole('button', { name: 'Not coming: Ana' }));
    await waitFor(() => expect(api.setStatus).toHaveBeenCalledWith('e3', 'absent'));
    expect(
      await screen.findByText('Ana: not coming. Review the changes above to update the seating.'),
    ).toBeInTheDocument();
    api.setStatus.mockRejectedValueOnce(
      new ApiError(409, 'conflict', 'the event has ended; attendance can no longer change'),
    );
    fireEvent.click(screen.getByRole('button', { name: /^Grace Hopper/ }));
    expect(
      await screen.findByText('Grace Hopper: the event has ended; attendance can no longer change'),
    ).toBeInTheDocument();
  });

  it('after the start offers "Left" for someone here', () => {
    const view = viewFixture({
      clock: {
        status: 'running',
        phaseIndex: 0,
        phase: { index: 0, kind: 'meeting', round: 1 },
        phaseEndsAt: 1e12,
        remainingMs: 1000,
        serverNow: 0,
        version: 1,
        rounds: 2,
        phaseCount: 3,
        startedAt: 0,
      },
      mentors: viewFixture().mentors.map((m) => ({ ...m, attendance: 'present' as const })),
    });
    setup(view);
    expect(screen.getByRole('button', { name: 'Left: Grace Hopper' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Not coming: Zoë' })).toBeInTheDocument();
    // A check-in tapped by mistake can still be taken back once started.
    expect(screen.getByRole('button', { name: 'Not here yet: Grace Hopper' })).toBeInTheDocument();
  });
});

describe('checking oneself in', () => {
  it('before the start offers "I’m here", says why it failed, and shows the checked-in state', async () => {
    const checkIn = vi.fn(async () => ({ ok: false as const, message: 'No connection to the server.' }));
    const [attendance, setAttendance] = createSignal<Attendance>('expected');
    render(() => <CheckInCard attendance={attendance()} status="idle" checkIn={checkIn} />);
    fireEvent.click(screen.getByRole('button', { name: 'I’m here — check me in' }));
    expect(await screen.findByText('No connection to the server.')).toBeInTheDocument();
    expect(checkIn).toHaveBeenCalledTimes(1);
    setAttendance('present');
    expect(screen.getByTestId('checked-in')).toHaveTextContent('You are checked in');
  });

  it('the mentee page shows it before the start; later, one marked absent is told so instead of a table', async () => {
    const checkIn = vi.fn(async () => ({ ok: true as const }));
    const [me, setMe] = createSignal(menteeMe({ person: { ...menteeMe().person, attendance: 'expected' } }));
    const [clock, setClock] = createSignal(idleClock());
    render(() => (
      <MenteeScreen
        me={me()}
        clock={clock()}
        serverNow={() => T0}
        saveQuestions={async (questions) => ({ ok: true, data: { questions } })}
        checkIn={checkIn}
      />
    ));
    fireEvent.click(screen.getByRole('button', { name: 'I’m here — check me in' }));
    await waitFor(() => expect(checkIn).toHaveBeenCalled());
    setMe(menteeMe({ person: { ...menteeMe().person, attendance: 'absent' } }));
    setClock(runningClock(0, 60_000));
    expect(screen.getByTestId('notice-away')).toHaveTextContent('You are marked as not here');
    expect(screen.getByTestId('notice-away')).toHaveTextContent('If you are here after all, tell the organizer');
    expect(screen.queryByTestId('check-in')).toBeNull();
    expect(screen.queryByTestId('my-table')).toBeNull();
  });
});
