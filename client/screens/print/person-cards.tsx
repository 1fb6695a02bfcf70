import { createMemo, For, Match, Show, Switch, type JSX } from 'solid-js';
import { formatDuration } from '../home/event-form';
import { cardsPerPage, personCards, timedSchedule, type PersonCard } from './card-rows';
import { cardSheets, cardSteps } from './card-sheets';
import { createFit } from './fit';
import type { RoleWords } from '../../../shared/labels/role-words';
import { print } from '../../i18n/catalogues/print';
import { firstStart, printWords, timesNote, wordParams, zoneNote, type PrintContext } from './print-context';
import { QrSvg } from './qr-svg';

/** A round without a table: a mentee sits out; when mentors move, a mentor rests and a mentee's table has no visit. */
const nobodyText = (c: PersonCard, w: RoleWords) =>
  !c.moving
    ? print.t('sittingOut')
    : c.role === 'mentor'
      ? print.t('resting')
      : print.t('noMentorComes', wordParams(w));

const strong = (chunks: (string | JSX.Element)[]) => <strong>{chunks}</strong>;

function Card(props: { card: PersonCard; ctx: PrintContext }) {
  const c = () => props.card;
  const when = (t: number | null) => (t === null ? '' : props.ctx.timeText(t));
  const lines = () => timedSchedule(c().rounds, props.ctx.view().event.breaks, props.ctx.times());
  const start = () => firstStart(props.ctx.times());
  const w = () => printWords(props.ctx);
  return (
    <article
      class="person-card"
      data-testid="person-card"
      data-person={c().id}
      data-role={c().role}
      aria-label={print.t('cardAria', { name: c().name })}
    >
      <header class="card-head">
        <div class="card-who">
          <p class="card-event">
            <bdi>{props.ctx.view().event.name}</bdi>
          </p>
          <Show when={start()}>{(s) => <p class="card-event">{props.ctx.dateText(s())}</p>}</Show>
          {/* A card travels alone: it says the zone its times are in itself. */}
          <Show when={start() && zoneNote(props.ctx.zone())}>
            {(note) => (
              <p class="card-zone" data-testid="print-zone">
                {note()}
              </p>
            )}
          </Show>
          <h2 class="card-name">
            <bdi>{c().name}</bdi>
          </h2>
          <p class="card-role">
            <Switch fallback={w().mentee}>
              <Match when={c().peer}>{print.t('rolePeer')}</Match>
              <Match when={c().role === 'mentor' && c().moving}>{print.t('roleMentorMoving', wordParams(w()))}</Match>
              <Match when={c().role === 'mentor'}>
                {print.rich('roleMentorAt', { ...wordParams(w()), table: <bdi>{c().table}</bdi>, strong })}
              </Match>
              <Match when={c().moving && c().table}>
                {(t) => print.rich('roleMenteeSeat', { ...wordParams(w()), table: <bdi>{t()}</bdi>, strong })}
              </Match>
            </Switch>
          </p>
          <Show when={c().topics.length > 0}>
            <p class="card-topics">
              <bdi>{c().topics.join(' · ')}</bdi>
            </p>
          </Show>
        </div>
        <figure class="card-qr">
          <QrSvg text={c().link} label={print.t('qrPersonal', { name: c().name })} />
          <figcaption>{print.t('yourPage')}</figcaption>
        </figure>
        <Show when={c().meetingUrl}>
          {(url) => (
            <figure class="card-qr" data-testid="card-call-qr">
              <QrSvg text={url()} label={print.t('qrCardCall', { name: c().name })} />
              <figcaption>{print.t('yourCall')}</figcaption>
            </figure>
          )}
        </Show>
      </header>
      <Show when={c().rounds.length > 0} fallback={<p class="card-empty">{print.t('cardNotPlanned')}</p>}>
        <table class="card-rounds">
          <thead>
            <tr>
              <th scope="col">{print.t('colRound')}</th>
              <th scope="col">{print.t('colTime')}</th>
              <th scope="col">{print.t('colTable')}</th>
              <th scope="col">{c().peer ? print.t('colWith') : c().role === 'mentor' ? w().mentees : w().mentor}</th>
            </tr>
          </thead>
          <tbody>
            <For each={lines()}>
              {(line) => (
                <Switch>
                  <Match when={line.kind === 'round' && line}>
                    {(l) => (
                      <tr classList={{ bye: l().round.table === null }}>
                        <td>{l().round.round}</td>
                        <td class="num">{when(l().startsAt)}</td>
                        <td>
                          <bdi>{l().round.table ?? '—'}</bdi>
                        </td>
                        <td>
                          <bdi>
                            {l().round.table === null
                              ? nobodyText(c(), w())
                              : l().round.with || (c().role === 'mentor' ? print.t('resting') : '')}
                          </bdi>
                        </td>
                      </tr>
                    )}
                  </Match>
                  <Match when={line.kind === 'break' && line}>
                    {(l) => (
                      <tr class="break-row" data-testid="card-break">
                        <td />
                        <td class="num">{when(l().startsAt)}</td>
                        <td colSpan={2}>{print.t('breakRow', { duration: formatDuration(l().seconds) })}</td>
                      </tr>
                    )}
                  </Match>
                </Switch>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <p class="card-foot">{print.t('cardFoot')}</p>
    </article>
  );
}

/** Personal cards: name, table and time of every round, and the QR code of the person's page. */
export default function PersonCards(props: { ctx: PrintContext }) {
  let root: HTMLDivElement | undefined;
  const cards = createMemo(() => personCards(props.ctx.view()));
  const event = () => props.ctx.view().event;
  // Mentors and mentees are fitted apart: a mentor's rows list their mentees and may need more
  // room, which should not cost every mentee their four-a-page card.
  const fitGroup = (role: 'mentor' | 'mentee', capacity: () => number) => {
    const steps = createMemo(() => cardSteps(cardsPerPage(event().rounds, capacity(), event().breaks.length)));
    const fit = createFit({
      root: () => root,
      selector: `.person-card[data-role="${role}"]`,
      max: 5,
      watch: () => [cards(), steps(), props.ctx.paper()],
    });
    return { step: () => steps()[Math.min(fit.level(), steps().length - 1)]!, fitted: fit.fitted };
  };
  const mentors = fitGroup('mentor', () => event().tableCapacity);
  const mentees = fitGroup('mentee', () => 1); // a mentee's row names one mentor
  const sheets = createMemo(() => cardSheets(cards(), mentors.step(), mentees.step()));
  const perPageNote = () => {
    const [m, e] = [mentors.step().perPage, mentees.step().perPage];
    const words = wordParams(printWords(props.ctx));
    return m === e
      ? print.t('perPage', { count: m })
      : print.t('perPageSplit', { ...words, mentorCount: m, menteeCount: e });
  };
  return (
    <div
      ref={root}
      class="sheets"
      data-testid="print-sheets"
      data-pages={sheets().length}
      data-fitted={mentors.fitted() && mentees.fitted()}
    >
      <p class="print-note no-print">
        {print.t('cardsNote', {
          cards: print.t('cardCount', { count: cards().length }),
          perPage: perPageNote(),
          pages: print.t('pageCount', { count: sheets().length }),
        })}{' '}
        {timesNote(props.ctx.basis())}
      </p>
      <For each={sheets()} fallback={<p class="print-note">{print.t('noOne')}</p>}>
        {(sheet) => (
          <section class={`sheet cards-${sheet.perPage}`} classList={{ 'cards-small': sheet.small }}>
            <For each={sheet.cards}>{(card) => <Card card={card} ctx={props.ctx} />}</For>
          </section>
        )}
      </For>
    </div>
  );
}
