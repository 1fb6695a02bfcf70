/**
 * The console's Run and Check-in tabs in another language (issue 19): the clock's phase and
 * buttons, the questions before an end or a reset, the messages after a press, where everyone
 * is, the links, and the check-in list with its counts and its messages. The console still
 * shows English (nothing switches it yet); these catch a key that falls back to English.
 */
import { cleanup, fireEvent, render, screen, within } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OrganizerView } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import type { Attendance } from '../../../shared/schemas/people';
import type { Schedule } from '../../../shared/schemas/schedule';
import { showLanguage } from '../../../client/i18n/current-language';
import { CheckInPanel } from '../../../client/screens/organizer/check-in/check-in-panel';
import type { LiveChangesApi } from '../../../client/screens/organizer/replan/live-changes-api';
import { RunPanel } from '../../../client/screens/organizer/run/run-panel';
import { meeting2Clock, viewFixture } from './fixtures';

afterEach(async () => {
  cleanup();
  await showLanguage('en');
});

const schedule: Schedule = {
  mentors: [
    { id: 'm1', name: 'Grace Hopper', table: 'T1' },
    { id: 'm2', name: '李雷', table: 'T2' },
  ],
  mentees: [
    { id: 'e1', name: 'Zoë' },
    { id: 'e2', name: 'عمر' },
    { id: 'e3', name: 'Ana' },
  ],
  rounds: [1, 2, 3].map((round) => ({
    round,
    tables: [
      { mentorId: 'm1', menteeIds: ['e1'] },
      { mentorId: 'm2', menteeIds: [] },
    ],
    byes: ['e2', 'e3'],
  })),
};

/** The Run tab in round 2 of 3; the fake server accepts every command with the clock `answer` gives. */
function run(clock: ClockSnapshot, answer: (c: ClockSnapshot) => ClockSnapshot = (c) => c) {
  const [now, setNow] = createSignal(clock);
  const send = vi.fn(async () => {
    const next = answer(now());
    setNow(next);
    return { ok: true as const, data: next };
  });
  const view = viewFixture({ schedule, clock, event: { ...viewFixture().event, rounds: 3 } });
  render(() => <RunPanel view={view} clock={now} serverNow={() => 40_000} send={send} active={() => true} />);
  return send;
}

/** The Check-in tab before the start; every status is accepted, and waits for a review when `waiting`. */
function checkIn(waiting: boolean) {
  const [view, push] = createSignal<OrganizerView>(viewFixture());
  const setStatus = vi.fn(async (id: string, s: Attendance) => {
    const change = <P extends { id: string; attendance: Attendance }>(ps: P[]) =>
      ps.map((p) => (p.id === id ? { ...p, attendance: s } : p));
    push({ ...view(), mentors: change(view().mentors), mentees: change(view().mentees) });
    const person = [...view().mentors, ...view().mentees].find((p) => p.id === id)!;
    return { person, pending: waiting ? [{ personId: id }] : [] } as Awaited<ReturnType<LiveChangesApi['setStatus']>>;
  });
  const api = { setStatus, preview: vi.fn(), apply: vi.fn() } satisfies LiveChangesApi;
  render(() => <CheckInPanel view={view()} clock={() => view().clock} api={api} />);
}

describe('the Run tab, translated', () => {
  it('German: the phase, what comes next, the buttons, the seating and the links', async () => {
    await showLanguage('de');
    run(meeting2Clock());
    expect(screen.getByTestId('run-phase')).toHaveTextContent('Runde 2 von 3 · Gespräch');
    expect(screen.getByTestId('run-next')).toHaveTextContent('Danach: Runde 3 von 3 · Wechsel');
    const controls = screen.getByRole('group', { name: 'Steuerung der Uhr' });
    expect(within(controls).getByRole('button', { name: /Anhalten/ })).toBeEnabled();
    expect(within(controls).getByRole('button', { name: /Überspringen/ })).toBeEnabled();
    expect(within(controls).getByRole('button', { name: 'Beenden…' })).toBeEnabled();
    expect(screen.getByRole('heading', { name: 'Jetzt: Runde 2' })).toBeInTheDocument();
    expect(screen.getByTestId('seating-now')).toHaveTextContent('T1 Grace Hopper mit Zoë');
    expect(screen.getByTestId('seating-now')).toHaveTextContent('niemand (Tisch pausiert)');
    expect(screen.getByText('Setzen aus:')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Persönliche Links' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Die Seite von Zoë öffnen' })).toHaveTextContent('Öffnen');
    expect(screen.getByRole('button', { name: 'QR-Code von Projektor' })).toBeInTheDocument();
  });

  it('German: End asks first, and what the press did is said, with its undo', async () => {
    await showLanguage('de');
    run(
      meeting2Clock(),
      (c) => ({ ...c, status: 'paused', phaseEndsAt: null, version: c.version + 1 }) as ClockSnapshot,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Beenden…' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('Die Veranstaltung jetzt beenden?');
    expect(dialog).toHaveTextContent('Die Uhr hält für alle an. Jetzt: Runde 2 von 3 · Gespräch.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Weitermachen' }));
    fireEvent.click(screen.getByRole('button', { name: /Anhalten/ }));
    expect(await screen.findByText('Angehalten.')).toBeInTheDocument();
    expect(screen.getByTestId('run-phase')).toHaveTextContent('Runde 2 von 3 · Gespräch · angehalten');
    expect(screen.getByRole('button', { name: /Fortsetzen/ })).toBeEnabled();
  });

  it('Simplified Chinese: before the start, the rounds planned and the reset question', async () => {
    await showLanguage('zh-Hans');
    run({ ...meeting2Clock(), status: 'idle', phase: null, phaseEndsAt: null, startedAt: null } as ClockSnapshot);
    expect(screen.getByTestId('run-phase')).toHaveTextContent('尚未开始');
    expect(screen.getByTestId('run-next')).toHaveTextContent('已安排 3 轮');
    expect(screen.getByRole('button', { name: '开始' })).toBeEnabled();
    expect(screen.getByRole('heading', { name: '即将开始：第 1 轮' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '个人链接' })).toBeInTheDocument();
  });
});

describe('the Check-in tab, translated', () => {
  it('German: the counts, the hint, a tap, its message and its undo', async () => {
    await showLanguage('de');
    checkIn(true);
    expect(screen.getByRole('heading', { name: 'Check-in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Person zum Einchecken suchen')).toHaveAttribute('placeholder', 'Name oder Tisch');
    expect(screen.getByTestId('check-in-counts')).toHaveTextContent('0 von 5 da · 5 erwartet · 0 kommen nicht');
    expect(screen.getByText(/Man kann auch selbst über den persönlichen Link einchecken/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kommt nicht: Zoë' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /^Zoë/ }));
    expect(
      await screen.findByText('Zoë: da. Prüfen Sie oben die Änderungen, um die Sitzordnung anzupassen.', {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('check-in-e1')).toHaveTextContent('Da');
    expect(screen.getByRole('button', { name: 'Noch nicht da: Zoë' })).toBeInTheDocument();
    expect(screen.getByTestId('check-in-counts')).toHaveTextContent('1 von 5 da · 4 erwartet · 0 kommen nicht');
    fireEvent.click(screen.getByRole('button', { name: 'Rückgängig: Zoë wieder erwartet' }));
    expect(await screen.findByText(/^Zoë: wieder erwartet\./)).toBeInTheDocument();
  });

  it('Arabic: the counts with who left, a search that finds no one', async () => {
    await showLanguage('ar');
    checkIn(false);
    fireEvent.click(screen.getByRole('button', { name: /^Zoë/ }));
    expect(await screen.findByText('Zoë: حاضر.')).toBeInTheDocument();
    expect(screen.getByTestId('check-in-counts')).toHaveTextContent('1 من 5 حاضرون · 4 متوقعون · 0 لن يحضروا');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'nobody' } });
    expect(screen.getByText('لا أحد بهذا الاسم.')).toBeInTheDocument();
  });
});
