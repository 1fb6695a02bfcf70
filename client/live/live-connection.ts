import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { clockSnapshotSchema, type ClockSnapshot } from '../../shared/schemas/clock';
import { snapshotSchema, type Snapshot } from '../../shared/protocol/views';
import type { Ack } from '../../shared/schemas/errors';
import { offsetFromSamples, type TimeSample } from './clock-offset';
import { openSocket, type LiveSocket } from './socket';

export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'refused';

/** A live connection: the latest snapshot and clock, the server clock offset, and the socket. */
export interface LiveConnection {
  status: Accessor<ConnectionStatus>;
  /** Why the server refused us (bad link), when status is 'refused'. */
  refusal: Accessor<string | null>;
  snapshot: Accessor<Snapshot | null>;
  clock: Accessor<ClockSnapshot | null>;
  /** Server clock minus ours, in ms. */
  offsetMs: Accessor<number>;
  socket: LiveSocket;
  /** Send with an ack and a timeout; resolves to the ack or a network error result. */
  request<T>(send: (ack: (r: Ack<T>) => void) => void, timeoutMs?: number): Promise<Ack<T>>;
}

const SAMPLES = 8;
const RESYNC_EVERY_MS = 60_000;

/**
 * Connect with a secret and keep the screen's data fresh: snapshots replace the store (only
 * changed fields re-render), clock broadcasts replace the clock, the offset is measured on
 * every connect, every minute and when the page becomes visible again; a page waking up
 * checks the connection with an acknowledged request and reconnects if that fails.
 * Must be called inside a Solid owner; everything is disposed with it.
 */
export function createLiveConnection(secret: string): LiveConnection {
  const socket = openSocket(secret);
  const [status, setStatus] = createSignal<ConnectionStatus>('connecting');
  const [refusal, setRefusal] = createSignal<string | null>(null);
  const [state, setState] = createStore<{ snapshot: Snapshot | null }>({ snapshot: null });
  const [clock, setClock] = createSignal<ClockSnapshot | null>(null);
  const [offsetMs, setOffsetMs] = createSignal(0);

  const request = <T,>(send: (ack: (r: Ack<T>) => void) => void, timeoutMs = 5000): Promise<Ack<T>> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ ok: false, error: { code: 'internal', message: 'No answer from the server.' } }), timeoutMs);
      send((r) => {
        clearTimeout(timer);
        resolve(r);
      });
    });

  const acceptClock = (c: ClockSnapshot) => {
    const prev = clock();
    // Ignore an older clock arriving after a newer one (snapshot and broadcast can cross).
    if (prev && c.version < prev.version) return;
    setClock(c);
  };

  async function measureOffset(): Promise<boolean> {
    const samples: TimeSample[] = [];
    for (let i = 0; i < SAMPLES && socket.connected; i++) {
      const clientSentAt = Date.now();
      const r = await request<{ clientSentAt: number; serverNow: number }>((ack) => socket.emit('time', { clientSentAt }, ack), 3000);
      if (!r.ok) return false;
      samples.push({ clientSentAt, serverNow: r.data.serverNow, clientReceivedAt: Date.now() });
    }
    const best = offsetFromSamples(samples);
    if (best) setOffsetMs(best.offsetMs);
    return best !== null;
  }

  socket.on('connect', () => {
    setStatus('online');
    setRefusal(null);
    void measureOffset();
  });
  socket.on('disconnect', () => setStatus('offline'));
  socket.on('connect_error', (err) => {
    // A refused handshake (bad link) is final; anything else is a network problem and retries.
    if (!socket.active) {
      setStatus('refused');
      setRefusal(err.message);
    } else setStatus('offline');
  });
  socket.on('snapshot:updated', (raw) => {
    const parsed = snapshotSchema.safeParse(raw);
    if (!parsed.success) return;
    setState('snapshot', reconcile(parsed.data));
    const c = parsed.data.role === 'organizer' ? parsed.data.organizer.clock : parsed.data.role === 'projector' ? parsed.data.projector.clock : parsed.data.me.clock;
    acceptClock(c);
  });
  socket.on('clock:changed', (raw) => {
    const parsed = clockSnapshotSchema.safeParse(raw);
    if (parsed.success) acceptClock(parsed.data);
  });

  const resync = setInterval(() => void measureOffset(), RESYNC_EVERY_MS);
  const onVisible = async () => {
    if (document.visibilityState !== 'visible') return;
    if (!socket.connected) {
      socket.connect();
      return;
    }
    const ok = await measureOffset();
    if (!ok) {
      // The socket thinks it is connected but nobody answers: a phone that slept. Start over.
      socket.disconnect();
      socket.connect();
    } else {
      socket.emit('snapshot:get', {}, (r) => {
        if (r.ok) {
          const parsed = snapshotSchema.safeParse(r.data);
          if (parsed.success) setState('snapshot', reconcile(parsed.data));
        }
      });
    }
  };
  document.addEventListener('visibilitychange', onVisible);

  onCleanup(() => {
    clearInterval(resync);
    document.removeEventListener('visibilitychange', onVisible);
    socket.removeAllListeners();
    socket.disconnect();
  });

  return { status, refusal, snapshot: () => state.snapshot, clock, offsetMs, socket, request };
}
