import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import type { ClockRequestInput } from '../../../shared/schemas/clock-request';
import type { Ack } from '../../../shared/schemas/errors';
import { createClockControl } from '../../../client/screens/organizer/run/clock-control';
import { ClockControls } from '../../../client/screens/organizer/run/clock-controls';
import { meeting2Clock } from './fixtures';

afterEach(cleanup);

/** Meeting 2 (phase 2) running. */
const snapshot = meeting2Clock;

/** The same event before the start. */
function idleSnapshot(): ClockSnapshot {
  return {
    status: 'idle',
    phase: null,
    phaseEndsAt: null,
    remainingMs: 60_000,
    serverNow: 40_000,
    version: 7,
    rounds: 3,
    phaseCount: 5,
    startedAt: null,
  };
}

/** What the fake server's clock becomes after a command it accepts. */
function after(c: ClockSnapshot, action: ClockRequestInput['action']): ClockSnapshot {
  const version = c.version + 1;
  if (action === 'skip' && (c.status === 'running' || c.status === 'paused') && c.phaseIndex === c.phaseCount - 1) {
    return after(c, 'end');
  }
  if (action === 'skip' && (c.status === 'running' || c.status === 'paused')) {
    return {
      ...c,
      version,
      phaseIndex: c.phaseIndex + 1,
      phase: { index: c.phaseIndex + 1, kind: 'changeover', round: 3 },
    };
  }
  if (action === 'end') {
    return {
      status: 'finished',
      version,
      endedAt: c.serverNow,
      startedAt: c.startedAt,
      phase: null,
      phaseEndsAt: null,
      remainingMs: 0,
      serverNow: c.serverNow,
      rounds: c.rounds,
      phaseCount: c.phaseCount,
    };
  }
  if (action === 'pause' && c.status === 'running') return { ...c, version, status: 'paused', phaseEndsAt: null };
  if (action === 'reset') return { ...idleSnapshot(), version };
  return c;
}

/** A fake server: refuses commands whose expectedPhase is stale, like the real one; undoes the last change. */
function fakeServer(initial: ClockSnapshot) {
  const [clock, setClock] = createSignal<ClockSnapshot | null>(initial);
  const sent: ClockRequestInput[] = [];
  const earlier: ClockSnapshot[] = [];
  const send = vi.fn(async (cmd: ClockRequestInput): Promise<Ack<ClockSnapshot>> => {
    sent.push(cmd);
    await Promise.resolve();
    const c = clock()!;
    if (cmd.action === 'undo') {
      const back = earlier.pop();
      if (!back || cmd.version !== c.version) return { ok: false, error: { code: 'conflict', message: 'cannot undo' } };
      const undone = { ...back, version: c.version + 1 };
      setClock(undone);
      return { ok: true, data: undone };
    }
    if ('expectedPhase' in cmd && cmd.expectedPhase !== undefined && c.phase?.index !== cmd.expectedPhase) {
      return {
        ok: false,
        error: {
          code: 'conflict',
          message: `the clock is no longer in phase ${cmd.expectedPhase} (now phase ${c.phase?.index})`,
        },
      };
    }
    const next = after(c, cmd.action);
    earlier.push(c);
    setClock(next);
    return { ok: true, data: next };
  });
  return { clock, setClock, send, sent };
}

function renderControls(
  initial = snapshot(),
  active = true,
  opts: { now?: () => number; serverNow?: () => number } = {},
) {
  const server = fakeServer(initial);
  render(() => {
    const control = createClockControl(server.clock, server.send, opts.now);
    return (
      <div>
        <input aria-label="Somewhere to type" />
        <ClockControls
          clock={server.clock}
          control={control}
          active={() => active}
          serverNow={opts.serverNow ?? (() => 40_000)}
        />
      </div>
    );
  });
  return server;
}

/** Meeting 3 of 3 (the last phase) running. */
function lastPhase(): ClockSnapshot {
  const c = snapshot();
  if (c.status !== 'running') throw new Error('snapshot() is running');
  return { ...c, phaseIndex: 4, phase: { index: 4, kind: 'meeting', round: 3 } };
}

describe('ClockControls', () => {
  it('shows the shortcuts on the buttons', () => {
    renderControls();
    expect(screen.getByRole('button', { name: /Pause\s*Space/ })).toHaveAttribute('aria-keyshortcuts', 'Space');
    expect(screen.getByRole('button', { name: /Skip\s*N/ })).toBeEnabled();
    expect(screen.getByRole('button', { name: /\+1 min\s*E/ })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
  });

  it('a double-click on Skip skips one phase and says why the second press did nothing', async () => {
    const server = renderControls();
    const skip = screen.getByRole('button', { name: /Skip/ });
    fireEvent.click(skip);
    fireEvent.click(skip);
    await waitFor(() => expect(server.send).toHaveBeenCalledTimes(2));
    expect(server.sent).toEqual([
      { action: 'skip', expectedPhase: 2 },
      { action: 'skip', expectedPhase: 2 },
    ]);
    await waitFor(() =>
      expect(screen.getByTestId('clock-message')).toHaveTextContent('Skipped once — the second press was ignored.'),
    );
    // Calm: the plain style, not the red error one, and no phase numbers.
    expect(screen.getByTestId('clock-message').querySelector('p')).not.toHaveClass('error');
    expect(server.clock()!.phase!.index).toBe(3);
  });

  it('End asks first; Keep going changes nothing, End the event ends it', async () => {
    const server = renderControls();
    fireEvent.click(screen.getByRole('button', { name: 'End…' }));
    const dialog = screen.getByRole('dialog', { name: 'End the event now?' });
    expect(dialog).toHaveAttribute('open');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep going' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep going' }));
    expect(server.send).not.toHaveBeenCalled();
    expect(dialog).not.toHaveAttribute('open');

    fireEvent.click(screen.getByRole('button', { name: 'End…' }));
    fireEvent.click(screen.getByRole('button', { name: 'End the event' }));
    await waitFor(() => expect(server.sent).toEqual([{ action: 'end', expectedPhase: 2 }]));
    await waitFor(() => expect(screen.getByTestId('clock-message')).toHaveTextContent('The event has ended.'));
  });

  it('keyboard: N skips, Space pauses, E extends, but not while typing', async () => {
    const server = renderControls();
    fireEvent.keyDown(screen.getByLabelText('Somewhere to type'), { key: 'n' });
    fireEvent.keyDown(screen.getByLabelText('Somewhere to type'), { key: ' ' });
    expect(server.send).not.toHaveBeenCalled();
    fireEvent.keyDown(document.body, { key: 'n' });
    await waitFor(() => expect(server.sent).toEqual([{ action: 'skip', expectedPhase: 2 }]));
    fireEvent.keyDown(document.body, { key: ' ' });
    await waitFor(() => expect(server.sent[1]).toEqual({ action: 'pause', expectedPhase: 3 }));
    await waitFor(() => expect(screen.getByRole('button', { name: /Resume/ })).toBeInTheDocument());
    fireEvent.keyDown(document.body, { key: 'E' });
    await waitFor(() => expect(server.sent[2]).toEqual({ action: 'extend', seconds: 60, expectedPhase: 3 }));
  });

  it('shortcuts sleep while the Run tab is hidden', () => {
    const server = renderControls(snapshot(), false);
    fireEvent.keyDown(document.body, { key: 'n' });
    expect(server.send).not.toHaveBeenCalled();
  });

  it('before the start only Start and End work; a refusal is shown', async () => {
    const server = renderControls(idleSnapshot());
    server.send.mockResolvedValueOnce({
      ok: false,
      error: { code: 'bad_request', message: 'the event has no rounds to run' },
    });
    expect(screen.getByRole('button', { name: /Skip/ })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() =>
      expect(screen.getByTestId('clock-message')).toHaveTextContent('Start failed: the event has no rounds to run'),
    );
    expect(server.send).toHaveBeenCalledWith({ action: 'start' });
  });

  it('a skip in the last round asks first, like End; then it can be undone from the message', async () => {
    const server = renderControls(lastPhase());
    fireEvent.click(screen.getByRole('button', { name: /Skip/ }));
    const dialog = screen.getByRole('dialog', { name: 'Skip past the last round?' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveTextContent('Now: Round 3 of 3 · talking.');
    fireEvent.click(screen.getByRole('button', { name: 'Keep going' }));
    expect(server.send).not.toHaveBeenCalled();
    // The keyboard shortcut asks too.
    fireEvent.keyDown(document.body, { key: 'n' });
    expect(dialog).toHaveAttribute('open');
    expect(server.send).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'End the event' }));
    await waitFor(() => expect(server.sent).toEqual([{ action: 'skip', expectedPhase: 4 }]));
    const message = screen.getByTestId('clock-message');
    await waitFor(() => expect(message).toHaveTextContent('Skipped past the last round: the event has ended.'));
    fireEvent.click(screen.getByRole('button', { name: 'Undo the skip' }));
    await waitFor(() => expect(server.sent[1]).toEqual({ action: 'undo', version: 8 }));
    await waitFor(() => expect(message).toHaveTextContent('Undone: back to Round 3 of 3 · talking.'));
    expect(server.clock()!.status).toBe('running');
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
  });

  it('End offers an undo in its message; the offer goes after 10 s, or when the clock moves on', async () => {
    let t = 0;
    const server = renderControls(snapshot(), true, { now: () => t });
    fireEvent.click(screen.getByRole('button', { name: 'End…' }));
    expect(screen.getByRole('dialog', { name: 'End the event now?' })).toHaveTextContent(
      'You can undo it for 10 seconds.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'End the event' }));
    const undo = await screen.findByRole('button', { name: 'Undo the end' });
    expect(undo).toBeInTheDocument();
    // Another press replaces the offer; a skip makes a new one, which the clock moving on withdraws.
    server.setClock(snapshot());
    fireEvent.click(screen.getByRole('button', { name: /Skip/ }));
    await screen.findByRole('button', { name: 'Undo the skip' });
    server.setClock({ ...server.clock()!, version: server.clock()!.version + 1 });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo the skip' })).toBeNull());
    // 9.99 s after the press the answer came: the offer lasts the 10 ms left.
    server.setClock(snapshot());
    fireEvent.click(screen.getByRole('button', { name: 'End…' }));
    fireEvent.click(screen.getByRole('button', { name: 'End the event' }));
    t = 9_990;
    await screen.findByRole('button', { name: 'Undo the end' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo the end' })).toBeNull());
  });

  it('Reset the clock asks first, and confirms on the wire once the clock ran over a minute', async () => {
    let serverNow = 40_000; // 40 s after the start (startedAt 0)
    const server = renderControls(snapshot(), true, { serverNow: () => serverNow });
    fireEvent.click(screen.getByRole('button', { name: 'Reset the clock…' }));
    const dialog = screen.getByRole('dialog', { name: 'Reset the clock?' });
    expect(dialog).toHaveTextContent('People, check-ins and the plan stay as they are.');
    expect(dialog.querySelector('.error')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Keep the clock' }));
    expect(server.send).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reset the clock…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset the clock' }));
    await waitFor(() => expect(server.sent).toEqual([{ action: 'reset' }]));
    await waitFor(() => expect(screen.getByTestId('clock-message')).toHaveTextContent(/^The clock is reset/));
    expect(screen.queryByRole('button', { name: 'Reset the clock…' })).toBeNull(); // idle: nothing to reset

    server.setClock(snapshot());
    serverNow = 5 * 60_000;
    fireEvent.click(screen.getByRole('button', { name: 'Reset the clock…' }));
    expect(screen.getByRole('dialog', { name: 'Reset the clock?' })).toHaveTextContent(
      'The clock has run for 5 minutes.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reset the clock' }));
    await waitFor(() => expect(server.sent[1]).toEqual({ action: 'reset', confirm: true }));
  });
});
