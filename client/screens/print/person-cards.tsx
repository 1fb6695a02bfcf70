import { createMemo, For, Show } from 'solid-js';
import { cardsPerPage, paginate, personCards, type PersonCard } from './card-rows';
import { createFit } from './fit';
import { firstStart, timesNote, type PrintContext } from './print-context';
import { QrSvg } from './qr-svg';

function Card(props: { card: PersonCard; ctx: PrintContext }) {
  const c = () => props.card;
  const when = (round: number) => {
    const t = props.ctx.times()[round - 1];
    return t === null || t === undefined ? '' : props.ctx.timeText(t);
  };
  const start = () => firstStart(props.ctx.times());
  return (
    <article class="person-card" data-testid="person-card" data-person={c().id} aria-label={`Card of ${c().name}`}>
      <header class="card-head">
        <div class="card-who">
          <p class="card-event">
            <bdi>{props.ctx.view().event.name}</bdi>
          </p>
          <Show when={start()}>{(s) => <p class="card-event">{props.ctx.dateText(s())}</p>}</Show>
          <h2 class="card-name">
            <bdi>{c().name}</bdi>
          </h2>
          <p class="card-role">
            {c().role === 'mentor' ? (
              <>
                Mentor · table{' '}
                <strong>
                  <bdi>{c().table}</bdi>
                </strong>
              </>
            ) : (
              'Mentee'
            )}
          </p>
          <Show when={c().topics.length > 0}>
            <p class="card-topics">
              <bdi>{c().topics.join(' · ')}</bdi>
            </p>
          </Show>
        </div>
        <figure class="card-qr">
          <QrSvg text={c().link} label={`QR code: the personal page of ${c().name}`} />
          <figcaption>Your live page</figcaption>
        </figure>
      </header>
      <Show
        when={c().rounds.length > 0}
        fallback={<p class="card-empty">Not planned yet: your page shows your tables once the rotation is planned.</p>}
      >
        <table class="card-rounds">
          <thead>
            <tr>
              <th scope="col">Round</th>
              <th scope="col">Time</th>
              <th scope="col">Table</th>
              <th scope="col">{c().role === 'mentor' ? 'Mentees' : 'Mentor'}</th>
            </tr>
          </thead>
          <tbody>
            <For each={c().rounds}>
              {(r) => (
                <tr classList={{ bye: r.table === null }}>
                  <td>{r.round}</td>
                  <td class="num">{when(r.round)}</td>
                  <td>
                    <bdi>{r.table ?? '—'}</bdi>
                  </td>
                  <td>
                    <bdi>{r.table === null ? 'Sitting out' : r.with || (c().role === 'mentor' ? 'Resting' : '')}</bdi>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <p class="card-foot">Scan the code for your live page: the countdown and where to go next.</p>
    </article>
  );
}

/** Personal cards: name, table and time of every round, and the QR code of the person's page. */
export default function PersonCards(props: { ctx: PrintContext }) {
  let root: HTMLDivElement | undefined;
  const cards = createMemo(() => personCards(props.ctx.view()));
  const estimate = createMemo(() => cardsPerPage(props.ctx.view().event.rounds, props.ctx.view().event.tableCapacity));
  // Long names can still overflow a card: then fewer cards a page (4 → 2 → 1), then smaller type.
  const steps = createMemo(() => {
    const sizes = ([4, 2, 1] as const).filter((n) => n <= estimate());
    return [...sizes.map((n) => ({ perPage: n, small: false })), { perPage: 1 as const, small: true }];
  });
  const fit = createFit({
    root: () => root,
    selector: '.person-card',
    max: 3,
    watch: () => [cards(), steps(), props.ctx.paper()],
  });
  const step = () => steps()[Math.min(fit.level(), steps().length - 1)]!;
  const perPage = () => step().perPage;
  const pages = createMemo(() => paginate(cards(), perPage()));
  return (
    <div
      ref={root}
      class="sheets"
      classList={{ 'cards-small': step().small }}
      data-testid="print-sheets"
      data-pages={pages().length}
      data-fitted={fit.fitted()}
    >
      <p class="print-note no-print">
        {cards().length} cards, {perPage()} per page: {pages().length} page{pages().length === 1 ? '' : 's'}.{' '}
        {timesNote(props.ctx.basis())}
      </p>
      <For each={pages()} fallback={<p class="print-note">No one to print yet: add people on the People tab.</p>}>
        {(page) => (
          <section class={`sheet cards-${perPage()}`}>
            <For each={page}>{(card) => <Card card={card} ctx={props.ctx} />}</For>
          </section>
        )}
      </For>
    </div>
  );
}
