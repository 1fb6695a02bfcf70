import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createRoot, createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionStatus } from '../../../client/live/live-connection';
import { createWakeLock } from '../../../client/live/wake-lock';
import { ConnectionNotice } from '../../../client/ui/connection-notice';
import { Countdown } from '../../../client/ui/countdown';
import { PersonName } from '../../../client/ui/person-name';
import { PhaseAnnouncer } from '../../../client/ui/phase-announcer';
import { QuestionList } from '../../../client/ui/question-list';
import { WakeLockToggle } from '../../../client/ui/wake-lock-toggle';
import { T0, pausedClock, runningClock } from '../support/fixtures';

afterEach(cleanup);

describe('Countdown', () => {
  it('shows the remaining time from the deadline, frozen while paused, dashes without a clock', () => {
    const [now, setNow] = createSignal(T0);
    const [clock, setClock] = createSignal(runningClock(0, 125_000) as ReturnType<typeof runningClock> | null);
    render(() => <Countdown clock={clock()} serverNow={now} />);
    const el = screen.getByRole('timer');
    expect(el).toHaveTextContent('2:05');
    expect(el).toHaveAttribute('aria-label', 'Time left 2:05');
    setNow(T0 + 65_000);
    expect(el).toHaveTextContent('1:00');
    setClock(pausedClock(0, 30_000));
    setNow(T0 + 99_000);
    expect(el).toHaveTextContent('0:30');
    setClock(null);
    expect(el).toHaveTextContent('–:––');
  });
});

describe('ConnectionNotice and PhaseAnnouncer', () => {
  it('says "Reconnecting…" only while offline', () => {
    const [status, setStatus] = createSignal<ConnectionStatus>('online');
    render(() => <ConnectionNotice status={status} />);
    expect(screen.queryByTestId('offline-notice')).toBeNull();
    setStatus('offline');
    expect(screen.getByRole('status')).toHaveTextContent('Reconnecting…');
    setStatus('refused');
    expect(screen.queryByTestId('offline-notice')).toBeNull();
  });

  it('announces through a polite live region', () => {
    render(() => <PhaseAnnouncer text={() => 'Round 2 of 8 — talk'} />);
    const region = screen.getByTestId('phase-announcer');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent('Round 2 of 8 — talk');
  });
});

describe('PersonName and QuestionList', () => {
  it('isolates names in any script', () => {
    render(() => (
      <p>
        <PersonName>Zoë</PersonName> <PersonName>李雷</PersonName> <PersonName>عمر</PersonName>
      </p>
    ));
    for (const n of ['Zoë', '李雷', 'عمر']) expect(screen.getByText(n)).toHaveAttribute('dir', 'auto');
  });

  it('lists questions, or says there are none, or that they come later', () => {
    render(() => (
      <div>
        <QuestionList questions={['Why?']} />
        <QuestionList questions={[]} />
        <QuestionList questions={null} />
      </div>
    ));
    expect(screen.getByRole('listitem')).toHaveTextContent('Why?');
    expect(screen.getByText('No questions prepared.')).toBeInTheDocument();
    expect(screen.getByText(/Questions will appear/)).toBeInTheDocument();
  });
});

describe('wake lock', () => {
  function fakeApi() {
    const sentinels: { released: boolean; release: () => Promise<void>; fire: () => void }[] = [];
    const api = {
      request: vi.fn(async () => {
        let onRelease = () => {};
        const s = {
          released: false,
          async release() {
            s.released = true;
            onRelease();
          },
          addEventListener: (_: 'release', cb: () => void) => (onRelease = cb),
          fire() {
            s.released = true;
            onRelease();
          },
        };
        sentinels.push(s);
        return s;
      }),
    };
    return { api, sentinels };
  }

  it('holds the lock when asked, and takes it again when the page is visible again', async () => {
    const { api, sentinels } = fakeApi();
    const control = createRoot(() => createWakeLock(api));
    render(() => <WakeLockToggle control={control} />);
    const button = screen.getByRole('button', { name: /Keep screen on/ });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(button);
    await waitFor(() => expect(control.held()).toBe(true));
    expect(button).toHaveAttribute('aria-pressed', 'true');
    sentinels[0]!.fire(); // the browser dropped it when the page was hidden
    expect(control.held()).toBe(false);
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(control.held()).toBe(true));
    expect(api.request).toHaveBeenCalledTimes(2);
    fireEvent.click(button);
    await waitFor(() => expect(control.held()).toBe(false));
    expect(sentinels[1]!.released).toBe(true);
  });

  it('says when the phone refuses, and hides the switch where there is no API', async () => {
    const control = createRoot(() => createWakeLock({ request: async () => Promise.reject(new Error('NotAllowed')) }));
    render(() => <WakeLockToggle control={control} />);
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByText(/did not allow/)).toBeInTheDocument());
    cleanup();
    const none = createRoot(() => createWakeLock(undefined));
    render(() => <WakeLockToggle control={none} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(/cannot keep the screen on/)).toBeInTheDocument();
  });
});
