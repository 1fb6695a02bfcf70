import { createSignal, type Accessor } from 'solid-js';
import type { ClockCommandInput, ClockSnapshot } from '../../../../shared/schemas/clock';
import type { Ack } from '../../../../shared/schemas/errors';
import { buildClockCommand, doneText, refusalText, type ClockAction, type LastPress } from './clock-actions';

/** The Run panel's clock controller: presses become commands, answers become a message. */
export interface ClockControl {
  press(action: ClockAction): Promise<void>;
  message: Accessor<{ kind: 'ok' | 'error'; text: string } | null>;
  pending: Accessor<number>;
}

/**
 * Turn presses into commands that carry the phase shown when pressed (a quick second press
 * keeps the first one's phase) and report the outcome. `now` is injectable for tests.
 */
export function createClockControl(
  clock: Accessor<ClockSnapshot | null>,
  send: (command: ClockCommandInput) => Promise<Ack<ClockSnapshot>>,
  now: () => number = () => performance.now(),
): ClockControl {
  const [message, setMessage] = createSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [pending, setPending] = createSignal(0);
  let last: LastPress | null = null;

  const press = async (action: ClockAction) => {
    const at = now();
    const { command, press: p, repeated } = buildClockCommand(action, clock()?.phase?.index, last, at);
    last = p;
    setPending((n) => n + 1);
    try {
      const r = await send(command);
      setMessage(
        r.ok ? { kind: 'ok', text: doneText(action) } : { kind: 'error', text: refusalText(action, r.error, repeated) },
      );
    } finally {
      setPending((n) => n - 1);
    }
  };
  return { press, message, pending };
}
