import { createMemo, createSignal, For, onCleanup, onMount, Show, type Accessor, type JSX } from 'solid-js';
import { PersonName, PersonNames } from '../../ui/person-name';
import { boardLayout, fitUnit, pageIndexAt, pageOf } from './paging';
import type { SeatRow } from './seating';

/** The board's font size in px for a viewport: legible from the back, scaled 320 px → 4K. */
export function boardUnit(width: number, height: number): number {
  return Math.max(14, Math.min(56, Math.min(width, height * 1.6) / 48));
}

type Card = { kind: 'table'; row: SeatRow } | { kind: 'byes'; names: string[] };

/**
 * The seating of the coming round by table, paged every `intervalMs` (turning on the server's
 * clock) when the tables do not all fit the space the board has.
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
  onMount(() => {
    const measure = () => el && setSize({ width: el.clientWidth, height: el.clientHeight });
    measure();
    if (typeof ResizeObserver === 'function' && el) {
      const ro = new ResizeObserver(measure);
      ro.observe(el);
      onCleanup(() => ro.disconnect());
    } else {
      window.addEventListener('resize', measure);
      onCleanup(() => window.removeEventListener('resize', measure));
    }
  });

  const cards = createMemo<Card[]>(() => [
    ...props.rows.map((row): Card => ({ kind: 'table', row })),
    ...(props.byes.length > 0 ? [{ kind: 'byes', names: props.byes } as Card] : []),
  ]);
  const linesPerCard = () => 1 + Math.max(1, ...props.rows.map((r) => r.mentees.length));
  // As large as fits: a few tables fill the screen; many get the base size and pages.
  const unit = createMemo(() => {
    const { width, height } = size(); // re-evaluated when the window (and so the board) is resized
    const base = boardUnit(window.innerWidth, window.innerHeight);
    return fitUnit({ width, height, linesPerCard: linesPerCard(), count: cards().length, base, max: base * 2 });
  });
  const layout = createMemo(() =>
    boardLayout({
      width: size().width,
      height: size().height,
      unit: unit(),
      linesPerCard: linesPerCard(),
      count: cards().length,
    }),
  );
  const page = () =>
    Math.min(pageIndexAt(props.serverNow(), layout().pageCount, props.intervalMs ?? 8000), layout().pageCount - 1);
  const visible = createMemo(() => pageOf(cards(), layout().perPage, page()));

  return (
    <section class="seating" aria-labelledby="seating-heading" data-testid="seating">
      <h2 id="seating-heading" class="seating-heading">
        Round {props.round} seating
        <Show when={layout().pageCount > 1}>
          <span class="page-note" data-testid="seating-page">
            {' '}
            · page {page() + 1} of {layout().pageCount}
          </span>
        </Show>
      </h2>
      <div
        class="seating-grid"
        ref={el}
        style={{
          '--u': `${unit()}px`,
          gap: `${layout().gap}px`,
          'grid-template-columns': `repeat(${layout().cols}, minmax(0, 1fr))`,
          'grid-auto-rows': `${layout().cardHeight}px`,
        }}
      >
        <For each={visible()}>
          {(card) =>
            card.kind === 'table' ? (
              <article class="seat-card">
                <h3>
                  <span class="seat-table">{card.row.table}</span>{' '}
                  <PersonName class="seat-mentor">{card.row.mentorName}</PersonName>
                </h3>
                <ul>
                  <For each={card.row.mentees} fallback={<li class="muted-dark">— table rests —</li>}>
                    {(n) => (
                      <li>
                        <PersonName>{n}</PersonName>
                      </li>
                    )}
                  </For>
                </ul>
              </article>
            ) : (
              <article class="seat-card byes">
                <h3>Sitting out</h3>
                <p>
                  <PersonNames names={card.names} />
                </p>
              </article>
            )
          }
        </For>
      </div>
    </section>
  );
}
