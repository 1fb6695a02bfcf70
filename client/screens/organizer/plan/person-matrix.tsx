import { For, Match, Switch } from 'solid-js';
import { consolePlanEdit } from '../../../i18n/catalogues/console-plan-edit';
import { useRoleWords } from '../role-words';
import { matrixColumns, MatrixHeadCells, WishMark } from './matrix-heads';
import type { PersonRow } from './plan-matrix';
import type { RoundHeads } from './round-heads';
import './plan-matrix.css';

/**
 * The rotation per person: one row per mentee, one column per round (times and breaks as in
 * the table view), each cell the table and mentor they go to, a star on a wished meeting.
 */
export function PersonMatrix(props: {
  matrix: { rounds: number[]; rows: PersonRow[] };
  currentRound?: number | null;
  heads?: RoundHeads;
}) {
  const columns = () => matrixColumns(props.matrix.rounds, props.heads);
  const words = useRoleWords();
  const { t } = consolePlanEdit;
  return (
    <section class="matrix-scroll" aria-labelledby="person-matrix-caption" tabindex="0">
      <table class="matrix" data-testid="person-matrix">
        <caption id="person-matrix-caption">{t('personCaption', { mentee: words().inline.mentee })}</caption>
        <thead>
          <tr>
            <th scope="col">{words().mentee}</th>
            <MatrixHeadCells columns={columns()} heads={props.heads} currentRound={props.currentRound} />
          </tr>
        </thead>
        <tbody>
          <For each={props.matrix.rows}>
            {(row) => (
              <tr>
                <th scope="row">
                  <bdi>{row.name}</bdi>
                </th>
                <For each={columns()}>
                  {(c) => {
                    if (c.kind === 'break') return <td class="break-col" />;
                    const cell = () => row.cells[c.index] ?? { kind: 'away' as const };
                    const table = () => {
                      const x = cell();
                      return x.kind === 'table' ? x : null;
                    };
                    return (
                      <td classList={{ current: props.currentRound === c.round, wished: !!table()?.wished }}>
                        <Switch fallback={<span class="muted">–</span>}>
                          <Match when={table()}>
                            {(t) => (
                              <>
                                <span class="badge">{t().table}</span> <bdi>{t().mentor}</bdi>
                                {t().wished ? <WishMark /> : null}
                              </>
                            )}
                          </Match>
                          <Match when={cell().kind === 'bye'}>
                            <span class="muted">{t('sitsOut')}</span>
                          </Match>
                        </Switch>
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
