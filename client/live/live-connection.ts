import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { clockSnapshotSchema, type ClockSnapshot } from '../../shared/schemas/clock';
import { snapshotSchema, type Snapshot } from '../../shared/protocol/views';
import type { Ack } from '../../shared/schemas/errors';
import { offsetFromSamples, type TimeSample } from './clock-offset';
import { FIRST_CONNECT_SAMPLES, offsetSamplingPlan } from './offset-sampling';
import type { Refusal } from './phone-refusal-text';
import { openSocket, type LiveSocket } from './socket';

/**
 * 'refused': the link is not valid; 'outdated': the server speaks another protocol and this
 * page must be reloaded; 'replaced': the link was opened in more places than the server keeps
 * (5), and this, the oldest, was closed; it reconnects only when the person asks (`reclaim`),
 * or two tabs would take turns closing each other.
 */
export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'refused' | 'outdated' | 'replaced';

/** A live connection: the latest snapshot and clock, the server clock offset, and the socket. */
export interface LiveConnection {
  status: Accessor<ConnectionStatus>;
  /**
   * Why the server refused us (bad link), when status is 'refused': its English, and its reason
   * and params for a page that says it in its reader's language (the phone: phone-refusal-text.ts).
   */
  refusal: Accessor<Refusal | null>;
  /** True once the server said the event was deleted. */
  deleted: Accessor<boolean>;
  snapshot: Accessor<Snapshot | null>;
  clock: Accessor<ClockSnapshot | null>;
  /** Server clock minus ours, in ms. */
  offsetMs: Accessor<number>;
  socket: LiveSocket;
  /** Send with an ack and a timeout; resolves to the ack or a network error result. Never queues while offline. */
  request<T>(send: (ack: (r: Ack<T>) => void) => void, timeoutMs?: number): Promise<Ack<T>>;
  /** Ask for a fresh snapshot (`snapshot:get`); resolves to whether one arrived. */
  refresh(): Promise<boolean>;
  /** After 'replaced': connect again here (which closes the link's oldest other place). */
  reclaim(): void;
}

const RESYNC_EVERY_MS = 60_000;
const RATE_LIMIT_RETRY_MS = 15_000;

/**
 * Why a request failed before any server answered: the stable `reason` a page renders in its
 * reader's language (the phone: phone-error-text.ts), beside the English `message`.
 */
export type TransportReason = 'noConnection' | 'noAnswer';

const noAnswer = <T>(reason: TransportReason, message: string): Ack<T> => ({
  ok: false,
  error: { code: 'internal', message, reason },
});

/** The clock inside a snapshot of any role. */
function clockOf(s: Snapshot): ClockSnapshot {
  switch (s.role) {
    case 'organizer':
      return s.organizer.clock;
    case 'projector':
      return s.projector.clock;
    case 'mentor':
    case 'mentee':
      return s.me.clock;
  }
}

/**
 * Connect with a secret and keep the screen's data fresh: snapshots replace the store (only
 * changed fields re-render), clock broadcasts replace the clock, the offset is measured on
 * every connect (lightly after a reconnect: offset-sampling.ts), every minute and when the
 * page becomes visible again; a page waking up
 * checks the connection with an acknowledged request and reconnects if that fails.
 * Must be called inside a Solid owner; everything is disposed with it.
 */
export function createLiveConnection(secret: string): LiveConnection {
  const socket = openSocket(secret);
  const [status, setStatus] = createSignal<ConnectionStatus>('connecting');
  const [refusal, setRefusal] = createSignal<Refusal | null>(null);
  const [deleted, setDeleted] = createSignal(false);
  const [state, setState] = createStore<{ snapshot: Snapshot | null }>({ snapshot: null });
  const [clock, setClock] = createSignal<ClockSnapshot | null>(null);
  const [offsetMs, setOffsetMs] = createSignal(0);
  let measured = false;
  let measuring: Promise<boolean> | null = null;

  const request = <T>(send: (ack: (r: Ack<T>) => void) => void, timeoutMs = 5000): Promise<Ack<T>> => {
    // socket.io buffers emits while disconnected and sends them later: a save the user was
    // told had failed must not quietly happen after all.
    if (!socket.connected) return Promise.resolve(noAnswer<T>('noConnection', 'No connection to the server.'));
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(noAnswer<T>('noAnswer', 'No answer from the server.')), timeoutMs);
      send((r) => {
        clearTimeout(timer);
        resolve(r);
      });
    });
  };

  const acceptClock = (c: ClockSnapshot) => {
    const prev = clock();
    // Ignore an older clock arriving after a newer one (snapshot and broadcast can cross).
    if (prev && c.version < prev.version) return;
    // Until the first measurement, the stamp on the clock gives the offset within one trip.
    if (!measured) setOffsetMs(c.serverNow - Date.now());
    setClock(c);
  };

  const acceptSnapshot = (raw: unknown): boolean => {
    const parsed = snapshotSchema.safeParse(raw);
    if (!parsed.success) return false;
    setState('snapshot', reconcile(parsed.data));
    acceptClock(clockOf(parsed.data));
    return true;
  };

  async function sampleOffset(count: number): Promise<boolean> {
    const samples: TimeSample[] = [];
    for (let i = 0; i < count && socket.connected; i++) {
      const clientSentAt = Date.now();
      const r = await request<{ clientSentAt: number; serverNow: number }>(
        (ack) => socket.emit('time', { clientSentAt }, ack),
        3000,
      );
      if (!r.ok) return false;
      samples.push({ clientSentAt, serverNow: r.data.serverNow, clientReceivedAt: Date.now() });
    }
    const best = offsetFromSamples(samples);
    if (!best) return false;
    measured = true;
    setOffsetMs(best.offsetMs);
    return true;
  }
  const measureOffset = (count = FIRST_CONNECT_SAMPLES): Promise<boolean> => {
    measuring ??= sampleOffset(count).finally(() => (measuring = null));
    return measuring;
  };

  const refresh = async (): Promise<boolean> => {
    const r = await request<Snapshot>((ack) => socket.emit('snapshot:get', {}, ack));
    return r.ok && acceptSnapshot(r.data);
  };

  let sampleTimer: ReturnType<typeof setTimeout> | undefined;
  socket.on('connect', () => {
    setStatus('online');
    setRefusal(null);
    const plan = offsetSamplingPlan(measured, Math.random());
    clearTimeout(sampleTimer);
    if (plan.delayMs === 0) void measureOffset(plan.samples);
    else sampleTimer = setTimeout(() => void measureOffset(plan.samples), plan.delayMs);
  });
  // Refused and outdated are final: no reconnecting would change the answer. Replaced waits for the person.
  const final = () => status() === 'refused' || status() === 'outdated' || status() === 'replaced';
  socket.on('disconnect', () => {
    if (!final() && !deleted()) setStatus('offline');
  });
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  socket.on('connect_error', (err) => {
    // A refused handshake (bad link) is final; anything else is a network problem and retries.
    if (socket.active) {
      setStatus('offline');
      return;
    }
    const data = (err as Error & { data?: { code?: string; reason?: unknown } }).data;
    const code = data?.code;
    if (code === 'rate_limited' || code === 'internal') {
      // Too many wrong keys from this venue's address, or a server fault: not this link's fault. Try again later.
      setStatus('offline');
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => socket.connect(), RATE_LIMIT_RETRY_MS);
      return;
    }
    if (code === 'outdated_client') {
      // The server was upgraded since this page loaded: the link is fine, the page is not.
      setStatus('outdated');
      return;
    }
    setStatus('refused');
    // Network input: a reason is kept only as a word (no handshake refusal has params).
    setRefusal({ message: err.message, reason: typeof data?.reason === 'string' ? data.reason : undefined });
  });
  socket.on('snapshot:updated', (raw) => void acceptSnapshot(raw));
  socket.on('clock:changed', (raw) => {
    const parsed = clockSnapshotSchema.safeParse(raw);
    if (parsed.success) acceptClock(parsed.data);
  });
  socket.on('connection:closed', () => setStatus('replaced'));
  socket.on('event:deleted', () => {
    setDeleted(true);
    socket.disconnect();
  });

  const stillWanted = () => !deleted() && !final();
  const resync = setInterval(() => void measureOffset(), RESYNC_EVERY_MS);
  const onVisible = async () => {
    if (document.visibilityState !== 'visible' || !stillWanted()) return;
    if (!socket.connected) {
      socket.connect();
      return;
    }
    const ok = await measureOffset();
    if (!ok) {
      // The socket thinks it is connected but nobody answers: a phone that slept. Start over.
      socket.disconnect();
      socket.connect();
    } else void refresh();
  };
  // The browser knows the network is gone long before a missed ping would tell us.
  const onOffline = () => {
    if (!stillWanted()) return;
    // Closing the transport (not the socket) keeps socket.io's own reconnection going.
    socket.io.engine?.close();
    setStatus('offline');
  };
  const onOnline = () => {
    if (!stillWanted() || socket.connected) return;
    // Skip the reconnection back-off (up to several seconds): try right now.
    socket.disconnect();
    socket.connect();
  };
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);

  onCleanup(() => {
    clearInterval(resync);
    clearTimeout(retryTimer);
    clearTimeout(sampleTimer);
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('offline', onOffline);
    window.removeEventListener('online', onOnline);
    socket.removeAllListeners();
    socket.disconnect();
  });

  const reclaim = () => {
    if (status() !== 'replaced') return;
    setStatus('connecting');
    socket.connect();
  };
  return {
    status,
    refusal,
    deleted,
    snapshot: () => state.snapshot,
    clock,
    offsetMs,
    socket,
    request,
    refresh,
    reclaim,
  };
}
