import { For, Show } from 'solid-js';
import type { OrganizerMentor } from '../../../shared/protocol/views';
import { createFit } from './fit';
import { print } from '../../i18n/catalogues/print';
import { printWords, wordParams, type PrintContext } from './print-context';
import { QrSvg } from './qr-svg';
import { seatedTents, type SeatedTent } from './seated-tents';

/** Large type for short labels, smaller for long ones, so every label fits across the tent. */
export function labelSize(label: string): string {
  const n = [...label].length;
  return n <= 3 ? 'xl' : n <= 6 ? 'l' : n <= 12 ? 'm' : 's';
}

/** "Table T1 · Spring Night": the label and the event's name kept whole in any direction. */
const tableOf = (table: string, event: string) =>
  print.rich('tentTableOf', { table: <bdi>{table}</bdi>, event: <bdi>{event}</bdi> });

function Tent(props: { mentor: OrganizerMentor; ctx: PrintContext }) {
  const m = () => props.mentor;
  return (
    <section
      class="sheet tent"
      data-testid="table-tent"
      data-person={m().id}
      aria-label={print.t('tentAria', { table: m().table })}
    >
      {/* The top half faces the mentor once the sheet is folded, so it is printed upside down. */}
      <div class="tent-half tent-back">
        <p class="tent-small">{tableOf(m().table, props.ctx.view().event.name)}</p>
        <div class="tent-back-body">
          <QrSvg text={m().link} label={print.t('qrPersonal', { name: m().name })} class="qr-svg tent-qr" />
          <div>
            <p class="tent-for">{print.rich('tentFor', { name: <bdi>{m().name}</bdi> })}</p>
            <p>{print.t('tentScan')}</p>
          </div>
        </div>
      </div>
      <div class="tent-half tent-front">
        <p class={`tent-label tent-label-${labelSize(m().table)}`} dir="auto">
          {m().table}
        </p>
        <p class="tent-name" dir="auto">
          {m().name}
        </p>
        <Show when={m().topics.length > 0}>
          <p class="tent-topics" dir="auto">
            {m().topics.join(' · ')}
          </p>
        </Show>
        {/* A remote table (issue 17): whoever sits here joins the mentor's call. */}
        <Show when={m().meetingUrl}>
          {(url) => (
            <div class="tent-call" data-testid="tent-call">
              <QrSvg text={url()} label={print.t('qrCall', { name: m().name })} class="qr-svg tent-call-qr" />
              <p>{print.t('tentCall')}</p>
            </div>
          )}
        </Show>
      </div>
    </section>
  );
}

/**
 * A seated table's tent when mentors move (issue 17): the label and the group seated there face
 * the room; the visiting mentor, across the table, reads the group's names on the back.
 */
function SeatedTableTent(props: { tent: SeatedTent; ctx: PrintContext }) {
  const t = () => props.tent;
  const w = () => printWords(props.ctx);
  return (
    <section
      class="sheet tent"
      data-testid="table-tent"
      data-table={t().table}
      aria-label={print.t('tentAria', { table: t().table })}
    >
      <div class="tent-half tent-back">
        <p class="tent-small">{tableOf(t().table, props.ctx.view().event.name)}</p>
        <p class="tent-for">{t().peer ? print.t('peerRounds') : print.t('seatedHere')}</p>
        <p class="tent-topics" dir="auto">
          {t().peer ? print.t('peerPhone') : t().names.join(' · ')}
        </p>
      </div>
      <div class="tent-half tent-front">
        <p class={`tent-label tent-label-${labelSize(t().table)}`} dir="auto">
          {t().table}
        </p>
        <p class="tent-topics" dir="auto" data-testid="tent-group">
          {t().names.join(' · ')}
        </p>
        <p class="tent-small">{t().peer ? print.t('peerStays') : print.t('menteesStay', wordParams(w()))}</p>
      </div>
    </section>
  );
}

/** Table tents: one sheet per mentor table (per seated table when mentors move), folded along the middle. */
export default function TableTents(props: { ctx: PrintContext }) {
  let root: HTMLDivElement | undefined;
  const mentors = () => props.ctx.view().mentors;
  const seated = () => seatedTents(props.ctx.view());
  const count = () => seated()?.length ?? mentors().length;
  const w = () => printWords(props.ctx);
  // Long names or many topics: smaller type, one step at a time, until every half fits.
  const fit = createFit({
    root: () => root,
    selector: '.tent-half',
    max: 2,
    watch: () => [mentors(), seated(), props.ctx.paper()],
  });
  return (
    <div
      ref={root}
      class={`sheets tents-fit-${fit.level()}`}
      data-testid="print-sheets"
      data-pages={count()}
      data-fitted={fit.fitted()}
    >
      <Show
        when={seated()}
        fallback={
          <>
            <p class="print-note no-print">
              {print.t('tentsNote', { tents: print.t('tentCount', { count: mentors().length }) })}{' '}
              {print.t('tentsFold', wordParams(w()))}
            </p>
            <Show when={props.ctx.view().event.moving === 'mentors'}>
              <p class="print-note no-print">{print.t('mentorsMovePlan', wordParams(w()))}</p>
            </Show>
            <For each={mentors()} fallback={<p class="print-note">{print.t('noMentors', wordParams(w()))}</p>}>
              {(m) => <Tent mentor={m} ctx={props.ctx} />}
            </For>
          </>
        }
      >
        {(tents) => (
          <>
            <p class="print-note no-print">
              {tents()[0]?.peer
                ? print.t('tentsNotePeer', { tents: print.t('tentCount', { count: tents().length }) })
                : print.t('tentsNoteMoving', {
                    ...wordParams(w()),
                    tents: print.t('tentCount', { count: tents().length }),
                  })}{' '}
              {print.t('tentsFoldGroup')}
            </p>
            <For each={tents()}>{(t) => <SeatedTableTent tent={t} ctx={props.ctx} />}</For>
          </>
        )}
      </Show>
    </div>
  );
}
