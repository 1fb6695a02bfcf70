import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { OrganizerView } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import type { PlanEdit, ScheduleEditsBody } from '../../../shared/schemas/plan-edits';
import type { Schedule } from '../../../shared/schemas/schedule';
import { ApiError } from '../../../client/live/api';
import { PlanPanel } from '../../../client/screens/organizer/plan/plan-panel';
import { editAnswer, fakeApi, viewFixture, TWO_ROUNDS as SCHEDULE } from './fixtures';

afterEach(cleanup);

/** The edit applied as the server would (swap and move only). */
function applied(s: Schedule, e: PlanEdit): Schedule {
  if (e.op !== 'swap' && e.op !== 'move') return s;
  const rounds = s.rounds.map((r) => {
    if (r.round !== e.round) return r;
    const placeOf = (id: string) =>
      r.byes.includes(id) ? 'bye' : (r.tables.find((t) => t.menteeIds.includes(id))?.mentorId ?? 'bye');
    const to = new Map<string, string>();
    if (e.op === 'swap') {
      to.set(e.a, placeOf(e.b));
      to.set(e.b, placeOf(e.a));
    } else to.set(e.menteeId, e.to);
    const where = (id: string) => to.get(id) ?? placeOf(id);
    const ids = [...r.tables.flatMap((t) => t.menteeIds), ...r.byes];
    return {
      round: r.round,
      tables: r.tables.map((t) => ({ mentorId: t.mentorId, menteeIds: ids.filter((id) => where(id) === t.mentorId) })),
      byes: ids.filter((id) => where(id) === 'bye'),
    };
  });
  return { ...s, rounds };
}

/** A Plan tab on a fake server that keeps a schedule and a version, and pushes the view after each edit. */
function setup(opts: { clock?: ClockSnapshot; view?: Partial<OrganizerView> } = {}) {
  const http = fakeApi();
  const server = { schedule: SCHEDULE, version: 1 };
  const base = viewFixture({ schedule: SCHEDULE, scheduleVersion: 1, ...opts.view });
  const [view, push] = createSignal<OrganizerView>(base);
  const calls: ScheduleEditsBody[] = [];
  const answer = (body: ScheduleEditsBody) => {
    calls.push(body);
    if (body.basedOn !== server.version) throw new ApiError(409, 'conflict', 'the plan changed (version 2, not 1)');
    const next = body.edits.reduce(applied, server.schedule);
    if (body.dryRun) return editAnswer(next, server.version);
    server.schedule = next;
    server.version++;
    return editAnswer(next, server.version);
  };
  http.editPlan.mockImplementation(async (body) => answer(body));
  const pushServer = () => push({ ...view(), schedule: server.schedule, scheduleVersion: server.version });
  render(() => <PlanPanel view={view()} http={http} clock={() => opts.clock ?? null} />);
  const seat = (name: string, round: number) =>
    screen.getByRole('button', { name: new RegExp(`^${name}.*, round ${round}, `) });
  const cell = (table: string, round: number) => {
    const row = screen
      .getAllByRole('row')
      .find((r) => within(r).queryByRole('rowheader')?.textContent?.startsWith(table));
    return row!.querySelectorAll('td')[round - 1]!;
  };
  return { http, server, calls, view, push, pushServer, seat, cell };
}

const announce = () => screen.getByTestId('edit-announce').textContent?.trim();

describe('hand edits on the Plan tab', () => {
  it('a click picks a mentee, shows where they can go; a click on another swaps them (dry run first)', async () => {
    const t = setup();
    fireEvent.click(t.seat('Zoë', 2));
    expect(announce()).toBe('Zoë picked in round 2: choose a seat. Escape cancels.');
    expect(t.seat('Zoë', 2)).toHaveClass('picked');
    expect(t.seat('Zoë', 2)).toHaveTextContent('picked');
    // The targets, marked in text: عمر to swap with, and "sit out here" in round 2 only.
    expect(t.seat('عمر', 2)).toHaveClass('target');
    expect(t.seat('عمر', 2)).toHaveTextContent('⇄ swap');
    expect(t.seat('Ana', 2)).toHaveClass('target');
    expect(t.seat('Zoë', 1)).not.toHaveClass('target');
    expect(screen.getAllByTestId('sit-out-seat')).toHaveLength(1);
    expect(screen.getByTestId('pick-bar')).toHaveTextContent('Zoë picked in round 2 (T2 · 李雷)');

    fireEvent.click(t.seat('عمر', 2));
    await waitFor(() => expect(t.calls).toHaveLength(2));
    expect(t.calls[0]).toEqual({ basedOn: 1, edits: [{ op: 'swap', round: 2, a: 'e1', b: 'e2' }], dryRun: true });
    expect(t.calls[1]).toEqual({ basedOn: 1, edits: [{ op: 'swap', round: 2, a: 'e1', b: 'e2' }] });
    // Shown at once from the answer, before the pushed view.
    await waitFor(() => expect(t.cell('T1', 2)).toHaveTextContent('Zoë'));
    expect(t.cell('T2', 2)).toHaveTextContent('عمر');
    expect(screen.getByTestId('edit-notice')).toHaveTextContent('Zoë and عمر swap places in round 2.');
    expect(screen.queryByTestId('pick-bar')).toBeNull();
    expect(screen.getByTestId('undo-next')).toHaveTextContent('Undo takes back: Zoë and عمر swap places in round 2.');
  });

  it('moves to the sitting-out row and takes it back with Undo (the move back), then Redo', async () => {
    const t = setup();
    fireEvent.click(t.seat('Zoë', 1));
    fireEvent.click(screen.getByTestId('sit-out-seat'));
    await waitFor(() => expect(t.server.version).toBe(2));
    await waitFor(() => expect(t.cell('Sitting out', 1)).toHaveTextContent('Zoë'));
    t.pushServer();
    fireEvent.click(screen.getByTestId('plan-undo'));
    await waitFor(() => expect(t.server.version).toBe(3));
    expect(t.calls.at(-1)).toEqual({ basedOn: 2, edits: [{ op: 'move', round: 1, menteeId: 'e1', to: 'm1' }] });
    await waitFor(() => expect(t.cell('T1', 1)).toHaveTextContent('Zoë'));
    expect(screen.getByTestId('edit-notice')).toHaveTextContent('Undone: Zoë sits out round 1.');
    expect(screen.getByTestId('plan-undo')).toBeDisabled();
    // Ctrl+Shift+Z makes it again.
    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(t.server.version).toBe(4));
    expect(t.calls.at(-1)?.edits).toEqual([{ op: 'move', round: 1, menteeId: 'e1', to: 'bye' }]);
    expect(screen.getByTestId('plan-redo')).toBeDisabled();
    // Ctrl+Z undoes again.
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(t.server.version).toBe(5));
    expect(t.calls.at(-1)?.edits).toEqual([{ op: 'move', round: 1, menteeId: 'e1', to: 'm1' }]);
  });

  it('the keyboard alone: arrows move the focus over the seats, Enter picks and places, Escape cancels', async () => {
    const t = setup();
    const tabbable = () => screen.getAllByTestId('seat').filter((b) => b.tabIndex === 0);
    expect(tabbable()).toHaveLength(1);
    const first = tabbable()[0]!;
    expect(first).toBe(t.seat('Zoë', 1));
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(t.seat('عمر', 2));
    expect(tabbable()).toEqual([t.seat('عمر', 2)]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(t.seat('Zoë', 2));
    // Enter on a button is a click.
    fireEvent.click(document.activeElement!);
    expect(t.seat('Zoë', 2)).toHaveClass('picked');
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(t.seat('Zoë', 2)).not.toHaveClass('picked');
    expect(announce()).toBe('Pick cancelled.');
    fireEvent.click(document.activeElement!);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(t.seat('Ana', 2));
    expect(document.activeElement).toHaveAccessibleName(/^Ana ?, round 2, sitting out ?: swap with Zoë$/);
    fireEvent.click(document.activeElement!);
    await waitFor(() => expect(t.server.version).toBe(2));
    expect(t.calls.at(-1)?.edits).toEqual([{ op: 'swap', round: 2, a: 'e1', b: 'e3' }]);
  });

  it('a refused edit says why near the matrix and changes nothing; the pick stays for another seat', async () => {
    const t = setup();
    t.http.editPlan.mockRejectedValueOnce(
      new ApiError(400, 'bad_request', 'this edit breaks a rule', [{ path: 'edits.0', message: 'عمر avoids 李雷' }]),
    );
    fireEvent.click(t.seat('عمر', 1));
    fireEvent.click(t.seat('Ana', 1));
    await waitFor(() =>
      expect(screen.getByTestId('edit-notice')).toHaveTextContent(
        'عمر avoids 李雷. Nothing was changed. Choose another seat, or press Escape.',
      ),
    );
    expect(t.http.editPlan).toHaveBeenCalledTimes(1); // the dry run only
    expect(t.cell('T2', 1)).toHaveTextContent('Ana');
    expect(t.seat('عمر', 1)).toHaveClass('picked');
    expect(announce()).toMatch(/^عمر avoids 李雷\. Nothing was changed/);
    expect(screen.getByTestId('plan-undo')).toBeDisabled();
  });

  it('a soft cost is asked about first: Cancel changes nothing, "Make the change" makes it', async () => {
    const t = setup();
    const cost = { edit: 0, kind: 'repeat' as const, message: 'Ana meets Grace Hopper again (rounds 1 and 2)' };
    t.http.editPlan.mockImplementation(async (body) => {
      t.calls.push(body);
      if (body.dryRun) return editAnswer(applied(t.server.schedule, body.edits[0]!), 1, [cost]);
      t.server.version++;
      return editAnswer(applied(t.server.schedule, body.edits[0]!), t.server.version, [cost]);
    });
    fireEvent.click(t.seat('Ana', 2));
    fireEvent.click(t.seat('عمر', 2));
    const dialog = await screen.findByRole('dialog', { name: 'This change has a cost' });
    expect(dialog).toHaveTextContent('Ana meets Grace Hopper again (rounds 1 and 2).Make this change anyway?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByTestId('edit-notice')).toHaveTextContent('Nothing was changed.'));
    expect(t.calls).toHaveLength(1);

    fireEvent.click(t.seat('Ana', 2));
    fireEvent.click(t.seat('عمر', 2));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Make the change' }));
    await waitFor(() => expect(t.calls).toHaveLength(3));
    expect(t.calls[2]).toEqual({ basedOn: 1, edits: [{ op: 'swap', round: 2, a: 'e3', b: 'e2' }] });
  });

  it('a stale plan (409): says the plan changed, reloads it, and clears the history', async () => {
    const t = setup();
    fireEvent.click(t.seat('Zoë', 1));
    fireEvent.click(t.seat('Ana', 1));
    await waitFor(() => expect(t.server.version).toBe(2));
    expect(screen.getByTestId('plan-undo')).toBeEnabled();
    // Someone else changes the plan; this console has not heard yet.
    t.server.version = 7;
    const later = applied(t.server.schedule, { op: 'swap', round: 2, a: 'e1', b: 'e3' });
    t.server.schedule = later;
    t.http.load.mockResolvedValueOnce(viewFixture({ schedule: later, scheduleVersion: 7 }));
    fireEvent.click(t.seat('Zoë', 2));
    fireEvent.click(t.seat('عمر', 2));
    await waitFor(() =>
      expect(screen.getByTestId('edit-notice')).toHaveTextContent(
        'The plan changed in the meantime, so nothing was changed: the matrix now shows the latest plan.',
      ),
    );
    await waitFor(() => expect(t.cell('Sitting out', 2)).toHaveTextContent('Zoë'));
    expect(t.http.load).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('plan-undo')).toBeDisabled();
  });

  it('the history is cleared when another version arrives that this console did not make', async () => {
    const t = setup();
    fireEvent.click(t.seat('Zoë', 1));
    fireEvent.click(t.seat('Ana', 1));
    await waitFor(() => expect(t.server.version).toBe(2));
    t.pushServer(); // the push of its own edit keeps the history
    expect(screen.getByTestId('plan-undo')).toBeEnabled();
    t.push({ ...t.view(), scheduleVersion: 3 }); // a replan from elsewhere
    expect(screen.getByTestId('plan-undo')).toBeDisabled();
    expect(announce()).toBe('The plan was changed outside these hand edits: the undo history was cleared.');
  });

  it('pins a meeting from the pick, marks pinned seats, lists pins that cannot hold and unpins', async () => {
    const t = setup();
    fireEvent.click(t.seat('Zoë', 2));
    fireEvent.click(within(screen.getByTestId('pick-bar')).getByRole('button', { name: 'Pin this meeting' }));
    await waitFor(() => expect(t.calls).toHaveLength(2));
    expect(t.calls[1]!.edits).toEqual([{ op: 'pin', menteeId: 'e1', mentorId: 'm2', round: 2 }]);
    // Marked at once (from the accepted edit), in text for screen readers too.
    await waitFor(() => expect(t.seat('Zoë', 2)).toHaveAccessibleName(/^Zoë ?, pinned ?, round 2, at T2/));
    expect(t.seat('Zoë', 2).querySelector('.pin-mark svg')).not.toBeNull();
    expect(screen.getByTestId('undo-next')).toHaveTextContent('Zoë meets 李雷 in round 2 (pinned)');
    // The pushed view has the rules: one pin that cannot hold, with its reason.
    t.push({
      ...t.view(),
      planRules: {
        pins: [
          { menteeId: 'e1', mentorId: 'm2', round: 2 },
          { menteeId: 'e2', mentorId: 'm2' },
        ],
        lockedRounds: [],
        metBeforeCount: 0,
      },
    } as OrganizerView);
    const list = screen.getByTestId('pins-list');
    expect(list).toHaveTextContent('Zoë meets 李雷 in round 2 — holds');
    expect(within(list).getByTestId('unheld-pins')).toHaveTextContent('عمر meets 李雷 in some round: ');
    expect(within(list).getByTestId('unheld-pins')).toHaveTextContent(/avoid/);
    fireEvent.click(within(list).getByRole('button', { name: 'Unpin Zoë meets 李雷 in round 2' }));
    await waitFor(() => expect(t.calls.at(-1)?.edits).toEqual([{ op: 'unpin', menteeId: 'e1', mentorId: 'm2' }]));
  });

  it('a locked round takes no picks and says why; the Lock box sends the lock', async () => {
    const t = setup({
      view: { planRules: { pins: [], lockedRounds: [1], metBeforeCount: 0 } } as Partial<OrganizerView>,
    });
    expect(screen.getByRole('checkbox', { name: 'Lock round 1' })).toBeChecked();
    expect(screen.getByTestId('lock-round-1').closest('td')).toHaveTextContent('Lock round 1 locked');
    expect(t.seat('Zoë', 1)).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(t.seat('Zoë', 1));
    expect(screen.getByTestId('edit-notice')).toHaveTextContent(
      'Round 1 is locked: unlock it (the Lock box above the round) to change its seating.',
    );
    expect(t.seat('Zoë', 1)).not.toHaveClass('picked');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Lock round 2' }));
    await waitFor(() => expect(t.calls.at(-1)?.edits).toEqual([{ op: 'lock-round', round: 2 }]));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Lock round 2' })).toBeChecked());
  });

  it('a round that has begun takes no picks and says so', () => {
    const running: ClockSnapshot = {
      status: 'running',
      phaseIndex: 0,
      phase: { index: 0, kind: 'meeting', round: 1 },
      phaseEndsAt: 600_000,
      remainingMs: 599_000,
      serverNow: 1000,
      version: 2,
      rounds: 2,
      phaseCount: 3,
      startedAt: 0,
    };
    const t = setup({ clock: running, view: { clock: running } });
    expect(screen.queryByRole('checkbox', { name: 'Lock round 1' })).toBeNull();
    fireEvent.click(t.seat('Zoë', 1));
    expect(screen.getByTestId('edit-notice')).toHaveTextContent('Round 1 has begun: its seating can no longer change.');
    fireEvent.click(t.seat('Zoë', 2));
    expect(t.seat('Zoë', 2)).toHaveClass('picked');
  });
});
