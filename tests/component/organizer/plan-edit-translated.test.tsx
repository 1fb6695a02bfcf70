/**
 * The Plan tab's plan editor in another language (issue 19): the help and Undo above the
 * matrix, the round heads and lock boxes, the seats and what a pick says, the pick bar and the
 * pinned meetings, the question about a soft cost, a refusal, and the read-only matrices (by
 * table, by person, peer rounds). The console still shows English (nothing switches it yet);
 * these catch a key that falls back to English.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { createMemo, createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { OrganizerView } from '../../../shared/protocol/views';
import type { PlanEdit } from '../../../shared/schemas/plan-edits';
import type { Schedule } from '../../../shared/schemas/schedule';
import { showLanguage } from '../../../client/i18n/current-language';
import { ApiError } from '../../../client/live/api';
import { createEditSession } from '../../../client/screens/organizer/plan/edit-session';
import { MatrixNote } from '../../../client/screens/organizer/plan/matrix-heads';
import { PeerMatrix } from '../../../client/screens/organizer/plan/peer-matrix';
import { PersonMatrix } from '../../../client/screens/organizer/plan/person-matrix';
import { PlanEditor } from '../../../client/screens/organizer/plan/plan-editor';
import { personMatrix, planMatrix } from '../../../client/screens/organizer/plan/plan-matrix';
import { RotationMatrix } from '../../../client/screens/organizer/plan/rotation-matrix';
import { roundHeads } from '../../../client/screens/organizer/plan/round-heads';
import { editAnswer, fakeApi, viewFixture, TWO_ROUNDS as SCHEDULE } from './fixtures';

afterEach(async () => {
  cleanup();
  await showLanguage('en');
});

/** A swap applied as the server would (the only edit these tests make to the seating). */
function swapped(s: Schedule, e: PlanEdit): Schedule {
  if (e.op !== 'swap') return s;
  const other = (id: string) => (id === e.a ? e.b : id === e.b ? e.a : id);
  const rounds = s.rounds.map((r) =>
    r.round !== e.round
      ? r
      : {
          ...r,
          tables: r.tables.map((t) => ({ ...t, menteeIds: t.menteeIds.map(other) })),
          byes: r.byes.map(other),
        },
  );
  return { ...s, rounds };
}

/** The plan editor as the Plan tab builds it, on a fake server that accepts every edit. */
function editor() {
  const http = fakeApi();
  const server = { schedule: SCHEDULE, version: 1 };
  http.editPlan.mockImplementation(async (body) => {
    const next = body.edits.reduce(swapped, server.schedule);
    if (body.dryRun) return editAnswer(next, server.version);
    server.schedule = next;
    server.version++;
    return editAnswer(next, server.version);
  });
  const [view] = createSignal<OrganizerView>(viewFixture({ schedule: SCHEDULE, scheduleVersion: 1 }));
  render(() => {
    const heads = createMemo(() => roundHeads(view().event, view().clock));
    const session = createEditSession({ view, http, heads });
    const schedule = () => session.shown().schedule ?? SCHEDULE;
    return (
      <PlanEditor
        matrix={planMatrix(schedule(), new Map(), { alwaysByes: true })}
        schedule={schedule()}
        capacity={1}
        session={session}
        heads={heads()}
        currentRound={null}
        pins={undefined}
      />
    );
  });
  return http;
}

/** A mentee's seat in a round (its name says the round in the page's words). */
const seat = (name: string, round: RegExp) =>
  screen.getAllByTestId('seat').find((b) => b.textContent?.startsWith(name) && round.test(b.textContent))!;
const notice = () => screen.getByTestId('edit-notice');
const announce = () => screen.getByTestId('edit-announce').textContent?.trim();

describe('the plan editor in the page language', () => {
  it('German: help, heads, locks, a pick, a swap with its Undo, and a pin', async () => {
    await showLanguage('de');
    editor();
    expect(screen.getByText(/^Um einen Platz zu ändern, wählen Sie eine Person \(Mentee\)/)).toHaveTextContent(
      'Escape bricht die Auswahl ab.',
    );
    expect(screen.getByTestId('plan-undo')).toHaveTextContent('Rückgängig');
    expect(screen.getByTestId('plan-redo')).toHaveTextContent('WiederholenStrg+Umschalt+Z');
    expect(screen.getByTestId('undo-next')).toHaveTextContent('Keine Änderungen von Hand zum Rückgängigmachen.');
    const table = screen.getByTestId('plan-matrix');
    expect(within(table).getByText('Wer in welcher Runde an welchem Tisch sitzt')).toBeTruthy();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Tisch', 'Runde 1Start', 'Runde 2+11 Min.']);
    expect(within(table).getAllByRole('rowheader').at(-1)).toHaveTextContent('Setzen aus');
    expect(screen.getByTestId('lock-round-2')).toHaveTextContent('Sperren Runde 2');

    fireEvent.click(seat('Zoë', /Runde 2/));
    expect(announce()).toBe('Zoë in Runde 2 ausgewählt: Wählen Sie einen Platz. Escape bricht ab.');
    expect(seat('Zoë', /Runde 2/)).toHaveTextContent('Zoë, Runde 2, an T2 李雷: ausgewählt, Platz wählen');
    expect(seat('عمر', /Runde 2/)).toHaveTextContent('⇄ tauschen mit Zoë');
    expect(screen.getByTestId('sit-out-seat')).toHaveTextContent('hier aussetzen: Zoë setzt in Runde 2 aus');
    const bar = screen.getByTestId('pick-bar');
    expect(bar).toHaveTextContent('Zoë in Runde 2 ausgewählt (T2 · 李雷): Wählen Sie einen Platz in Runde 2');
    expect(within(bar).getByRole('button', { name: 'Für eine beliebige Runde festlegen' })).toBeTruthy();
    expect(within(bar).getByRole('button', { name: /^Auswahl abbrechen/ })).toBeTruthy();

    fireEvent.click(seat('عمر', /Runde 2/));
    await waitFor(() => expect(notice()).toHaveTextContent('Zoë und عمر tauschen die Plätze in Runde 2.'));
    expect(screen.getByTestId('undo-next')).toHaveTextContent(
      'Rückgängig nimmt zurück: Zoë und عمر tauschen die Plätze in Runde 2.',
    );

    fireEvent.click(seat('Ana', /Runde 1/));
    fireEvent.click(screen.getByRole('button', { name: /Dieses Gespräch festlegen/ }));
    await waitFor(() => expect(notice()).toHaveTextContent('Ana trifft 李雷 in Runde 1 (festgelegt).'));
    const pins = screen.getByTestId('pins-list');
    expect(within(pins).getByRole('heading')).toHaveTextContent('Festgelegte Gespräche');
    expect(pins).toHaveTextContent('Ana trifft 李雷 in Runde 1 — hält');
    expect(within(pins).getByRole('button', { name: 'Aufheben Ana trifft 李雷 in Runde 1' })).toBeTruthy();
  });

  it('Arabic: the question about a soft cost, its Cancel, and a locked round that takes no pick', async () => {
    await showLanguage('ar');
    const http = editor();
    const cost = { edit: 0, kind: 'repeat' as const, message: 'Ana meets Grace Hopper again' };
    http.editPlan.mockResolvedValueOnce(editAnswer(SCHEDULE, 1, [cost]));
    fireEvent.click(seat('Ana', /الجولة 2/));
    fireEvent.click(seat('عمر', /الجولة 2/));
    const dialog = await screen.findByRole('dialog', { name: 'لهذا التغيير ثمن' });
    expect(dialog).toHaveTextContent('إجراء هذا التغيير على أي حال؟');
    expect(within(dialog).getByRole('button', { name: 'إجراء التغيير' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'إلغاء' }));
    await waitFor(() => expect(notice()).toHaveTextContent('لم يتغير شيء.'));

    fireEvent.click(within(screen.getByTestId('lock-round-1')).getByRole('checkbox'));
    await waitFor(() => expect(notice()).toHaveTextContent('قُفلت الجولة 1.'));
    expect(screen.getByTestId('lock-round-1').parentElement).toHaveTextContent('مقفلة');
    fireEvent.click(seat('Zoë', /الجولة 1/));
    expect(notice()).toHaveTextContent('الجولة 1 مقفلة: افتح قفلها');
  });

  it('Chinese: a refusal ends with the Chinese full stop; the read-only matrices and their note', async () => {
    await showLanguage('zh-Hans');
    const http = editor();
    http.editPlan.mockRejectedValueOnce(
      new ApiError(400, 'bad_request', 'this edit breaks a rule', [{ path: 'edits.0', message: 'عمر 回避 李雷' }]),
    );
    fireEvent.click(seat('عمر', /第 1 轮/));
    fireEvent.click(seat('Ana', /第 1 轮/));
    await waitFor(() => expect(notice()).toHaveTextContent('عمر 回避 李雷。没有做任何更改。请另选座位，或按 Escape。'));
    cleanup();

    const heads = roundHeads(viewFixture().event, viewFixture().clock);
    render(() => (
      <>
        <RotationMatrix matrix={planMatrix(SCHEDULE)} heads={heads} />
        <PersonMatrix matrix={personMatrix(SCHEDULE, new Map([['e1', new Set(['m1'])]]))} heads={heads} />
        <MatrixNote heads={heads} wishes />
        <PeerMatrix schedule={SCHEDULE} currentRound={null} />
      </>
    ));
    expect(screen.getByText('每一轮谁坐在哪张桌')).toBeTruthy();
    const person = screen.getByTestId('person-matrix');
    expect(within(person).getByText('每位学员每一轮去哪里')).toBeTruthy();
    expect(
      within(person)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['学员', '第 1 轮开始', '第 2 轮+11 分钟']);
    expect(person).toHaveTextContent('轮空');
    expect(within(person).getByTitle('希望的')).toHaveTextContent('（希望的）');
    expect(screen.getByTestId('matrix-note')).toHaveTextContent(
      '时间从开始算起（尚未设定开始时间）。 ★ 学员希望的会面。',
    );
    const peers = screen.getByTestId('peer-matrix');
    expect(
      within(peers)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['轮次', '桌', '轮空']);
  });
});
