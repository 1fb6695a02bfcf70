import {
  createEffect,
  createMemo,
  createSignal,
  lazy,
  Match,
  on,
  onCleanup,
  Show,
  Switch,
  type Component,
} from 'solid-js';
import type { PrintKind } from '../../route';
import { print } from '../../i18n/catalogues/print';
import { languageSettled, showLanguage, startLanguage } from '../../i18n/current-language';
import { LanguageGate } from '../../i18n/language-gate';
import type { Language } from '../../i18n/languages';
import { readSecret } from '../../live/secrets';
import { isLoopbackUrl } from '../../../shared/protocol/loopback';
import { createOrganizerConsole } from '../organizer/organizer-console';
import { initialPaper, isPaper, pageArea, pageRule, type Orientation, type Paper } from './paper';
import type { PrintContext } from './print-context';
import { printClock } from './print-time';
import { roundStartTimes, sameTimes, timeBasis } from './round-times';
import './print.css';

// Each printable is its own chunk, loaded only when asked for.
const BODIES: Record<PrintKind, Component<{ ctx: PrintContext }>> = {
  cards: lazy(() => import('./person-cards')),
  tents: lazy(() => import('./table-tents')),
  sheet: lazy(() => import('./wall-sheet')),
  'projector-sign': lazy(() => import('./projector-sign')),
};

const TITLES: Record<PrintKind, 'titleCards' | 'titleTents' | 'titleSheet' | 'titleSign'> = {
  cards: 'titleCards',
  tents: 'titleTents',
  sheet: 'titleSheet',
  'projector-sign': 'titleSign',
};

const PAPER_STORE = 'tablehop:print-paper';

/** A print-ready page of the event (`/organize/:id/print/:kind`); the organizer key as in the console. */
export default function PrintPage(props: { eventId: string; kind: PrintKind }) {
  const key = readSecret('key', `tablehop:organizer:${props.eventId}`);
  return (
    <Show
      when={key}
      fallback={
        <LanguageGate>
          <main class="page">
            <h1>{print.t(TITLES[props.kind])}</h1>
            <p class="error" role="alert">
              {print.rich('needsKey', {
                link: (chunks) => <a href={`/organize/${encodeURIComponent(props.eventId)}`}>{chunks}</a>,
              })}
            </p>
          </main>
        </LanguageGate>
      }
    >
      {(k) => <Printable eventId={props.eventId} kind={props.kind} secret={k()} />}
    </Show>
  );
}

function storedPaper(): string | null {
  try {
    return localStorage.getItem(PAPER_STORE);
  } catch {
    return null;
  }
}

/**
 * Printables are in the event's default language (issue 19: `settings.locale`, else English),
 * whatever this computer shows elsewhere: the sheets are read by the room, not the organizer.
 * Until the event arrives (or when it cannot be loaded) the page speaks the device's language.
 */
function createPrintLanguage(view: () => { event: { locale?: Language | null } } | null | undefined) {
  const target = (): Language | null => {
    const v = view();
    return v ? (v.event.locale ?? 'en') : null;
  };
  const [shownFor, setShownFor] = createSignal<Language | null>(null);
  createEffect(
    on(target, (t) => {
      if (t === null) void startLanguage();
      // Once the catalogue is here (or failed to come: then the language the page had).
      else void showLanguage(t).then(() => setShownFor(t));
    }),
  );
  return { ready: () => (target() === null ? languageSettled() : shownFor() === target()) };
}

function Printable(props: { eventId: string; kind: PrintKind; secret: string }) {
  const c = createOrganizerConsole(props.eventId, props.secret);
  const printLanguage = createPrintLanguage(() => c.view());
  // Times in the event's language and time zone (print-time.ts), whatever this computer's are.
  const clock = createMemo(() => printClock(c.view()?.event ?? {}));
  const [paper, setPaper] = createSignal<Paper>(
    initialPaper(window.location.search, storedPaper(), navigator.language),
  );
  const orientation: Orientation = props.kind === 'sheet' ? 'landscape' : 'portrait';
  const area = () => pageArea(paper(), orientation);

  // The @page rule follows the chosen paper; it goes with the page.
  const pageStyle = document.createElement('style');
  document.head.append(pageStyle);
  onCleanup(() => pageStyle.remove());
  createEffect(() => (pageStyle.textContent = pageRule(paper(), orientation)));
  createEffect(() => {
    const name = c.view()?.event.name;
    const title = print.t(TITLES[props.kind]);
    document.title = name ? `${title} · ${name}` : title;
  });

  const choose = (v: string) => {
    if (!isPaper(v)) return;
    setPaper(v);
    try {
      localStorage.setItem(PAPER_STORE, v);
    } catch {
      /* storage unavailable */
    }
  };

  const times = createMemo(
    () => {
      const v = c.view();
      const clock = c.clock();
      return v && clock ? roundStartTimes(v.event, clock, c.serverNow()) : [];
    },
    [],
    { equals: sameTimes },
  );
  const ctx: PrintContext = {
    view: () => c.view()!,
    times,
    basis: () => timeBasis(c.clock() ?? { status: 'idle' }, c.view()?.event.plannedStartAt ?? null),
    timeText: (ms) => clock().timeText(ms),
    dateText: (ms) => clock().dateText(ms),
    zone: () => clock().zone,
    paper,
    orientation,
  };
  const problem = () => {
    const err = c.loadError();
    if (!err) return null;
    if (err.status === 401 || err.status === 403) return print.t('wrongKey');
    if (err.status === 404) return print.t('noEvent');
    return err.message;
  };
  const Body = BODIES[props.kind];
  // QR codes of localhost open nothing on a phone: printing them needs a yes first (issue 16).
  const loopback = () => {
    const v = c.view();
    return v !== undefined && v !== null && isLoopbackUrl(v.links.projector);
  };
  const [printAnyway, setPrintAnyway] = createSignal(false);
  const blocked = () => loopback() && !printAnyway();

  return (
    <Show when={printLanguage.ready()}>
      <div
        class={`print-root print-${props.kind}`}
        classList={{ 'print-blocked': blocked() }}
        style={{ '--page-w': `${area().width}mm`, '--page-h': `${area().height}mm` }}
      >
        <header class="print-toolbar no-print">
          <div>
            <p class="print-kicker">
              <a href={`/organize/${encodeURIComponent(props.eventId)}`}>{print.t('backToConsole')}</a>
            </p>
            <h1>
              {print.t(TITLES[props.kind])}
              <Show when={c.view()}>
                {(v) => (
                  <span class="muted" dir="auto">
                    {' '}
                    · {v().event.name}
                  </span>
                )}
              </Show>
            </h1>
          </div>
          <div class="print-actions">
            <label for="paper">{print.t('paper')}</label>
            <select id="paper" value={paper()} onChange={(e) => choose(e.currentTarget.value)}>
              <option value="a4">{print.t('paperA4')}</option>
              <option value="letter">{print.t('paperLetter')}</option>
            </select>
            <button type="button" onClick={() => window.print()} disabled={!c.view() || blocked()}>
              {print.t('print')}
            </button>
          </div>
          <Show when={loopback()}>
            <div class="print-loopback" role="alert" data-testid="print-localhost">
              <p>
                {print.rich('loopback', { strong: (chunks) => <strong>{chunks}</strong> })} {print.t('loopbackHow')}
              </p>
              <label>
                <input
                  type="checkbox"
                  checked={printAnyway()}
                  onChange={(e) => setPrintAnyway(e.currentTarget.checked)}
                  data-testid="print-anyway"
                />{' '}
                {print.t('printAnyway')}
              </label>
            </div>
          </Show>
          <p class="print-hint muted">{print.t('printHint')}</p>
        </header>
        <Switch
          fallback={
            <p class="print-note" role="status">
              {print.t('loading')}
            </p>
          }
        >
          <Match when={problem()}>
            {(p) => (
              <p class="error print-note" role="alert">
                {p()}
              </p>
            )}
          </Match>
          <Match when={c.view()}>
            <main class="print-main">
              <Body ctx={ctx} />
            </main>
          </Match>
        </Switch>
      </div>
    </Show>
  );
}
