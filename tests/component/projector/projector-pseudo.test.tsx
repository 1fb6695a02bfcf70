/**
 * The projector in the pseudo-locale (issue 19): every word on the big screen, its controls,
 * its spoken labels and its notices comes from a catalogue; only the test's own data (the
 * event's name, the people, the table labels, the digits) may be left as it was.
 */
import { cleanup, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import type { ProjectorView, Snapshot } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { offerUpdate } from '../../../client/live/app-update';
import type { ConnectionStatus } from '../../../client/live/live-connection';
import { offlineLine, ProjectorNotices } from '../../../client/screens/projector/projector-notices';
import { PROJECTOR_GATE_TEXTS } from '../../../client/screens/projector/projector-gate-texts';
import { ProjectorScreen } from '../../../client/screens/projector/projector-screen';
import { InvalidLink, LiveGate } from '../../../client/ui/live-gate';
import { expectNoUntranslatedText, pseudo, usePseudoLocale } from '../../support/pseudo-locale';
import { finishedClock, idleClock, pausedClock, projectorView, runningClock, T0 } from '../support/fixtures';

const dataOf = (view: ProjectorView) => [
  view.event.name,
  ...view.tables.flatMap((t) => [t.name, t.table]),
  ...view.mentees.map((m) => m.name),
  ...view.rounds.flatMap((r) => r.tables.map((t) => t.table ?? '')),
];

/** Mentors who move (issue 17), one of them at a remote table. */
function movingView(): ProjectorView {
  const view = projectorView(3, 1);
  return {
    ...view,
    event: { ...view.event, moving: 'mentors' },
    tables: view.tables.map((t, i) => (i === 0 ? { ...t, remote: true } : t)),
    rounds: view.rounds.map((r) => ({
      ...r,
      tables: r.tables.map((t, i) =>
        i < 2 ? { ...t, table: `T${((i + r.round) % 2) + 1}` } : { ...t, table: undefined },
      ),
    })),
  };
}

/** A board of 1900×900 px (happy-dom lays nothing out: 0×0, one card a page): everything on one page. */
function bigBoard() {
  const proto = HTMLElement.prototype;
  const sizes = { clientWidth: 1900, clientHeight: 900 };
  for (const [prop, px] of Object.entries(sizes)) {
    const before = Object.getOwnPropertyDescriptor(proto, prop);
    Object.defineProperty(proto, prop, { configurable: true, get: () => px });
    onTestFinished(() => {
      if (before) Object.defineProperty(proto, prop, before);
      else delete (proto as unknown as Record<string, unknown>)[prop];
    });
  }
}

function show(clock: ClockSnapshot, view = projectorView(), now = T0) {
  render(() => <ProjectorScreen view={view} clock={clock} serverNow={() => now} />);
  return dataOf(view);
}

let undo = () => {};
beforeEach(() => {
  localStorage.clear();
  undo = usePseudoLocale();
});
afterEach(() => {
  undo();
  cleanup();
});

describe('the projector in the pseudo-locale', () => {
  it('before the start: the line, round 1 seating with who sits out, the controls and the menu', () => {
    bigBoard();
    const data = show(idleClock());
    expect(screen.getByTestId('seating')).toHaveTextContent(pseudo('Sitting out'));
    expect(screen.getByTestId('phase-label')).toHaveTextContent(pseudo('Starting soon'));
    expect(screen.getByRole('combobox')).toBeInTheDocument();
    expectNoUntranslatedText(document.body, data);
  });

  it('in a meeting: the countdown, its spoken label and the last-minute word', () => {
    const data = show(runningClock(0, 30_000));
    expect(screen.getByTestId('countdown')).toHaveAttribute('aria-label', expect.stringMatching(pseudo('Time left')));
    expect(screen.getByTestId('clock-note')).toHaveTextContent(pseudo('Last minute'));
    expectNoUntranslatedText(document.body, data);
  });

  it('in a changeover: the seating in pages, a table that rests', () => {
    const view = projectorView(3, 2);
    view.rounds[1]!.tables[2]!.menteeIds = [];
    const data = show(runningClock(1, 100_000), view);
    // happy-dom lays nothing out: one card a page, so the page note shows.
    expect(screen.getByTestId('seating-page')).toHaveTextContent(pseudo('page'));
    expectNoUntranslatedText(document.body, data);
    cleanup();
    // The table that rests is on its own page: look at each.
    for (let page = 0; page < 4; page++) {
      show(runningClock(1, 100_000), view, Math.ceil(T0 / 32_000) * 32_000 + page * 8000);
      expectNoUntranslatedText(document.body, data);
      cleanup();
    }
  });

  it('when mentors move: the walks, a mentor who rests, a remote table, paused', () => {
    bigBoard();
    const data = show(pausedClock(1, 60_000), movingView());
    expect(screen.getByTestId('seating')).toHaveTextContent(pseudo('online'));
    expect(screen.getByTestId('mentor-moves')).toHaveTextContent(pseudo('move:'));
    expect(screen.getByTestId('phase-announcer')).toHaveTextContent(pseudo('(paused)'));
    expect(screen.getByTestId('clock-note')).toHaveTextContent(pseudo('Paused'));
    expectNoUntranslatedText(document.body, data);
    cleanup();
    show(idleClock(), movingView());
    expectNoUntranslatedText(document.body, data);
  });

  it('after the end', () => {
    const data = show(finishedClock());
    expect(screen.getByTestId('phase-label')).toHaveTextContent(pseudo('thank you'));
    expectNoUntranslatedText(document.body, data);
  });

  it('the offline banner and the update offer', () => {
    offerUpdate(async () => undefined);
    for (const reason of ['none', 'paused', 'not-started', 'old'] as const)
      for (const connecting of [false, true]) {
        const text = offlineLine(reason, connecting, '10:42');
        render(() => <ProjectorNotices banner={() => ({ tone: 'unsure', reason, text })} clock={() => idleClock()} />);
        expect(screen.getByTestId('update-prompt')).toBeInTheDocument();
        expectNoUntranslatedText(document.body, []);
        cleanup();
      }
  });
});

describe('the projector’s live gate in the pseudo-locale', () => {
  it.each([
    ['connecting', false],
    ['online', true],
    ['outdated', false],
    ['replaced', false],
    ['refused', false],
    ['offline', false],
  ] as [ConnectionStatus, boolean][])('%s (deleted: %s)', (status, deleted) => {
    // Offline with a snapshot: the page stays, under the "Reconnecting…" notice.
    const [snapshot] = createSignal<Snapshot | null>(
      status === 'offline' ? { role: 'projector', projector: projectorView() } : null,
    );
    render(() => (
      <LiveGate
        conn={{ status: () => status, deleted: () => deleted, snapshot, reclaim: () => {} }}
        secretKey="test.projector"
        select={(x) => (x.role === 'projector' ? x.projector : null)}
        texts={PROJECTOR_GATE_TEXTS}
      >
        {() => <p data-testid="page" />}
      </LiveGate>
    ));
    if (status === 'offline') expect(screen.getByTestId('offline-notice')).toHaveTextContent(pseudo('Reconnecting'));
    else expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe('');
    expectNoUntranslatedText(document.body, []);
  });

  it('a link with no key', () => {
    render(() => <InvalidLink advice={PROJECTOR_GATE_TEXTS.invalidAdvice} words={PROJECTOR_GATE_TEXTS.words} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(pseudo('This link is not valid'));
    expectNoUntranslatedText(document.body, []);
  });
});
