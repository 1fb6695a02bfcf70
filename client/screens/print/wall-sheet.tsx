import { createMemo, For, Show } from 'solid-js';
import { planMatrix, withCurrentNames, type PlanRow } from '../organizer/plan/plan-matrix';
import { personCards } from './card-rows';
import { createFit } from './fit';
import { indexColumns, indexPages, menteeIndex } from './mentee-index';
import { pageArea } from './paper';
import { print } from '../../i18n/catalogues/print';
import { firstStart, printWords, timesNote, wordParams, zoneNote, type PrintContext } from './print-context';
import { sheetParts, TABLES_PER_PAGE } from './sheet-pages';
import { WallIndexPage } from './wall-index';

/** What each fitting level does when names do not fit: denser type, then fewer tables a page. */
const LEVELS: Array<{ dense: boolean; tables: number }> = [
  { dense: false, tables: TABLES_PER_PAGE },
  { dense: true, tables: TABLES_PER_PAGE },
  { dense: true, tables: 14 },
  { dense: true, tables: 10 },
  { dense: true, tables: 6 },
];

/**
 * Up to this many who sit out a round are named in the sheet's last row; more would push the
 * tables off the page, and the index after the sheet lists everyone's rounds anyway.
 */
export const BYES_LISTED = 8;

/** The index's fitting levels: fewer names a column, then denser type. */
const INDEX_LEVELS: Array<{ rows: number; dense: boolean }> = [
  { rows: 30, dense: false },
  { rows: 25, dense: false },
  { rows: 25, dense: true },
  { rows: 20, dense: true },
  { rows: 14, dense: true },
];

/** Smaller type as more rows share a page, so 20 tables still fit with room for two names each. */
export function sheetDensity(rows: number): 'roomy' | 'normal' | 'dense' {
  return rows <= 10 ? 'roomy' : rows <= 15 ? 'normal' : 'dense';
}

/**
 * The rotation sheet for the wall: a row per table (the Plan tab's matrix), a column per round
 * with its time, the byes last; one page up to 20 tables and 10 rounds, split evenly beyond.
 * Then an index of the mentees A–Z with their table in each round: at the wall a mentee finds
 * their own name in seconds instead of scanning every table's cell.
 */
export default function WallSheet(props: { ctx: PrintContext }) {
  const matrix = createMemo(() => {
    const v = props.ctx.view();
    return v.schedule ? planMatrix(withCurrentNames(v.schedule, v)) : null;
  });
  const tables = createMemo(() => matrix()?.rows.filter((r) => r.kind === 'table') ?? []);
  const byes = createMemo(() => matrix()?.rows.find((r) => r.kind === 'byes') ?? null);
  let root: HTMLDivElement | undefined;
  const fit = createFit({
    root: () => root,
    selector: '.sheet.wall',
    max: LEVELS.length - 1,
    watch: () => [matrix(), props.ctx.paper()],
  });
  const index = createMemo(() => (props.ctx.view().schedule ? menteeIndex(personCards(props.ctx.view())) : []));
  const indexFit = createFit({
    root: () => root,
    selector: '.sheet.wall-index',
    max: INDEX_LEVELS.length - 1,
    watch: () => [index(), props.ctx.paper()],
  });
  const indexLevel = () => INDEX_LEVELS[indexFit.level()]!;
  const indexParts = createMemo(() => {
    const width = pageArea(props.ctx.paper(), 'landscape').width;
    const rounds = props.ctx.view().schedule?.rounds.length ?? 0;
    return indexPages(index(), rounds, indexLevel().rows, (n) => indexColumns(width, n));
  });
  const pageCount = () => parts().length + indexParts().length;
  const level = () => LEVELS[fit.level()]!;
  const parts = createMemo(() => {
    const m = matrix();
    return m ? sheetParts(tables().length, m.rounds.length, level().tables) : [];
  });
  const when = (round: number) => {
    const t = props.ctx.times()[round - 1];
    return t === null || t === undefined ? '' : props.ctx.timeText(t);
  };
  const start = () => firstStart(props.ctx.times());
  const pagesNote = () => {
    const pages = print.t('pageCount', { count: pageCount() });
    if (indexParts().length === 0) return print.t('sheetPages', { pages });
    const indexPages = print.t('pageCount', { count: indexParts().length });
    return print.t('sheetPagesIndex', { ...wordParams(printWords(props.ctx)), pages, indexPages });
  };
  return (
    <div
      ref={root}
      class="sheets"
      data-testid="print-sheets"
      data-pages={pageCount()}
      data-fitted={fit.fitted() && indexFit.fitted()}
    >
      <p class="print-note no-print">
        {pagesNote()} {timesNote(props.ctx.basis())}
      </p>
      <Show when={matrix()} fallback={<p class="print-note">{print.t('sheetNotPlanned')}</p>}>
        <For each={parts()}>
          {(part, i) => {
            const rounds = () => matrix()!.rounds.slice(part.rounds.from - 1, part.rounds.to);
            const rows = (): PlanRow[] => {
              const b = byes();
              const own = tables().slice(part.tables.from, part.tables.to);
              return b?.cells.slice(part.rounds.from - 1, part.rounds.to).some((c) => c.length > 0) ? [...own, b] : own;
            };
            const first = () => rows()[0]?.label ?? '';
            const last = () => tables().slice(part.tables.from, part.tables.to).at(-1)?.label ?? '';
            return (
              <section
                class={`sheet wall wall-${level().dense ? 'dense' : sheetDensity(rows().length)}`}
                data-testid="wall-page"
              >
                <header class="wall-head">
                  <h2>{print.rich('sheetTitle', { event: <bdi>{props.ctx.view().event.name}</bdi> })}</h2>
                  <p>
                    <Show when={start()}>{(s) => <>{props.ctx.dateText(s())}</>}</Show>
                    <Show when={start() && zoneNote(props.ctx.zone())}>
                      {(note) => <span data-testid="print-zone"> · {note()}</span>}
                    </Show>
                    <Show when={start() && parts().length > 1}> · </Show>
                    <Show when={parts().length > 1}>
                      {print.t('sheetPart', {
                        first: first(),
                        last: last(),
                        from: part.rounds.from,
                        to: part.rounds.to,
                        number: i() + 1,
                        count: parts().length,
                      })}
                    </Show>
                  </p>
                </header>
                <table class="wall-table">
                  <thead>
                    <tr>
                      <th scope="col" class="wall-corner">
                        {print.t('colTable')}
                      </th>
                      <For each={rounds()}>
                        {(r) => (
                          <th scope="col">
                            {print.t('roundN', { round: r })}
                            <Show when={when(r)}>{(t) => <span class="wall-time">{t()}</span>}</Show>
                          </th>
                        )}
                      </For>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={rows()}>
                      {(row) => (
                        <tr classList={{ 'wall-byes': row.kind === 'byes' }}>
                          <th scope="row">
                            <span class="wall-label">
                              {/* The byes row's label is the Plan tab's English: the print language's here. */}
                              <bdi>{row.kind === 'byes' ? print.t('sittingOut') : row.label}</bdi>
                            </span>
                            <Show when={row.mentor}>
                              <span class="wall-mentor">
                                <bdi>{row.mentor}</bdi>
                              </span>
                            </Show>
                          </th>
                          <For each={row.cells.slice(part.rounds.from - 1, part.rounds.to)}>
                            {(names) => (
                              <td>
                                <Show
                                  when={row.kind !== 'byes' || names.length <= BYES_LISTED}
                                  fallback={
                                    <span class="wall-name">{print.t('byesMany', { count: names.length })}</span>
                                  }
                                >
                                  <For each={names}>{(n) => <bdi class="wall-name">{n}</bdi>}</For>
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
          }}
        </For>
        <For each={indexParts()}>
          {(page, i) => (
            <WallIndexPage
              ctx={props.ctx}
              page={page}
              number={i() + 1}
              count={indexParts().length}
              splitRounds={indexParts().some((p) => p.rounds.from > 1)}
              dense={indexLevel().dense}
            />
          )}
        </For>
      </Show>
    </div>
  );
}
