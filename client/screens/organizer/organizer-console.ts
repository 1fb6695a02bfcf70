import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { OrganizerView } from '../../../shared/protocol/views';
import { clockSnapshotSchema, type ClockSnapshot } from '../../../shared/schemas/clock';
import type { ClockRequestInput } from '../../../shared/schemas/clock-request';
import { errorCodeSchema, type Ack, type ErrorCode } from '../../../shared/schemas/errors';
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
  /** Send a clock command, an undo or a reset (socket with ack, or HTTP when the socket is down). */
  sendClock(command: ClockRequestInput): Promise<Ack<ClockSnapshot>>;
}

/**
 * The organizer console's data. The view is the organizer snapshot the connection already
 * parsed and keeps (the server pushes it after every change, this console's own edits
 * included, so an edit is not followed by a GET); one HTTP load fills the wait for the first
 * snapshot and tells a bad key or unknown event by its status. The clock is the newest by
 * version of the view's, the broadcasts' and the acks'. Must run inside a Solid owner; the
 * connection closes with it.
 */
export function createOrganizerConsole(eventId: string, key: string): OrganizerConsole {
  const connection = createLiveConnection(key);
  const http = organizerApi(eventId, key);
  const [loaded, setLoaded] = createSignal<OrganizerView | null>(null);
  const [failed, setFailed] = createSignal<ApiError | null>(null);
  const [ackClock, setAckClock] = createSignal<ClockSnapshot | null>(null);
  const serverNow = createServerNow(connection.offsetMs);
  let alive = true;
  onCleanup(() => (alive = false));

  const pushed = (): OrganizerView | null => {
    const s = connection.snapshot();
    return s?.role === 'organizer' ? s.organizer : null;
  };
  // Once a snapshot has come, it is the freshest copy: every later change is pushed too.
  const view = () => pushed() ?? loaded();
  const loadError = () => (pushed() ? null : failed());

  void http.load().then(
    (v) => alive && setLoaded(v),
    (err: unknown) => {
      if (!(err instanceof ApiError)) throw err;
      if (alive) setFailed(err);
    },
  );

  const sendClock = async (command: ClockRequestInput): Promise<Ack<ClockSnapshot>> => {
    let result: Ack<ClockSnapshot>;
    if (connection.socket.connected) {
      const r = await connection.request<ClockSnapshot>((ack) => connection.socket.emit('clock:command', command, ack));
      if (r.ok) {
        const parsed = clockSnapshotSchema.safeParse(r.data);
        result = parsed.success
          ? { ok: true, data: parsed.data }
          : {
              ok: false,
              error: { code: 'internal', message: 'The server sent a clock this page does not understand.' },
            };
      } else result = r;
    } else {
      try {
        result = { ok: true, data: await http.clock(command) };
      } catch (err) {
        const e = err instanceof ApiError ? err : new ApiError(0, 'internal', String(err));
        result = {
          ok: false,
          error: { code: errorCode(e.code), message: e.message, ...(e.issues.length ? { issues: e.issues } : {}) },
        };
      }
    }
    if (result.ok && alive) setAckClock(result.data);
    return result;
  };

  const clock = () => newestClock(view()?.clock, connection.clock(), ackClock());
  return { eventId, view, clock, serverNow, connection, http, loadError, sendClock };
}

/**
 * An ApiError's code as an ack's: the server's codes pass, the client's own ('network',
 * 'bad_answer') are 'internal'.
 */
function errorCode(code: string): ErrorCode {
  const parsed = errorCodeSchema.safeParse(code);
  return parsed.success ? parsed.data : 'internal';
}
