import { For, Show } from 'solid-js';
import type { PlanMatrix } from './plan-matrix';

/**
 * The rotation as a table: one row per table (label and mentor), one column per round, the
 * mentees' names in the cells, and a last row of who sits each round out.
 */
export function RotationMatrix(props: { matrix: PlanMatrix; currentRound?: number | null }) {
  return (
    <section class="matrix-scroll" aria-labelledby="matrix-caption" tabindex="0">
      <table class="matrix" data-testid="plan-matrix">
        <caption id="matrix-caption">Who sits at which table in each round</caption>
        <thead>
          <tr>
            <th scope="col">Table</th>
            <For each={props.matrix.rounds}>
              {(r) => (
                <th
                  scope="col"
                  classList={{ current: props.currentRound === r }}
                  aria-current={props.currentRound === r ? 'true' : undefined}
                >
                  Round {r}
                </th>
              )}
            </For>
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
                  <Show when={row.kind === 'table'} fallback={row.label}>
                    <span class="badge">{row.label}</span> <bdi>{row.mentor}</bdi>
                  </Show>
                </th>
                <For each={row.cells}>
                  {(names, i) => (
                    <td
                      classList={{
                        current: props.currentRound === props.matrix.rounds[i()],
                        empty: names.length === 0,
                      }}
                    >
                      <Show
                        when={names.length > 0}
                        fallback={<span class="muted">{row.kind === 'byes' ? '–' : 'rests'}</span>}
                      >
                        <ul class="cell-names">
                          <For each={names}>{(n) => <li dir="auto">{n}</li>}</For>
                        </ul>
                      </Show>
                    </td>
                  )}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
