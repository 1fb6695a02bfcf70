import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/events';
import type { Snapshot } from '../../shared/protocol/views';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const open = new Set<TestSocket>();

/**
 * Connect with a secret and wait for the first snapshot (sent on every connect). Recorded
 * events are kept on the socket for `waitFor`, so nothing sent before a wait is missed.
 */
export async function connect(
  url: string,
  token: string,
  opts: { transports?: string[]; extraHeaders?: Record<string, string> } = {},
): Promise<{ socket: TestSocket; snapshot: Snapshot }> {
  const socket: TestSocket = io(url, {
    auth: { token },
    transports: opts.transports ?? ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: opts.extraHeaders,
  });
  open.add(socket);
  record(socket);
  const snapshot = (await waitFor(socket, 'snapshot:updated')) as Snapshot;
  return { socket, snapshot };
}

/** Try to connect; resolve with the connect_error (or throw if it connected). */
export function connectError(
  url: string,
  token: unknown,
  opts: { extraHeaders?: Record<string, string> } = {},
): Promise<Error & { data?: { code?: string } }> {
  const socket: TestSocket = io(url, {
    auth: { token } as { token: string },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: opts.extraHeaders,
  });
  open.add(socket);
  return new Promise((resolve, reject) => {
    socket.on('connect_error', (err) => resolve(err as Error & { data?: { code?: string } }));
    socket.on('connect', () => reject(new Error('connected, but it should have been refused')));
  });
}

type Recorded = { event: string; args: unknown[]; taken: boolean };
const logs = new WeakMap<TestSocket, { items: Recorded[]; waiters: Set<() => void> }>();

function record(socket: TestSocket): void {
  const log = { items: [] as Recorded[], waiters: new Set<() => void>() };
  logs.set(socket, log);
  socket.onAny((event: string, ...args: unknown[]) => {
    log.items.push({ event, args, taken: false });
    for (const w of [...log.waiters]) w();
  });
}

/**
 * The next not-yet-consumed `event` received by `socket` matching `pred`, waiting up to
 * `timeoutMs`. Events are consumed in arrival order.
 */
export function waitFor<T = unknown>(
  socket: TestSocket,
  event: string,
  pred: (payload: T) => boolean = () => true,
  timeoutMs = 5000,
): Promise<T> {
  const log = logs.get(socket)!;
  return new Promise((resolve, reject) => {
    const check = () => {
      const hit = log.items.find((i) => !i.taken && i.event === event && pred(i.args[0] as T));
      if (!hit) return false;
      hit.taken = true;
      log.waiters.delete(waiter);
      clearTimeout(timer);
      resolve(hit.args[0] as T);
      return true;
    };
    const waiter = () => void check();
    const timer = setTimeout(() => {
      log.waiters.delete(waiter);
      reject(
        new Error(`no ${event} within ${timeoutMs} ms (got: ${log.items.map((i) => i.event).join(', ') || 'nothing'})`),
      );
    }, timeoutMs);
    log.waiters.add(waiter);
    check();
  });
}

/** Every `event` received so far and not consumed (marks none). */
export function received<T = unknown>(socket: TestSocket, event: string): T[] {
  return (logs.get(socket)?.items ?? []).filter((i) => !i.taken && i.event === event).map((i) => i.args[0] as T);
}

/** Forget what a socket has received so far. */
export function drain(socket: TestSocket): void {
  for (const i of logs.get(socket)?.items ?? []) i.taken = true;
}

/** Give in-flight messages a moment to arrive (for asserting that something did NOT arrive). */
export const settle = (ms = 150) => new Promise((r) => setTimeout(r, ms));

/** Close every socket the helpers opened. */
export function closeAll(): void {
  for (const s of open) s.close();
  open.clear();
}
