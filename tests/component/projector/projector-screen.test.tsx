import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { ProjectorScreen } from '../../../client/screens/projector/projector-screen';
import { WARN_STORAGE_KEY } from '../../../client/screens/projector/warn-setting';
import { T0, idleClock, projectorView, runningClock } from '../support/fixtures';

/** A stand-in for Web Audio that records the notes played. */
class FakeAudioContext {
  static instances: FakeAudioContext[] = [];
  state = 'suspended';
  currentTime = 0;
  destination = {};
  notes: number[] = [];
  constructor() {
    FakeAudioContext.instances.push(this);
  }
  async resume() {
    this.state = 'running';
  }
  async close() {}
  createOscillator() {
    const osc = {
      type: 'sine',
      frequency: { value: 0 },
      connect: (g: unknown) => g,
      start: () => this.notes.push(osc.frequency.value),
      stop: () => {},
    };
    return osc;
  }
  createGain() {
    const gain = { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (d: unknown) => d };
    return gain;
  }
}

function setup(clock0: ClockSnapshot, view = projectorView()) {
  const [clock, setClock] = createSignal(clock0);
  const [now, setNow] = createSignal(T0);
  render(() => <ProjectorScreen view={view} clock={clock()} serverNow={now} />);
  return { setClock, setNow };
}

beforeEach(() => {
  localStorage.clear();
  FakeAudioContext.instances = [];
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ProjectorScreen', () => {
  it('in a meeting shows the phase and round and a huge countdown, without seating', () => {
    setup(runningClock(2, 7 * 60_000 + 500));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Round 2 of 3 — talk');
    expect(screen.getByTestId('countdown')).toHaveTextContent('7:01');
    expect(screen.queryByTestId('seating')).toBeNull();
    expect(screen.getByTestId('projector-screen')).toHaveClass('solo');
  });

  it('moves on to the next phase by itself when the broadcast is missed (the phase lengths are in its view)', () => {
    // Round 1 ends 5 s from now; no clock:changed arrives (the projector laptop lost the Wi-Fi).
    const { setNow } = setup(runningClock(0, 5_000));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Round 1 of 3 — talk');
    setNow(T0 + 5_000 + 30_000);
    // 30 s into the 2-minute changeover before round 2.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Round 2 of 3 — move to your table');
    expect(screen.getByTestId('countdown')).toHaveTextContent('1:30');
    setNow(T0 + 5_000 + 120_000 + 600_000 + 120_000 + 1_000);
    // Past round 2 and the next changeover: round 3, one second in.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Round 3 of 3 — talk');
    expect(screen.getByTestId('countdown')).toHaveTextContent('9:59');
  });

  it('in a changeover shows the coming round’s seating by table', () => {
    // A big board: everything fits on one page.
    const proto = HTMLElement.prototype;
    const restore = [
      Object.getOwnPropertyDescriptor(proto, 'clientWidth'),
      Object.getOwnPropertyDescriptor(proto, 'clientHeight'),
    ];
    Object.defineProperty(proto, 'clientWidth', { configurable: true, get: () => 1900 });
    Object.defineProperty(proto, 'clientHeight', { configurable: true, get: () => 900 });
    onTestFinished(() => {
      if (restore[0]) Object.defineProperty(proto, 'clientWidth', restore[0]);
      else delete (proto as { clientWidth?: number }).clientWidth;
      if (restore[1]) Object.defineProperty(proto, 'clientHeight', restore[1]);
      else delete (proto as { clientHeight?: number }).clientHeight;
    });
    setup(runningClock(3, 100_000));
    expect(screen.queryByTestId('seating-page')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Round 3 of 3 — move to your table');
    const seating = screen.getByTestId('seating');
    expect(seating).toHaveTextContent('Round 3 seating');
    expect(seating).toHaveTextContent('T3');
    expect(screen.getAllByText('عمر')[0]).toHaveAttribute('dir', 'auto');
    expect(seating).toHaveTextContent('Sitting out');
  });

  it('before the start shows round 1 seating and no countdown', () => {
    setup(idleClock());
    expect(screen.getByTestId('seating')).toHaveTextContent('Round 1 seating');
    expect(screen.getByText('Zoë')).toBeInTheDocument();
    expect(screen.queryByTestId('countdown')).toBeNull();
  });

  it('pages the seating when it does not fit, turning every 8 s', () => {
    // happy-dom lays nothing out: the board measures 0×0, so one card per page.
    const { setNow } = setup(runningClock(1, 100_000), projectorView(3, 2));
    const pages = 4; // 3 tables + the byes card
    const at = (t: number) => {
      setNow(t);
      return screen.getByTestId('seating-page').textContent;
    };
    const base = Math.ceil(T0 / (8000 * pages)) * 8000 * pages;
    expect(at(base)).toContain(`page 1 of ${pages}`);
    expect(at(base + 8000)).toContain(`page 2 of ${pages}`);
    expect(screen.getByTestId('seating')).toHaveTextContent('T2');
    expect(screen.getByTestId('seating')).not.toHaveTextContent('T1');
  });

  it('plays nothing until sound is on, then chimes at a phase change and warns softly before the end', async () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    const { setNow, setClock } = setup(runningClock(0, 60_500));
    setNow(T0 + 100);
    expect(FakeAudioContext.instances).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: /Enable sound/ }));
    await waitFor(() => expect(screen.getByTestId('sound-toggle')).toHaveAttribute('aria-pressed', 'true'));
    const ctx = FakeAudioContext.instances[0]!;
    const confirm = ctx.notes.length;
    expect(confirm).toBeGreaterThan(0);
    setNow(T0 + 1000); // 59.5 s left: crosses the 60 s warning
    const afterWarning = ctx.notes.length;
    expect(afterWarning - confirm).toBe(3); // one soft note (three partials)
    setClock(runningClock(1, 120_000, T0 + 2000, 2));
    setNow(T0 + 2000);
    expect(ctx.notes.length - afterWarning).toBe(9); // the three-note chime
  });

  it('lets the operator set the warning time, remembered for next time', () => {
    setup(runningClock(0, 60_000));
    const input = screen.getByLabelText(/Warn/);
    expect(input).toHaveValue(60);
    fireEvent.change(input, { target: { value: '90' } });
    expect(localStorage.getItem(WARN_STORAGE_KEY)).toBe('90');
  });
});
