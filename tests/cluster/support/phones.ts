import { readFileSync } from 'node:fs';
import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../../shared/protocol/events';
import type { ClockSnapshot } from '../../../shared/schemas/clock';

/**
 * A phone as the client opens it (client/live/socket.ts): WebSocket first, reconnecting on its
 * own, through the front. It keeps what it was last told and when, for the tests to read.
 */
export interface Phone {
  socket: Socket;
  /** The last clock it was told (a snapshot's or a clock:changed), and when (performance.now). */
  clock: () => { clock: ClockSnapshot | null; at: number };
  /** When it last lost its connection, and when it next had a snapshot after that. */
  lostAt: number | null;
  backAt: number | null;
}

function clockOfSnapshot(s: unknown): ClockSnapshot | null {
  const snap = s as {
    me?: { clock?: ClockSnapshot };
    projector?: { clock?: ClockSnapshot };
    organizer?: { clock?: ClockSnapshot };
  };
  return snap.me?.clock ?? snap.projector?.clock ?? snap.organizer?.clock ?? null;
}

/** Open a phone with a person token and wait for its first snapshot. */
export function openPhone(url: string, token: string): Promise<Phone> {
  const socket = io(url, {
    auth: { token, protocol: PROTOCOL_VERSION },
    transports: ['websocket', 'polling'],
    forceNew: true,
    reconnectionDelay: 200,
    reconnectionDelayMax: 1000,
  });
  let last: { clock: ClockSnapshot | null; at: number } = { clock: null, at: 0 };
  const phone: Phone = { socket, clock: () => last, lostAt: null, backAt: null };
  socket.on('clock:changed', (c: ClockSnapshot) => {
    last = { clock: c, at: performance.now() };
  });
  socket.on('disconnect', () => {
    phone.lostAt = performance.now();
    phone.backAt = null;
  });
  const errors: string[] = [];
  socket.on('connect_error', (err: Error) => errors.push(err.message));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      const why = errors.length
        ? `connect errors: ${[...new Set(errors)].join('; ')}`
        : `connected: ${socket.connected}`;
      reject(new Error(`a phone had no snapshot within 15 s (${why})`));
    }, 15_000);
    socket.on('snapshot:updated', (s: unknown) => {
      const c = clockOfSnapshot(s);
      if (c) last = { clock: c, at: performance.now() };
      if (phone.lostAt !== null && phone.backAt === null) phone.backAt = performance.now();
      clearTimeout(timer);
      resolve(phone);
    });
  });
}

/** Open phones a few at a time (a room does not arrive in one millisecond either). */
export async function openPhones(url: string, tokens: string[], batch = 25): Promise<Phone[]> {
  const phones: Phone[] = [];
  for (let i = 0; i < tokens.length; i += batch)
    phones.push(...(await Promise.all(tokens.slice(i, i + batch).map((t) => openPhone(url, t)))));
  return phones;
}

/** Wait until `ok()` or fail after `ms`, checking every `every` ms. */
export async function until(ok: () => boolean | Promise<boolean>, ms: number, what: string, every = 20): Promise<void> {
  const end = performance.now() + ms;
  for (;;) {
    if (await ok()) return;
    if (performance.now() > end) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/**
 * How many TCP connections are established to a local listening port (from /proc/net/tcp*):
 * the phones a process holds, counted by the kernel rather than asked of the process.
 */
export function establishedTo(port: number): number {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  let n = 0;
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local address "IP:PORT", state 01 = ESTABLISHED
      if (cols[1]?.endsWith(`:${hex}`) && cols[3] === '01') n++;
    }
  }
  return n;
}
