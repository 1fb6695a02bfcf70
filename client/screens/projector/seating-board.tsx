import {
  createMemo,
  createSignal,
  For,
  Match,
  onCleanup,
  onMount,
  Show,
  Switch,
  type Accessor,
  type JSX,
} from 'solid-js';
import { projector } from '../../i18n/catalogues/projector';
import { PersonName, PersonNames } from '../../ui/person-name';
import { planBoard, type BoardPage } from './board-plan';
import { textMeasure } from './measure-text';
import { pageIndexAt } from './paging';
import type { SeatRow } from './seating';
import { estimateEm, type MeasureEm } from './text-lines';

/** The board's font size in px for a viewport: legible from the back, scaled 320 px → 4K. */
export function boardUnit(width: number, height: number): number {
  return Math.max(14, Math.min(56, Math.min(width, height * 1.6) / 48));
}

type TablesPage = Extract<BoardPage, { kind: 'tables' }>;
type ByesPage = Extract<BoardPage, { kind: 'byes' }>;

/**
 * The seating of the coming round by table, paged every `intervalMs` (turning on the server's
 * clock) when the tables do not all fit the space the board has. Every name is shown whole:
 * cards grow to hold long names wrapped, and a long sitting-out list gets a page of its own.
 */
export function SeatingBoard(props: {
  round: number;
  rows: SeatRow[];
  byes: string[];
  serverNow: Accessor<number>;
  intervalMs?: number;
}): JSX.Element {
  let el: HTMLDivElement | undefined;
  const [size, setSize] = createSignal({ width: window.innerWidth, height: window.innerHeight * 0.5 });
  const [measure, setMeasure] = createSignal<MeasureEm>(estimateEm);
  onMount(() => {
    if (el) setMeasure(() => textMeasure(getComputedStyle(el!).fontFamily));
    const measureBoard = () => el && setSize({ width: el.clientWidth, height: el.clientHeight });
    measureBoard();
    if (typeof ResizeObserver === 'function' && el) {
      const ro = new ResizeObserver(measureBoard);
      ro.observe(el);
      onCleanup(() => ro.disconnect());
    } else {
      window.addEventListener('resize', measureBoard);
      onCleanup(() => window.removeEventListener('resize', measureBoard));
    }
  });

  // As large as fits: a few tables fill the screen; many get the base size and pages.
  const plan = createMemo(() => {
    const { width, height } = size(); // re-planned when the window (and so the board) is resized
    const base = boardUnit(window.innerWidth, window.innerHeight);
    return planBoard({
      width,
      height,
      base,
      max: base * 2,
      min: Math.max(12, base * 0.85),
      rows: props.rows,
      byes: props.byes,
      measure: measure(),
      words: { remote: projector.t('remoteBadge'), sittingOut: projector.t('sittingOut') },
    });
  });
  const pageCount = () => plan().pages.length;
  const page = () =>
    Math.min(pageIndexAt(props.serverNow(), pageCount(), props.intervalMs ?? 8000), Math.max(0, pageCount() - 1));
  const current = () => plan().pages[page()];
  const tablesPage = () => {
    const p = current();
    return p?.kind === 'tables' ? p : null;
  };
  const byesPage = () => {
    const p = current();
    return p?.kind === 'byes' ? p : null;
  };
  const gridStyle = (): JSX.CSSProperties => {
    const { tables, byes } = plan();
    if (byesPage() && byes) return { '--u': `${byes.unit}px`, 'grid-template-columns': 'minmax(0, 1fr)' };
    return {
      '--u': `${tables.unit}px`,
      gap: `${tables.gap}px`,
      'grid-template-columns': `repeat(${tables.cols}, minmax(0, 1fr))`,
      'grid-auto-rows': `${tables.cardHeight}px`,
    };
  };

  return (
    <section class="seating" aria-labelledby="seating-heading" data-testid="seating">
      <h2 id="seating-heading" class="seating-heading">
        {projector.t('seatingHeading', { round: props.round })}
        <Show when={pageCount() > 1}>
          <span class="page-note" data-testid="seating-page">
            {' '}
            {projector.t('seatingPage', { page: page() + 1, pages: pageCount() })}
          </span>
        </Show>
      </h2>
      <div class="seating-grid" classList={{ 'byes-only': !!byesPage() }} ref={el} style={gridStyle()}>
        <Switch>
          <Match when={tablesPage()}>{(p) => <TableCards page={p()} />}</Match>
          <Match when={byesPage()}>{(p) => <ByesList page={p()} cols={plan().byes?.cols ?? 1} />}</Match>
        </Switch>
      </div>
    </section>
  );
}

function TableCards(props: { page: TablesPage }): JSX.Element {
  return (
    <>
      <For each={props.page.rows}>
        {(row) => (
          <article class="seat-card" classList={{ remote: !!row.remote }}>
            <h3>
              {/* The label reads left to right in every language ("T3"); its margin follows the page's side. */}
              <span class="seat-table">
                <bdi dir="ltr">{row.table}</bdi>
              </span>{' '}
              <PersonName class="seat-mentor">{row.mentorName}</PersonName>
              <Show when={row.remote}>
                {' '}
                <span class="seat-remote">{projector.t('remoteBadge')}</span>
              </Show>
            </h3>
            <ul>
              <For each={row.mentees} fallback={<li class="muted-dark">{projector.t('tableRests')}</li>}>
                {(n) => (
                  <li>
                    <PersonName>{n}</PersonName>
                  </li>
                )}
              </For>
            </ul>
          </article>
        )}
      </For>
      <Show when={props.page.byes}>
        {(names) => (
          <article class="seat-card byes">
            <h3>{projector.t('sittingOut')}</h3>
            <p>
              <PersonNames names={names()} />
            </p>
          </article>
        )}
      </Show>
    </>
  );
}

/** The sitting-out list on a page of its own: names in columns, read down, A to Z. */
function ByesList(props: { page: ByesPage; cols: number }): JSX.Element {
  const rows = () => Math.max(1, Math.ceil(props.page.names.length / props.cols));
  return (
    <article class="seat-card byes byes-page" data-testid="byes-page">
      <h3>{props.page.part > 1 ? projector.t('sittingOutContinued') : projector.t('sittingOut')}</h3>
      <ul
        class="bye-names"
        style={{
          'grid-template-columns': `repeat(${props.cols}, minmax(0, 1fr))`,
          'grid-template-rows': `repeat(${rows()}, auto)`,
        }}
      >
        <For each={props.page.names}>
          {(n) => (
            <li>
              <PersonName>{n}</PersonName>
            </li>
          )}
        </For>
      </ul>
    </article>
  );
}
