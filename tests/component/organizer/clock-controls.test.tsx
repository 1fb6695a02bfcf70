import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClockCommandInput, ClockSnapshot } from '../../../shared/schemas/clock';
import type { Ack } from '../../../shared/schemas/errors';
import { createClockControl } from '../../../client/screens/organizer/run/clock-control';
import { ClockControls } from '../../../client/screens/organizer/run/clock-controls';

afterEach(cleanup);

/** Meeting 2 (phase 2) running. */
function snapshot(): ClockSnapshot {
  return {
    status: 'running',
    phaseIndex: 2,
    phase: { index: 2, kind: 'meeting', round: 2 },
    phaseEndsAt: 100_000,
    remainingMs: 60_000,
    serverNow: 40_000,
    version: 7,
    rounds: 3,
    phaseCount: 5,
    startedAt: 0,
  };
}

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
function after(c: ClockSnapshot, action: ClockCommandInput['action']): ClockSnapshot {
  const version = c.version + 1;
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
  return c;
}

/** A fake server: refuses commands whose expectedPhase is stale, like the real one. */
function fakeServer(initial: ClockSnapshot) {
  const [clock, setClock] = createSignal<ClockSnapshot | null>(initial);
  const sent: ClockCommandInput[] = [];
  const send = vi.fn(async (cmd: ClockCommandInput): Promise<Ack<ClockSnapshot>> => {
    sent.push(cmd);
    await Promise.resolve();
    const c = clock()!;
    if (cmd.expectedPhase !== undefined && c.phase?.index !== cmd.expectedPhase) {
      return {
        ok: false,
        error: {
          code: 'conflict',
          message: `the clock is no longer in phase ${cmd.expectedPhase} (now phase ${c.phase?.index})`,
        },
      };
    }
    const next = after(c, cmd.action);
    setClock(next);
    return { ok: true, data: next };
  });
  return { clock, setClock, send, sent };
}

function renderControls(initial = snapshot(), active = true) {
  const server = fakeServer(initial);
  render(() => {
    const control = createClockControl(server.clock, server.send);
    return (
      <div>
        <input aria-label="Somewhere to type" />
        <ClockControls clock={server.clock} control={control} active={() => active} />
      </div>
    );
  });
  return server;
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
    await waitFor(() => expect(screen.getByTestId('clock-message')).toHaveTextContent(/second press was ignored/));
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
});
