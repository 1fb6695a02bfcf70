import { createEffect, createMemo, createSignal, Index, Show } from 'solid-js';
import type { Schedule } from '../../../../shared/schemas/schedule';
import type { EditSession } from './edit-session';
import { clampPos, moveFocus, positionOf, seatGrid, slotAt, type GridKey, type GridPos } from './edit-seats';
import { LockRow } from './lock-row';
import { matrixColumns, MatrixHeadCells } from './matrix-heads';
import { consolePlanEdit } from '../../../i18n/catalogues/console-plan-edit';
import type { PlanMatrix } from './plan-matrix';
import type { RoundHeads } from './round-heads';
import { SeatButton } from './seat-button';
import './plan-matrix.css';
import './plan-edits.css';

const GRID_KEYS = new Set<string>(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

/**
 * The rotation matrix the organizer edits by hand: every mentee is a button (click, or arrow
 * keys and Enter, or drag), then a seat of the same round: another mentee (swap), a free seat
 * at a table, or "Sit out here" in the byes row. One seat is in the Tab order (a roving
 * focus); rendered by position (`Index`), so the focused button survives every pushed view.
 */
export function EditMatrix(props: {
  matrix: PlanMatrix;
  schedule: Schedule;
  capacity: number;
  session: EditSession;
  heads: RoundHeads;
  currentRound: number | null;
}) {
  const s = props.session;
  const { t } = consolePlanEdit;
  const columns = () => matrixColumns(props.matrix.rounds, props.heads);
  const grid = createMemo(() => seatGrid(props.matrix, props.schedule, props.capacity, s.pick()));
  const [focusPos, setFocusPos] = createSignal<GridPos>({ row: 0, col: 0, slot: 0 });
  const focus = createMemo(() => clampPos(grid(), focusPos()));
  const posKey = (p: GridPos) => `${p.row}:${p.col}:${p.slot}`;
  let table: HTMLTableElement | undefined;

  const focusButton = (p: GridPos) => table?.querySelector<HTMLButtonElement>(`[data-pos="${posKey(p)}"]`)?.focus();
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && s.pick()) {
      e.preventDefault();
      e.stopPropagation();
      s.cancelPick();
      return;
    }
    if (!GRID_KEYS.has(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
    const from = focus();
    if (!from) return;
    e.preventDefault();
    const to = moveFocus(grid(), from, e.key as GridKey);
    setFocusPos(to);
    focusButton(to);
  };

  // After an edit the picked mentee's seat keeps the focus, wherever it went.
  createEffect(() => {
    const want = s.focusWanted();
    const g = grid();
    if (!want) return;
    s.clearFocusWanted();
    const pos = positionOf(g, want);
    if (!pos) return;
    setFocusPos(pos);
    const active = document.activeElement;
    if (!active || active === document.body || table?.contains(active)) queueMicrotask(() => focusButton(pos));
  });

  return (
    <section class="matrix-scroll" aria-labelledby="matrix-caption">
      <table
        ref={table}
        class="matrix edit-matrix"
        classList={{ picking: !!s.pick() }}
        data-testid="plan-matrix"
        aria-describedby="edit-help"
      >
        <caption id="matrix-caption">{t('matrixCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tableHead')}</th>
            <MatrixHeadCells columns={columns()} heads={props.heads} currentRound={props.currentRound} />
          </tr>
          <LockRow columns={columns()} session={s} />
        </thead>
        <tbody onKeyDown={onKeyDown}>
          <Index each={props.matrix.rows}>
            {(row, r) => (
              <tr
                classList={{ 'byes-row': row().kind === 'byes' }}
                data-testid={row().kind === 'byes' ? 'byes-row' : undefined}
              >
                <th scope="row">
                  <Show when={row().kind === 'table'} fallback={t('sittingOut')}>
                    <span class="badge">{row().label}</span> <bdi>{row().mentor}</bdi>
                  </Show>
                </th>
                <Index each={columns()}>
                  {(c) => {
                    const round = () => {
                      const x = c();
                      return x.kind === 'round' ? x : null;
                    };
                    const slots = () => {
                      const x = round();
                      return x ? (grid().cells[r]?.[x.index] ?? []) : [];
                    };
                    const mentees = () => slots().filter((x) => x.kind === 'mentee');
                    const places = () => slots().filter((x) => x.kind !== 'mentee');
                    const bar = () => {
                      const x = round();
                      return x ? s.roundBar(x.round) : null;
                    };
                    const button = (slot: () => number) => {
                      const pos = (): GridPos => ({ row: r, col: round()?.index ?? 0, slot: slot() });
                      return (
                        <SeatButton
                          slot={() => slotAt(grid(), pos())}
                          row={row}
                          col={() => round()?.index ?? 0}
                          session={s}
                          pos={() => posKey(pos())}
                          tabbable={() => {
                            const f = focus();
                            return !!f && posKey(f) === posKey(pos());
                          }}
                          onFocus={() => setFocusPos(pos())}
                        />
                      );
                    };
                    return (
                      <Show when={round()} fallback={<td class="break-col" />}>
                        {(x) => (
                          <td
                            classList={{
                              current: props.currentRound === x().round,
                              empty: slots().length === 0,
                              'locked-col': bar() === 'locked',
                              'begun-col': bar() === 'begun',
                              'pick-col': s.pick()?.round === x().round,
                            }}
                          >
                            <Show
                              when={slots().length > 0}
                              fallback={<span class="muted">{row().kind === 'byes' ? '–' : t('rests')}</span>}
                            >
                              <Show when={mentees().length > 0}>
                                <ul class="cell-names">
                                  <Index each={mentees()}>{(_, i) => <li>{button(() => i)}</li>}</Index>
                                </ul>
                              </Show>
                              <Index each={places()}>{(_, j) => button(() => mentees().length + j)}</Index>
                            </Show>
                          </td>
                        )}
                      </Show>
                    );
                  }}
                </Index>
              </tr>
            )}
          </Index>
        </tbody>
      </table>
    </section>
  );
}
