import { For, Show } from 'solid-js';
import { matrixColumns, MatrixHeadCells, WishMark } from './matrix-heads';
import { consolePlanEdit } from '../../../i18n/catalogues/console-plan-edit';
import type { PlanMatrix } from './plan-matrix';
import type { RoundHeads } from './round-heads';
import './plan-matrix.css';

/**
 * The rotation as a table: one row per table (label and mentor), one column per round (its
 * start time above it, a break as a column of its own), the mentees' names in the cells with
 * a star on a wished meeting, and a last row of who sits each round out.
 */
export function RotationMatrix(props: { matrix: PlanMatrix; currentRound?: number | null; heads?: RoundHeads }) {
  const { t } = consolePlanEdit;
  const columns = () => matrixColumns(props.matrix.rounds, props.heads);
  return (
    <section class="matrix-scroll" aria-labelledby="matrix-caption" tabindex="0">
      <table class="matrix" data-testid="plan-matrix">
        <caption id="matrix-caption">{t('matrixCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tableHead')}</th>
            <MatrixHeadCells columns={columns()} heads={props.heads} currentRound={props.currentRound} />
          </tr>
        </thead>
        <tbody>
          <For each={props.matrix.rows}>
            {(row) => (
              <tr
                classList={{ 'byes-row': row.kind === 'byes' }}
                data-testid={row.kind === 'byes' ? 'byes-row' : undefined}
              >
                <th scope="row">
                  <Show when={row.kind === 'table'} fallback={t('sittingOut')}>
                    <span class="badge">{row.label}</span> <bdi>{row.mentor}</bdi>
                  </Show>
                </th>
                <For each={columns()}>
                  {(c) => {
                    if (c.kind === 'break') return <td class="break-col" />;
                    const seats = () => row.seats[c.index] ?? [];
                    return (
                      <td classList={{ current: props.currentRound === c.round, empty: seats().length === 0 }}>
                        <Show
                          when={seats().length > 0}
                          fallback={<span class="muted">{row.kind === 'byes' ? '–' : t('rests')}</span>}
                        >
                          <ul class="cell-names">
                            <For each={seats()}>
                              {(n) => (
                                <li classList={{ wished: n.wished }}>
                                  <bdi>{n.name}</bdi>
                                  <Show when={n.wished}>
                                    <WishMark />
                                  </Show>
                                </li>
                              )}
                            </For>
                          </ul>
                        </Show>
                      </td>
                    );
                  }}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
