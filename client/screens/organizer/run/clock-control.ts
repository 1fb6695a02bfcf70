import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { ClockSnapshot } from '../../../../shared/schemas/clock';
import type { ClockRequestInput } from '../../../../shared/schemas/clock-request';
import type { Ack } from '../../../../shared/schemas/errors';
import { UNDO_WINDOW_MS } from '../../../../shared/timeline/clock-undo';
import { buildClockCommand, type ClockAction, type LastPress } from './clock-actions';
import { doneMessage, refusalMessage, resetMessage, undoMessage, type ClockMessage } from './clock-messages';

/** The skip or end that the notice offers to undo. */
export interface Undoable {
  action: 'skip' | 'end';
  /** The clock version it made (what `clock.undo` names). */
  version: number;
}

/** The Run panel's clock controller: presses become commands, answers become a message. */
export interface ClockControl {
  press(action: ClockAction): Promise<void>;
  /** Take back the last skip or end (offered for {@link UNDO_WINDOW_MS} after it). */
  undo(): Promise<void>;
  /** A rehearsal's clock back to "not started"; `confirm` when it ran for more than a minute. */
  reset(confirm: boolean): Promise<void>;
  message: Accessor<ClockMessage | null>;
  /** The skip or end that can still be undone, while the clock is still the one it made. */
  undoable: Accessor<Undoable | null>;
  pending: Accessor<number>;
}

/**
 * Turn presses into commands that carry the phase shown when pressed (a quick second press
 * keeps the first one's phase) and report the outcome. After a skip or an end the message
 * offers an undo for {@link UNDO_WINDOW_MS} from the press (the server counts from when it
 * applied it, a moment later). `now` is injectable for tests. Must run inside a Solid owner.
 */
export function createClockControl(
  clock: Accessor<ClockSnapshot | null>,
  send: (command: ClockRequestInput) => Promise<Ack<ClockSnapshot>>,
  now: () => number = () => performance.now(),
): ClockControl {
  const [message, setMessage] = createSignal<ClockMessage | null>(null);
  const [offer, setOffer] = createSignal<Undoable | null>(null);
  const [pending, setPending] = createSignal(0);
  let last: LastPress | null = null;
  let expiry: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(expiry));

  const withdraw = () => {
    clearTimeout(expiry);
    setOffer(null);
  };
  /** Offer to undo what a press at `pressedAt` did, until its window closes. */
  const offerUndo = (u: Undoable, pressedAt: number) => {
    withdraw();
    const left = UNDO_WINDOW_MS - (now() - pressedAt);
    if (left <= 0) return;
    setOffer(u);
    expiry = setTimeout(() => setOffer(null), left);
  };

  const run = async <T>(work: () => Promise<T>): Promise<T> => {
    setPending((n) => n + 1);
    try {
      return await work();
    } finally {
      setPending((n) => n - 1);
    }
  };

  const press = (action: ClockAction) =>
    run(async () => {
      const at = now();
      const { command, press: p, repeated } = buildClockCommand(action, clock()?.phase?.index, last, at);
      last = p;
      const r = await send(command);
      if (!r.ok) {
        // A refused second press leaves the first press's undo on offer: it is still the last change.
        if (!repeated) withdraw();
        setMessage(refusalMessage(action, r.error, repeated, clock()));
        return;
      }
      setMessage(doneMessage(action, r.data));
      if (action === 'skip' || action === 'end') offerUndo({ action, version: r.data.version }, at);
      else withdraw();
    });

  const undo = () =>
    run(async () => {
      const u = offer();
      if (!u) return;
      withdraw();
      setMessage(undoMessage(await send({ action: 'undo', version: u.version })));
    });

  const reset = (confirm: boolean) =>
    run(async () => {
      withdraw();
      setMessage(resetMessage(await send(confirm ? { action: 'reset', confirm } : { action: 'reset' })));
    });

  // The clock moved on by itself (a phase boundary) or another console changed it: nothing to undo then.
  const undoable = () => {
    const u = offer();
    return u && clock()?.version === u.version ? u : null;
  };
  return { press, undo, reset, message, undoable, pending };
}
