import { format } from 'date-fns';
import { createEffect, createMemo, createSignal, lazy, Match, onCleanup, Show, Switch, type Component } from 'solid-js';
import type { PrintKind } from '../../route';
import { formatClockTime } from '../../live/clock-time';
import { createDateLocale } from '../../live/date-locale';
import { readSecret } from '../../live/secrets';
import { isLoopbackUrl } from '../../../shared/protocol/loopback';
import { createOrganizerConsole } from '../organizer/organizer-console';
import { initialPaper, isPaper, pageArea, pageRule, PAPERS, type Orientation, type Paper } from './paper';
import type { PrintContext } from './print-context';
import { roundStartTimes, sameTimes, timeBasis } from './round-times';
import './print.css';

// Each printable is its own chunk, loaded only when asked for.
const BODIES: Record<PrintKind, Component<{ ctx: PrintContext }>> = {
  cards: lazy(() => import('./person-cards')),
  tents: lazy(() => import('./table-tents')),
  sheet: lazy(() => import('./wall-sheet')),
  'projector-sign': lazy(() => import('./projector-sign')),
};

const TITLES: Record<PrintKind, string> = {
  cards: 'Personal cards',
  tents: 'Table tents',
  sheet: 'Rotation sheet for the wall',
  'projector-sign': 'Projector sign',
};

const PAPER_STORE = 'tablehop:print-paper';

/** A print-ready page of the event (`/organize/:id/print/:kind`); the organizer key as in the console. */
export default function PrintPage(props: { eventId: string; kind: PrintKind }) {
  const key = readSecret('key', `tablehop:organizer:${props.eventId}`);
  return (
    <Show
      when={key}
      fallback={
        <main class="page">
          <h1>{TITLES[props.kind]}</h1>
          <p class="error" role="alert">
            This page needs the organizer key. Open it from the Print section of the{' '}
            <a href={`/organize/${encodeURIComponent(props.eventId)}`}>organizer console</a>.
          </p>
        </main>
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

function Printable(props: { eventId: string; kind: PrintKind; secret: string }) {
  const c = createOrganizerConsole(props.eventId, props.secret);
  const locale = createDateLocale();
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
    document.title = name ? `${TITLES[props.kind]} · ${name}` : TITLES[props.kind];
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
    timeText: (ms) => formatClockTime(ms, locale()),
    dateText: (ms) => format(ms, 'PPPP', locale() ? { locale: locale()! } : {}),
    paper,
    orientation,
  };
  const problem = () => {
    const err = c.loadError();
    if (!err) return null;
    if (err.status === 401 || err.status === 403)
      return 'This key does not open this event. Open the printables from the console.';
    if (err.status === 404) return 'There is no such event. It may have been deleted.';
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
    <div
      class={`print-root print-${props.kind}`}
      classList={{ 'print-blocked': blocked() }}
      style={{ '--page-w': `${area().width}mm`, '--page-h': `${area().height}mm` }}
    >
      <header class="print-toolbar no-print">
        <div>
          <p class="print-kicker">
            <a href={`/organize/${encodeURIComponent(props.eventId)}`}>← Back to the console</a>
          </p>
          <h1>
            {TITLES[props.kind]}
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
          <label for="paper">Paper</label>
          <select id="paper" value={paper()} onChange={(e) => choose(e.currentTarget.value)}>
            <option value="a4">{PAPERS.a4.label}</option>
            <option value="letter">{PAPERS.letter.label}</option>
          </select>
          <button type="button" onClick={() => window.print()} disabled={!c.view() || blocked()}>
            Print
          </button>
        </div>
        <Show when={loopback()}>
          <div class="print-loopback" role="alert" data-testid="print-localhost">
            <p>
              <strong>These QR codes point to localhost:</strong> phones that scan them open nothing. Open the console
              at this computer's network address (the Run tab lists it) and print from there.
            </p>
            <label>
              <input
                type="checkbox"
                checked={printAnyway()}
                onChange={(e) => setPrintAnyway(e.currentTarget.checked)}
                data-testid="print-anyway"
              />{' '}
              Print them anyway (for this computer only)
            </label>
          </div>
        </Show>
        <p class="print-hint muted">
          In the print dialog pick the same paper, scale 100 % and default margins. Pages break on their own; nothing
          from the console is printed.
        </p>
      </header>
      <Switch
        fallback={
          <p class="print-note" role="status">
            Loading the event…
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
  );
}
