/**
 * The projector's cues that are seen, not heard: the digits turn red and say "Last minute" in
 * the last minute of a meeting (the sound need not be on), and a paused clock says "Paused".
 */
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { ProjectorScreen } from '../../../client/screens/projector/projector-screen';
import { T0, pausedClock, projectorView, runningClock } from '../support/fixtures';

function setup(clock0: ClockSnapshot) {
  const [clock, setClock] = createSignal(clock0);
  const [now, setNow] = createSignal(T0);
  render(() => <ProjectorScreen view={projectorView()} clock={clock()} serverNow={now} />);
  return { setClock, setNow };
}
beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('the projector in the last minute', () => {
  it('turns the digits red and says "Last minute", without the sound on', () => {
    const { setNow } = setup(runningClock(0, 61_000));
    const countdown = screen.getByTestId('countdown');
    expect(countdown).not.toHaveClass('last-minute');
    expect(screen.queryByTestId('clock-note')).toBeNull();
    // No sound here at all (happy-dom has no Web Audio): the cue is seen.
    expect(screen.getByText('This browser cannot play sound.')).toBeInTheDocument();
    setNow(T0 + 1_000);
    expect(countdown).toHaveClass('last-minute');
    expect(countdown).toHaveAttribute('data-cue', 'last-minute');
    expect(screen.getByTestId('projector-screen')).toHaveAttribute('data-cue', 'last-minute');
    expect(screen.getByTestId('clock-note')).toHaveTextContent('Last minute');
    // Past the end of the meeting (the clock runs on to the changeover): no longer.
    setNow(T0 + 62_000);
    expect(screen.getByTestId('countdown')).not.toHaveClass('last-minute');
  });

  it('follows the warning setting: "Ending soon" for two minutes, nothing when it is off', () => {
    setup(runningClock(0, 100_000));
    expect(screen.queryByTestId('clock-note')).toBeNull();
    fireEvent.change(screen.getByTestId('warn-seconds'), { target: { value: '120' } });
    expect(screen.getByTestId('clock-note')).toHaveTextContent('Ending soon');
    fireEvent.change(screen.getByTestId('warn-seconds'), { target: { value: '0' } });
    expect(screen.queryByTestId('clock-note')).toBeNull();
    expect(screen.getByTestId('countdown')).not.toHaveClass('last-minute');
  });

  it('not in a changeover', () => {
    setup(runningClock(1, 30_000));
    expect(screen.getByTestId('countdown')).not.toHaveClass('last-minute');
  });
});

describe('the projector paused', () => {
  it('says "Paused" in words beside the grey digits, and no more once resumed', () => {
    const { setClock } = setup(pausedClock(0, 30_000));
    expect(screen.getByTestId('clock-note')).toHaveTextContent('Paused');
    expect(screen.getByTestId('clock-note')).toHaveAttribute('data-cue', 'paused');
    expect(screen.getByTestId('countdown')).toHaveClass('paused');
    expect(screen.getByTestId('countdown')).toHaveTextContent('0:30');
    setClock(runningClock(0, 30_000, T0, 2));
    expect(screen.getByTestId('clock-note')).toHaveTextContent('Last minute');
    setClock(runningClock(0, 300_000, T0, 3));
    expect(screen.queryByTestId('clock-note')).toBeNull();
  });
});
