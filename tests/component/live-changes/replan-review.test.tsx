import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Preview } from '../../../shared/attendance/preview-schema';
import type { QualityReport } from '../../../shared/planner/types';
import type { OrganizerView } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import type { Schedule } from '../../../shared/schemas/schedule';
import { buildPhases, openRoundAt } from '../../../shared/timeline';
import { ApiError } from '../../../client/live/api';
import { previewLines } from '../../../client/screens/organizer/replan/diff-lines';
import { createLiveChanges, LiveChangesBar } from '../../../client/screens/organizer/replan/live-changes';
import type { LiveChangesApi } from '../../../client/screens/organizer/replan/live-changes-api';
import { pendingOf, pendingText } from '../../../client/screens/organizer/replan/pending';
import { qualityRows, ReplanReview } from '../../../client/screens/organizer/replan/replan-review';
import { PlanPanel } from '../../../client/screens/organizer/plan/plan-panel';
import { fakeApi, viewFixture } from '../organizer/fixtures';

afterEach(() => cleanup());

const quality = (over: Partial<QualityReport> = {}): QualityReport => ({
  rounds: 2,
  mentors: 2,
  mentees: 3,
  tableCapacity: 1,
  meetings: 4,
  distinctMeetings: 4,
  coverageBound: 4,
  coverageRatio: 1,
  repeatMeetings: 0,
  avoidableRepeats: 0,
  byes: { min: 0, max: 1, spread: 1, total: 2, forced: 0, forcedMentees: 0, partTime: 0, partTimeMax: 0 },
  idleSeats: { min: 0, max: 0, spread: 0, total: 0 },
  repeatedPeerPairs: 0,
  wishes: { met: 0, total: 0, ratio: 1, topMet: 0, topTotal: 0 },
  oneTableOn: { moves: 0, total: 0, share: 0 },
  avoidViolations: 0,
  capacityViolations: 0,
  placementViolations: 0,
  ...over,
});

/** Grace (m1, T1) leaves in round 2: Zoë (e1) moves from T1 to T2, Ana (e3) now sits out. */
function previewFixture(over: Partial<Preview> = {}): Preview {
  return {
    fromRound: 2,
    basedOn: { phaseIndex: 0, scheduleVersion: 3, digest: 'abc' },
    changed: true,
    schedule: {
      mentors: [
        { id: 'm1', name: 'Grace Hopper', table: 'T1' },
        { id: 'm2', name: '李雷', table: 'T2' },
      ],
      mentees: [
        { id: 'e1', name: 'Zoë' },
        { id: 'e2', name: 'عمر' },
        { id: 'e3', name: 'Ana' },
      ],
      rounds: [],
    },
    diff: {
      fromRound: 2,
      seats: [
        {
          round: 2,
          menteeId: 'e1',
          before: { kind: 'table', mentorId: 'm1', table: 'T1' },
          after: { kind: 'table', mentorId: 'm2', table: 'T2' },
        },
        { round: 2, menteeId: 'e3', before: { kind: 'table', mentorId: 'm2', table: 'T2' }, after: { kind: 'bye' } },
      ],
      tables: [{ round: 2, mentorId: 'm1', change: 'removed' }],
      rounds: [{ round: 2, seatChanges: 2 }],
      affectedMentees: ['e1', 'e3'],
      roundsAdded: [],
      roundsRemoved: [],
    },
    affected: { mentees: ['e1', 'e3'], mentors: ['m1', 'm2'] },
    quality: {
      before: quality({ placementViolations: 0, distinctMeetings: 4 }),
      after: quality({ distinctMeetings: 3, coverageBound: 3 }),
    },
    pending: [{ personId: 'm1', name: 'Grace Hopper', role: 'mentor', attendance: 'left', change: 'unseat' }],
    markedAbsent: [],
    ...over,
  };
}

function fakeLive(preview = previewFixture()) {
  return {
    setStatus: vi.fn(),
    preview: vi.fn(async () => preview),
    apply: vi.fn(async (): Promise<Schedule> => preview.schedule),
  } satisfies LiveChangesApi;
}

describe('the preview in words', () => {
  it('lists who moves where from which round, mentors first, and which tables close', () => {
    const { summary, people } = previewLines(previewFixture());
    expect(summary).toMatch(/^From round 2: 2 mentees move, 2 mentors’ tables change\./);
    expect(people.map(({ phrases: _, ...p }) => p)).toEqual([
      { personId: 'm1', name: 'Grace Hopper', role: 'mentor', lines: ['Table T1 closes for round 2'] },
      { personId: 'm2', name: '李雷', role: 'mentor', lines: ['Round 2: Zoë instead of Ana'] },
      { personId: 'e1', name: 'Zoë', role: 'mentee', lines: ['Round 2: T1 — Grace Hopper → T2 — 李雷'] },
      { personId: 'e3', name: 'Ana', role: 'mentee', lines: ['Round 2: T2 — 李雷 → sits out'] },
    ]);
    // Each name is marked, to be shown in its own bdi.
    expect(people[2]!.phrases[0]).toEqual([
      'Round 2: ',
      'T1 — ',
      { name: 'Grace Hopper' },
      ' → ',
      'T2 — ',
      { name: '李雷' },
    ]);
    expect(previewLines(previewFixture({ changed: false })).summary).toMatch(/nothing would change/);
  });

  it('says who joins and that nobody else moves when a walk-in takes a free seat', () => {
    const walkIn = previewFixture({
      diff: {
        ...previewFixture().diff,
        seats: [
          {
            round: 2,
            menteeId: 'e3',
            before: { kind: 'absent' },
            after: { kind: 'table', mentorId: 'm2', table: 'T2' },
          },
        ],
        tables: [],
        affectedMentees: ['e3'],
      },
      affected: { mentees: ['e3'], mentors: ['m2'] },
      pending: [{ personId: 'e3', name: 'Ana', role: 'mentee', attendance: 'present', change: 'seat' }],
    });
    expect(previewLines(walkIn).summary).toMatch(/^From round 2: 1 mentee joins, no one else moves, 1 mentor’s table/);
  });

  it('puts the quality figures side by side', () => {
    const rows = qualityRows(quality(), quality({ distinctMeetings: 3, coverageBound: 3 }));
    // The Plan tab's words: the same value and the same line of detail.
    expect(rows.find((r) => r.label === 'Different meetings')).toEqual({
      label: 'Different meetings',
      before: '4 of 4',
      after: '3 of 3',
      beforeDetail: '100% of the most these rounds allow',
      afterDetail: '100% of the most these rounds allow',
    });
    expect(qualityRows(null, quality())[0]!.before).toBe('—');
  });

  it('words pending changes and finds them from the view and the clock', () => {
    const table = (id: string) => (id === 'm1' ? 'T1' : undefined);
    expect(
      pendingText(
        { personId: 'm1', name: 'Grace Hopper', role: 'mentor', attendance: 'left', change: 'unseat' },
        table,
      ),
    ).toBe('Grace Hopper (T1) left: their table closes');
    expect(
      pendingText({ personId: 'e1', name: 'Zoë', role: 'mentee', attendance: 'present', change: 'seat' }, table),
    ).toBe('Zoë is here: needs a seat');
    expect(
      pendingText({ personId: 'e1', name: 'Zoë', role: 'mentee', attendance: 'absent', change: 'unseat' }, table),
    ).toBe('Zoë is not coming: to be taken out of the seating');
    const view = plannedView();
    expect(pendingOf(view, view.clock)).toEqual([]);
    const gone = {
      ...view,
      mentors: view.mentors.map((m) => (m.id === 'm1' ? { ...m, attendance: 'left' as const } : m)),
    };
    expect(pendingOf(gone, view.clock).map((p) => p.personId)).toEqual(['m1']);
    const told = { serverNow: 0, rounds: 2, phaseCount: 3 };
    const meeting2: ClockSnapshot = {
      ...told,
      status: 'running',
      version: 3,
      phaseIndex: 2,
      phase: { index: 2, kind: 'meeting', round: 2 },
      phaseEndsAt: 1e12,
      remainingMs: 1000,
      startedAt: 0,
    };
    // The first open round, as the server counts it (shared/timeline), is what pendingOf starts from.
    expect(openRoundAt(buildPhases(view.event), meeting2)).toBe(3);
    expect(pendingOf(gone, meeting2)).toEqual([]); // every round has begun: nothing can change
    const finished: ClockSnapshot = {
      ...told,
      status: 'finished',
      version: 4,
      endedAt: 0,
      startedAt: 0,
      phase: null,
      phaseEndsAt: null,
      remainingMs: 0,
    };
    expect(openRoundAt(buildPhases(view.event), finished)).toBeNull();
    expect(pendingOf(gone, finished)).toEqual([]);
  });
});

/** The fixture view with a 2-round plan: everyone seated or sitting out. */
function plannedView(): OrganizerView {
  const v = viewFixture();
  const round = (r: number) => ({
    round: r,
    tables: [
      { mentorId: 'm1', menteeIds: [r === 1 ? 'e1' : 'e3'] },
      { mentorId: 'm2', menteeIds: [r === 1 ? 'e3' : 'e1'] },
    ],
    byes: ['e2'],
  });
  return {
    ...v,
    schedule: {
      mentors: v.mentors.map(({ id, name, table }) => ({ id, name, table })),
      mentees: v.mentees.map(({ id, name }) => ({ id, name })),
      rounds: [round(1), round(2)],
    },
    scheduleVersion: 1,
  };
}

describe('ReplanReview', () => {
  it('shows the difference and the quality, and applies with the preview’s basedOn', async () => {
    const api = fakeLive();
    const onApplied = vi.fn();
    render(() => <ReplanReview api={api} options={{}} onClose={() => {}} onApplied={onApplied} />);
    expect(await screen.findByTestId('replan-summary')).toHaveTextContent('From round 2');
    expect(screen.getByTestId('replan-moves')).toHaveTextContent('Round 2: T1 — Grace Hopper → T2 — 李雷');
    expect(screen.getByTestId('replan-review')).toHaveTextContent('Grace Hopper (T1) left: their table closes');
    expect(screen.getByTestId('quality-compare')).toHaveTextContent('4 of 4');
    expect(screen.getByTestId('quality-change')).toHaveTextContent(
      'The most different meetings possible falls from 4 to 3; different meetings fall from 4 to 3.',
    );
    // Every name in the moves is isolated on its own.
    const moves = screen.getByTestId('replan-moves');
    expect([...moves.querySelectorAll('bdi')].map((b) => b.textContent)).toContain('李雷');
    expect(moves.querySelector('li li')!.innerHTML).not.toContain('dir="auto"');
    fireEvent.click(screen.getByTestId('replan-apply'));
    await waitFor(() => expect(onApplied).toHaveBeenCalled());
    expect(api.apply).toHaveBeenCalledWith({ basedOn: { phaseIndex: 0, scheduleVersion: 3, digest: 'abc' } });
  });

  it('a stale preview (409) is recomputed and shown again with the reason', async () => {
    const api = fakeLive();
    api.apply.mockRejectedValueOnce(
      new ApiError(
        409,
        'conflict',
        'stale preview: the clock moved on since the preview (phase 0 → phase 1); preview again',
      ),
    );
    const onApplied = vi.fn();
    render(() => <ReplanReview api={api} options={{ seed: 9 }} onClose={() => {}} onApplied={onApplied} />);
    await screen.findByTestId('replan-summary');
    fireEvent.click(screen.getByTestId('replan-apply'));
    expect(
      await screen.findByText(
        new RegExp(
          /Not applied: stale preview: the clock moved on since the preview \(phase 0 → phase 1\)\. /.source +
            /Here is the difference as it stands now\./.source,
        ),
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(api.preview).toHaveBeenCalledTimes(2));
    expect(api.preview).toHaveBeenLastCalledWith({ seed: 9 });
    expect(onApplied).not.toHaveBeenCalled();
  });

  it('has nothing to apply when nothing would change; says why a preview failed', async () => {
    const api = fakeLive(
      previewFixture({
        changed: false,
        pending: [],
        diff: { ...previewFixture().diff, seats: [], tables: [] },
        affected: { mentees: [], mentors: [] },
      }),
    );
    render(() => <ReplanReview api={api} options={{}} onClose={() => {}} onApplied={() => {}} />);
    expect(await screen.findByTestId('replan-summary')).toHaveTextContent('nothing would change');
    expect(screen.getByTestId('replan-apply')).toBeDisabled();
    cleanup();
    const failing = fakeLive();
    failing.preview.mockRejectedValueOnce(
      new ApiError(409, 'conflict', 'every round has begun; nothing is left to replan'),
    );
    render(() => <ReplanReview api={failing} options={{}} onClose={() => {}} onApplied={() => {}} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('every round has begun');
  });
});

describe('LiveChangesBar', () => {
  it('pending door changes on every tab; "Review and apply" opens the review; applying says who was told', async () => {
    const view = plannedView();
    const gone = {
      ...view,
      mentors: view.mentors.map((m) => (m.id === 'm1' ? { ...m, attendance: 'left' as const } : m)),
    };
    const api = fakeLive();
    const [shown, push] = createSignal<OrganizerView>(gone);
    const [clock] = createSignal(view.clock);
    render(() => {
      const changes = createLiveChanges();
      return <LiveChangesBar view={shown()} clock={clock} api={api} changes={changes} />;
    });
    expect(screen.getByTestId('pending-banner')).toHaveTextContent('1 change at the door not in the seating yet');
    expect(screen.getByTestId('pending-banner')).toHaveTextContent('Grace Hopper (T1) left: their table closes');
    fireEvent.click(screen.getByTestId('review-changes'));
    expect(await screen.findByTestId('replan-review')).toBeInTheDocument();
    expect(screen.queryByTestId('pending-banner')).toBeNull();
    fireEvent.click(await screen.findByTestId('replan-apply'));
    expect(await screen.findByTestId('replan-done')).toHaveTextContent(
      'Applied. 4 people were told about their new seats.',
    );
    // The server pushes the replanned view (Grace's table gone): the banner follows it, no GET.
    const withoutGrace = (r: number) => ({
      round: r,
      tables: [{ mentorId: 'm2', menteeIds: ['e1'] }],
      byes: ['e2', 'e3'],
    });
    push({ ...gone, schedule: { ...gone.schedule!, rounds: [withoutGrace(1), withoutGrace(2)] }, scheduleVersion: 2 });
    expect(screen.queryByTestId('pending-banner')).toBeNull();
    expect(screen.getByTestId('replan-done')).toBeInTheDocument();
  });

  it('shows nothing while the seating follows everyone', () => {
    const view = plannedView();
    const [clock] = createSignal(view.clock);
    render(() => <LiveChangesBar view={view} clock={clock} api={fakeLive()} changes={createLiveChanges()} />);
    expect(screen.queryByTestId('pending-banner')).toBeNull();
  });
});

describe('the Plan tab with live changes', () => {
  it('before the start, "plan with checked-in people only" opens the review instead of planning', () => {
    const review = vi.fn();
    const http = fakeApi();
    const v = viewFixture();
    const view = { ...v, mentees: v.mentees.map((m, i) => (i === 0 ? { ...m, attendance: 'present' as const } : m)) };
    render(() => <PlanPanel view={view} http={http} clock={() => view.clock} review={review} />);
    const box = screen.getByRole('checkbox', { name: /Plan with checked-in people only/ });
    expect(box.closest('label')).toHaveTextContent('(1 checked in;');
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Preview the plan with checked-in people' }));
    expect(review).toHaveBeenCalledWith({ checkedInOnly: true });
    expect(http.plan).not.toHaveBeenCalled();
  });

  it('after the start, replanning the rounds not yet begun goes through the review', () => {
    const review = vi.fn();
    const http = fakeApi();
    const view = {
      ...plannedView(),
      clock: {
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
      },
    };
    render(() => <PlanPanel view={view} http={http} clock={() => view.clock} review={review} />);
    fireEvent.click(screen.getByRole('button', { name: 'Replan the rounds not yet begun' }));
    expect(review).toHaveBeenCalledWith({ seed: expect.any(Number) });
    expect(http.plan).not.toHaveBeenCalled();
  });
});
