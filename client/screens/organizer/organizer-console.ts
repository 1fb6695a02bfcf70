import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { snapshotSchema, type OrganizerView } from '../../../shared/protocol/views';
import { clockSnapshotSchema, type ClockCommandInput, type ClockSnapshot } from '../../../shared/schemas/clock';
import type { Ack } from '../../../shared/schemas/errors';
import { ApiError } from '../../live/api';
import { createLiveConnection, type LiveConnection } from '../../live/live-connection';
import { createServerNow } from '../../live/server-now';
import { newestClock } from './newest-clock';
import { organizerApi, type OrganizerApi } from './organizer-api';

/** Everything the console panels share: the live view, the clock, the API and the server's time. */
export interface OrganizerConsole {
  eventId: string;
  view: Accessor<OrganizerView | null>;
  clock: Accessor<ClockSnapshot | null>;
  serverNow: Accessor<number>;
  connection: LiveConnection;
  http: OrganizerApi;
  /** Why the console could not load (bad key, unknown event), if it could not. */
  loadError: Accessor<ApiError | null>;
  /** Fetch the view again (after a change made here, so it shows without waiting for the push). */
  refresh(): Promise<void>;
  /** Send a clock command (socket with ack, or HTTP when the socket is down). */
  sendClock(command: ClockCommandInput): Promise<Ack<ClockSnapshot>>;
}

/**
 * The organizer console's data: a store fed by the organizer's socket snapshots and by HTTP
 * loads (the latest to arrive wins; both are full views), and the newest clock by version.
 * Must run inside a Solid owner; the connection closes with it.
 */
export function createOrganizerConsole(eventId: string, key: string): OrganizerConsole {
  const connection = createLiveConnection(key);
  const http = organizerApi(eventId, key);
  const [state, setState] = createStore<{ view: OrganizerView | null }>({ view: null });
  const [loadError, setLoadError] = createSignal<ApiError | null>(null);
  const [ackClock, setAckClock] = createSignal<ClockSnapshot | null>(null);
  const serverNow = createServerNow(connection.offsetMs);
  let alive = true;
  onCleanup(() => (alive = false));

  const accept = (view: OrganizerView) => {
    if (!alive) return;
    setState('view', reconcile(view, { key: 'id', merge: false }));
    setLoadError(null);
  };

  connection.socket.on('snapshot:updated', (raw) => {
    const parsed = snapshotSchema.safeParse(raw);
    if (parsed.success && parsed.data.role === 'organizer') accept(parsed.data.organizer);
  });

  const refresh = async () => {
    try {
      accept(await http.load());
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      // Keep showing what we have when a refresh fails for a network reason.
      if (!state.view || err.status === 401 || err.status === 403 || err.status === 404) setLoadError(err);
    }
  };
  void refresh();

  const sendClock = async (command: ClockCommandInput): Promise<Ack<ClockSnapshot>> => {
    let result: Ack<ClockSnapshot>;
    if (connection.socket.connected) {
      const r = await connection.request<ClockSnapshot>((ack) => connection.socket.emit('clock:command', command, ack));
      if (r.ok) {
        const parsed = clockSnapshotSchema.safeParse(r.data);
        result = parsed.success ? { ok: true, data: parsed.data } : { ok: false, error: { code: 'internal', message: 'The server sent a clock this page does not understand.' } };
      } else result = r;
    } else {
      try {
        result = { ok: true, data: await http.clock(command) };
      } catch (err) {
        const e = err instanceof ApiError ? err : new ApiError(0, 'internal', String(err));
        result = { ok: false, error: { code: errorCode(e.code), message: e.message, ...(e.issues.length ? { issues: e.issues } : {}) } };
      }
    }
    if (result.ok && alive) setAckClock(result.data);
    return result;
  };

  const clock = () => newestClock(state.view?.clock, connection.clock(), ackClock());
  return { eventId, view: () => state.view, clock, serverNow, connection, http, loadError, refresh, sendClock };
}

const CODES = ['bad_request', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'payload_too_large', 'rate_limited', 'internal'] as const;
function errorCode(code: string): (typeof CODES)[number] {
  return (CODES as readonly string[]).includes(code) ? (code as (typeof CODES)[number]) : 'internal';
}

