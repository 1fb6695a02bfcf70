/**
 * The projector's words (issues 17 and 19): the event's own role words in every language, the
 * page language's words otherwise; Arabic right to left with the digits and table labels left
 * to right; and the page in the event's default language, with no English shown first.
 */
import { cleanup, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProjectorView } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { chooseLanguage, setEventDefaultLanguage } from '../../../client/i18n/current-language';
import { ProjectorScreen } from '../../../client/screens/projector/projector-screen';
import { FakeSocket } from '../support/fake-socket';
import { idleClock, projectorView, runningClock, T0 } from '../support/fixtures';

let fake: FakeSocket;
vi.mock('../../../client/live/socket', () => ({ openSocket: () => fake }));
const { default: ProjectorPage } = await import('../../../client/screens/projector/projector-page');

/** Mentors who move (issue 17): Ann walks to T2 and then T1, Bo the other way; Cy rests. */
function movingView(labels?: ProjectorView['event']['labels']): ProjectorView {
  const view = projectorView(3, 1);
  const names = ['Ann', 'Bo', 'Cy'];
  return {
    ...view,
    event: { ...view.event, moving: 'mentors', ...(labels ? { labels } : {}) },
    tables: view.tables.map((t, i) => ({ ...t, name: names[i]! })),
    rounds: view.rounds.map((r) => ({
      ...r,
      tables: r.tables.map((t, i) =>
        i < 2 ? { ...t, table: `T${((i + r.round) % 2) + 1}` } : { ...t, table: undefined },
      ),
    })),
  };
}

function show(clock: ClockSnapshot, view: ProjectorView) {
  render(() => <ProjectorScreen view={view} clock={clock} serverNow={() => T0} />);
}

const INVESTORS = { mentor: 'Investor', mentee: 'Founder' };

beforeEach(() => {
  localStorage.clear();
  fake = new FakeSocket();
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await setEventDefaultLanguage(null);
  await chooseLanguage('en');
  localStorage.clear();
});

describe('the role words on the projector', () => {
  it("uses the event's own words: headings as written, in a sentence in lower case", () => {
    show(runningClock(1, 60_000), movingView(INVESTORS));
    expect(screen.getByTestId('mentor-moves')).toHaveTextContent('Investors move:');
    expect(screen.getByTestId('mentor-moves')).toHaveTextContent('Ann → T1');
    expect(screen.getByTestId('phase-label')).toHaveTextContent('Round 2 of 3 — investors move, founders stay');
    cleanup();
    show(idleClock(), movingView(INVESTORS));
    expect(screen.getByTestId('phase-label')).toHaveTextContent(
      'Starting soon — founders, take your seat; investors, go to your first table',
    );
  });

  it("in German: German words for the roles, the event's own words as written", async () => {
    await chooseLanguage('de');
    show(runningClock(1, 60_000), movingView());
    expect(screen.getByTestId('mentor-moves')).toHaveTextContent('Mentoren wechseln:');
    expect(screen.getByTestId('phase-label')).toHaveTextContent('Runde 2 von 3 — Mentoren wechseln, Mentees bleiben');
    expect(screen.getByTestId('countdown')).toHaveAttribute('aria-label', 'Verbleibende Zeit 1:00');
    cleanup();
    show(runningClock(1, 60_000), movingView(INVESTORS));
    expect(screen.getByTestId('mentor-moves')).toHaveTextContent('Investors wechseln:');
    // In a sentence too, as the event wrote them (English would lower-case them).
    expect(screen.getByTestId('phase-label')).toHaveTextContent('Runde 2 von 3 — Investors wechseln, Founders bleiben');
  });

  it('in Arabic: right to left, the arrow the way the line reads, digits and tables left to right', async () => {
    await chooseLanguage('ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    show(runningClock(1, 60_000), movingView());
    const moves = screen.getByTestId('mentor-moves');
    expect(moves).toHaveTextContent('المرشدون ينتقلون:');
    expect(moves).toHaveTextContent('Ann ← T1');
    expect(within(moves).getByText('T1')).toHaveAttribute('dir', 'ltr');
    expect(screen.getByTestId('countdown')).toHaveAttribute('dir', 'ltr');
    expect(screen.getByTestId('countdown')).toHaveTextContent('1:00');
    const label = screen.getByTestId('seating').querySelector('.seat-table bdi');
    expect(label).toHaveAttribute('dir', 'ltr');
    expect(screen.getByTestId('warn-seconds')).toHaveAttribute('dir', 'ltr');
  });
});

describe('the projector page in the event language', () => {
  it("shows the event's default language on a browser that prefers none of ours, never English first", async () => {
    vi.stubGlobal('navigator', { ...navigator, language: 'ja-JP', languages: ['ja-JP', 'ko'] });
    window.location.hash = '#key=proj-1';
    render(() => <ProjectorPage />);
    fake.open();
    const view = projectorView();
    fake.fire('snapshot:updated', {
      role: 'projector',
      projector: { ...view, event: { ...view.event, locale: 'zh-Hans' }, clock: runningClock(0, 90_000, T0) },
    });
    // The Chinese catalogue is a chunk of its own: until it is here, no screen (not English).
    expect(screen.queryByTestId('projector-screen')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('phase-label')).toHaveTextContent('第 1 轮，共 3 轮 — 交流'));
    expect(document.documentElement).toHaveAttribute('lang', 'zh-Hans');
    expect(document.title).toBe(`${view.event.name} · 投影`);
    expect(screen.getByLabelText('语言')).toHaveValue('zh-Hans');
  });

  it('keeps a language chosen on the device over the event default', async () => {
    await chooseLanguage('fr');
    window.location.hash = '#key=proj-1';
    render(() => <ProjectorPage />);
    fake.open();
    const view = projectorView();
    fake.fire('snapshot:updated', {
      role: 'projector',
      projector: { ...view, event: { ...view.event, locale: 'zh-Hans' }, clock: runningClock(0, 90_000, T0) },
    });
    expect(screen.getByTestId('phase-label')).toHaveTextContent('Tour 1 sur 3 — échangez');
    expect(document.documentElement).toHaveAttribute('lang', 'fr');
  });
});
