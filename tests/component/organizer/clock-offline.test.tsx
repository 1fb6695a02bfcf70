/**
 * The console with no network (issue 20): it says so plainly and turns every clock control
 * off, buttons and keyboard shortcuts alike, so a clock command is never queued for later;
 * the controls come back with the connection.
 */
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import type { ClockRequestInput } from '../../../shared/schemas/clock-request';
import type { Ack } from '../../../shared/schemas/errors';
import { createClockControl } from '../../../client/screens/organizer/run/clock-control';
import { ClockControls } from '../../../client/screens/organizer/run/clock-controls';
import { meeting2Clock } from './fixtures';

afterEach(cleanup);

const RUNNING = meeting2Clock();

describe('ClockControls offline', () => {
  it('disables every control and says why; nothing is sent; all comes back online', async () => {
    const [clock] = createSignal<ClockSnapshot | null>(RUNNING);
    const [offline, setOffline] = createSignal(true);
    const send = vi.fn(async (_cmd: ClockRequestInput): Promise<Ack<ClockSnapshot>> => ({ ok: true, data: RUNNING }));
    render(() => (
      <ClockControls
        clock={clock}
        control={createClockControl(clock, send)}
        active={() => true}
        serverNow={() => 40_000}
        offline={offline}
      />
    ));
    expect(screen.getByTestId('clock-offline')).toHaveTextContent(/offline.*none is kept for later/);
    const buttons = screen.getAllByRole('button');
    expect(buttons.length).toBeGreaterThan(2);
    for (const b of buttons) expect(b).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: /^Pause/ }));
    fireEvent.keyDown(document.body, { key: 'n' });
    fireEvent.keyDown(document.body, { key: ' ' });
    await Promise.resolve();
    expect(send).not.toHaveBeenCalled();

    setOffline(false);
    expect(screen.queryByTestId('clock-offline')).toBeNull();
    expect(screen.getByRole('button', { name: /^Pause/ })).toBeEnabled();
    fireEvent.keyDown(document.body, { key: ' ' });
    await Promise.resolve();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0]).toMatchObject({ action: 'pause' });
  });
});
