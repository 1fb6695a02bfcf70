import { For, Show } from 'solid-js';
import type { IndexEntry, IndexPage } from './mentee-index';
import { print } from '../../i18n/catalogues/print';
import { printWords, wordParams, type PrintContext } from './print-context';

/**
 * One page of the wall sheet's index: the mentees A–Z, each with their table in every round,
 * so someone at the wall finds their name (filed under its letter) and reads across.
 */
export function WallIndexPage(props: {
  ctx: PrintContext;
  page: IndexPage;
  number: number;
  count: number;
  /** Whether the rounds are split across pages (then each page says which it shows). */
  splitRounds: boolean;
  dense: boolean;
}) {
  const rounds = () =>
    Array.from({ length: props.page.rounds.to - props.page.rounds.from + 1 }, (_, i) => props.page.rounds.from + i);
  const when = (round: number) => {
    const t = props.ctx.times()[round - 1];
    return t === null || t === undefined ? '' : props.ctx.timeText(t);
  };
  // A short list is printed larger: read from a step away, like the sheet.
  const longest = () => Math.max(0, ...props.page.columns.map((c) => c.length));
  const first = () => props.page.columns[0]?.[0];
  const last = () => props.page.columns.at(-1)?.at(-1);
  const pageParams = () => ({
    first: <bdi>{first()?.name}</bdi>,
    last: <bdi>{last()?.name}</bdi>,
    number: props.number,
    count: props.count,
  });
  const newLetter = (col: IndexEntry[], i: number) => i === 0 || col[i - 1]!.initial !== col[i]!.initial;
  return (
    <section
      class="sheet wall-index"
      classList={{ 'index-dense': props.dense, 'index-roomy': !props.dense && longest() <= 15 }}
      data-testid="index-page"
    >
      <header class="wall-head">
        <h2>{print.rich('indexTitle', { event: <bdi>{props.ctx.view().event.name}</bdi> })}</h2>
        <p>
          {print.t('indexHow', wordParams(printWords(props.ctx)))}
          <Show when={props.count > 1}>
            {' '}
            {props.splitRounds
              ? print.rich('indexPageRounds', {
                  ...pageParams(),
                  from: props.page.rounds.from,
                  to: props.page.rounds.to,
                })
              : print.rich('indexPage', pageParams())}
          </Show>
        </p>
      </header>
      <div
        class="index-columns"
        style={{
          // No wider than a name and its rounds need, so the eye does not travel across the page.
          'grid-template-columns': `repeat(${props.page.columns.length}, minmax(0, ${45 + 16 * rounds().length}mm))`,
        }}
      >
        <For each={props.page.columns}>
          {(col) => (
            <table class="index-table">
              <thead>
                <tr>
                  <th scope="col" rowSpan={2} class="index-cell index-head index-who">
                    {printWords(props.ctx).mentee}
                  </th>
                  <th scope="colgroup" colSpan={rounds().length} class="index-cell index-head">
                    {print.t('tableInRound')}
                  </th>
                </tr>
                <tr>
                  <For each={rounds()}>
                    {(r) => (
                      <th scope="col" class="index-cell index-head">
                        {r}
                        <Show when={when(r)}>{(t) => <span class="wall-time">{t()}</span>}</Show>
                      </th>
                    )}
                  </For>
                </tr>
              </thead>
              <tbody>
                <For each={col}>
                  {(entry, i) => (
                    <tr class="index-row" classList={{ 'index-letter': newLetter(col, i()) }} data-person={entry.id}>
                      <th scope="row" class="index-cell index-who">
                        <span class="index-initial" aria-hidden="true">
                          {newLetter(col, i()) ? entry.initial : ''}
                        </span>
                        <bdi class="index-person">{entry.name}</bdi>
                      </th>
                      <For each={entry.tables.slice(props.page.rounds.from - 1, props.page.rounds.to)}>
                        {(t) => (
                          <td class="index-cell" classList={{ 'index-bye': t === null }}>
                            <bdi>{t ?? '—'}</bdi>
                          </td>
                        )}
                      </For>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          )}
        </For>
      </div>
    </section>
  );
}
