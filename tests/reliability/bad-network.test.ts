import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeView, PersonPage, Snapshot } from '../../shared/protocol/views';
import { roundOfClock } from '../../shared/timeline';
import type { ClockSnapshot } from '../../shared/schemas/clock';
import { call, clock, seedEvent, type SeededEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import type { TestSocket } from '../support/sockets';
import { faultSeed, prng, scaled } from './support/scale';

// Phones on a bad venue Wi-Fi: every couple of seconds 30 % of them lose their connection
// (some for a moment, some for seconds), while the clock runs, the organizer pauses, extends
// and skips, people are added and renamed and questions change. Each phone keeps what the
// real client keeps (the last snapshot, the newest clock by version). When the network
// settles, every phone shows what GET /api/me says; a phone coming back after the end sees it.

const CHURN_MS = scaled(10_000, 60_000);
const DROP_EVERY_MS = scaled(1_000, 3_000);
const seed = faultSeed();
const random = prng(seed);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let srv: TestServer;
let ev: SeededEvent;
beforeAll(async () => {
  srv = await startServer();
  ev = await seedEvent(
    srv.url,
    { mentors: 6, mentees: scaled(24, 60) },
    { rounds: scaled(10, 40), roundSeconds: 2, changeoverSeconds: 1, tableCapacity: scaled(4, 10) },
  );
});
afterAll(() => srv.close());

/** A phone as the client keeps it. */
interface Phone {
  token: string;
  socket: TestSocket;
  view: Snapshot | null;
  clock: ClockSnapshot | null;
  connects: number;
}

function phone(token: string, polling: boolean): Phone {
  const socket: TestSocket = io(srv.url, {
    auth: { token },
    transports: polling ? ['polling', 'websocket'] : ['websocket', 'polling'],
    reconnectionDelay: 100,
    reconnectionDelayMax: 1500,
    forceNew: true,
  });
  const p: Phone = { token, socket, view: null, clock: null, connects: 0 };
  const acceptClock = (c: ClockSnapshot) => {
    if (!p.clock || c.version >= p.clock.version) p.clock = c;
  };
  const accept = (s: Snapshot) => {
    p.view = s;
    acceptClock(s.role === 'organizer' ? s.organizer.clock : s.role === 'projector' ? s.projector.clock : s.me.clock);
  };
  socket.on('connect', () => void p.connects++);
  socket.on('snapshot:updated', accept);
  // As the pages do: a new round's questions reach the mentors as a pushed snapshot, unasked.
  socket.on('clock:changed', acceptClock);
  return p;
}

/** Compare what matters on the screen, not the moment it was computed. */
const shown = (c: ClockSnapshot | null | undefined) =>
  c && {
    status: c.status,
    phase: c.phase,
    phaseEndsAt: c.phaseEndsAt,
    version: c.version,
    ...(c.status === 'paused' ? { remainingMs: c.remainingMs } : {}),
  };
// Not scheduleVersion: a phone is sent a new page only when its own page changed (a rename
// elsewhere bumps the version without touching it; see docs/api.md, snapshot:updated).
const page = (m: PersonPage) => ({ person: m.person, rounds: m.rounds, event: m.event });

async function until(cond: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (seed ${seed})`);
    await sleep(25);
  }
}

describe('phones that keep dropping', () => {
  it(
    `all end on the right phase and seating (${CHURN_MS / 1000} s of churn)`,
    async () => {
      console.log(`bad-network: seed ${seed}`);
      const people = [...ev.mentors, ...ev.mentees];
      const phones = people.map((p, i) => phone(p.token, i % 5 === 0));
      const projector = phone(ev.projectorKey, false);
      const all = [...phones, projector];
      await until(() => all.every((p) => p.view !== null), 'every phone to connect');
      await clock(srv.url, ev, { action: 'start' });

      let drops = 0;
      let stop = false;
      // The network: every few seconds 30 % of the phones lose their connection, a third of those for a while.
      const network = (async () => {
        while (!stop) {
          for (const p of all) {
            if (random() >= 0.3) continue;
            drops++;
            if (random() < 0.33) {
              p.socket.disconnect();
              setTimeout(() => p.socket.connect(), 200 + random() * 2500);
            } else {
              (p.socket.io.engine as unknown as { close(): void } | undefined)?.close();
            }
          }
          await sleep(DROP_EVERY_MS * (0.5 + random()));
        }
      })();
      // The room: organizer commands, edits, late arrivals, questions.
      const room = (async () => {
        let n = 0;
        while (!stop) {
          n++;
          const c = (await call(srv.url, 'GET', `/api/events/${ev.id}/clock`, { key: ev.key })).body as ClockSnapshot;
          const pick = random();
          if (c.status === 'running' && pick < 0.15)
            await call(srv.url, 'POST', `/api/events/${ev.id}/clock`, { key: ev.key, body: { action: 'pause' } });
          else if (c.status === 'paused')
            await call(srv.url, 'POST', `/api/events/${ev.id}/clock`, { key: ev.key, body: { action: 'resume' } });
          else if (pick < 0.3)
            await call(srv.url, 'POST', `/api/events/${ev.id}/clock`, {
              key: ev.key,
              body: { action: 'extend', seconds: 1 },
            });
          else if (pick < 0.4)
            await call(srv.url, 'POST', `/api/events/${ev.id}/clock`, {
              key: ev.key,
              body: { action: 'skip', expectedPhase: c.phase?.index ?? 0 },
            });
          else if (pick < 0.55)
            await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${ev.mentees[n % ev.mentees.length]!.id}`, {
              key: ev.key,
              body: { name: `Renamed ${n}` },
            });
          else if (pick < 0.65)
            await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
              key: ev.key,
              body: { mentees: [{ name: `Late ${n}` }] },
            });
          else {
            const p = phones[ev.mentors.length + (n % ev.mentees.length)]!;
            if (p.socket.connected)
              await p.socket
                .timeout(3000)
                .emitWithAck('questions:update', { questions: [`Question ${n}`] })
                .catch(() => null);
          }
          await sleep(150 + random() * 300);
        }
      })();

      await sleep(CHURN_MS);
      stop = true;
      await Promise.all([network, room]);
      // Freeze the clock so that the phones and the server can be compared at rest.
      let c = (await call(srv.url, 'GET', `/api/events/${ev.id}/clock`, { key: ev.key })).body as ClockSnapshot;
      if (c.status === 'running') c = await clock(srv.url, ev, { action: 'pause' });
      expect(c.status, 'the event was still going (make it longer)').toBe('paused');
      await until(() => all.every((p) => p.socket.connected), 'every phone to be back');
      await until(() => all.every((p) => (p.clock?.version ?? -1) >= c.version), 'every phone to hear the last clock');
      // The push that follows the last round change may still be on its way behind its clock.
      const pages = new Map<string, unknown>();
      for (const p of phones)
        pages.set(p.token, page((await call(srv.url, 'GET', '/api/me', { key: p.token })).body as MeView));
      const current = (p: Phone) =>
        p.view && p.view.role !== 'organizer' && p.view.role !== 'projector' ? page(p.view.me) : null;
      await until(
        () => phones.every((p) => JSON.stringify(current(p)) === JSON.stringify(pages.get(p.token))),
        "the mentors' questions to arrive",
      );

      expect(drops).toBeGreaterThan(all.length * 0.3);
      expect(all.reduce((n, p) => n + p.connects, 0)).toBeGreaterThan(all.length + drops * 0.5);
      for (const p of phones) {
        const me = (await call(srv.url, 'GET', '/api/me', { key: p.token })).body as MeView;
        const view = p.view as Extract<Snapshot, { role: 'mentee' | 'mentor' }>;
        expect(shown(p.clock), `clock of ${me.person.name}`).toEqual(shown(me.clock));
        expect(page(view.me), `page of ${me.person.name}`).toEqual(page(me));
      }
      const proj = (await call(srv.url, 'GET', '/api/projector', { key: ev.projectorKey })).body;
      expect(shown(projector.clock)).toEqual(shown(proj.clock));
      expect((projector.view as Extract<Snapshot, { role: 'projector' }>).projector.rounds).toEqual(proj.rounds);

      // Some phones are away when the event ends; back, they see the end.
      const away = phones.slice(0, 5);
      for (const p of away) p.socket.disconnect();
      const ended = await clock(srv.url, ev, { action: 'end' });
      await sleep(100);
      for (const p of away) p.socket.connect();
      await until(() => all.every((p) => p.clock?.version === ended.version), 'every phone to see the end');
      for (const p of all) expect(p.clock?.status).toBe('finished');
      // The ones that were away got a fresh page: nowhere to go any more.
      for (const p of away) {
        const me = (p.view as Extract<Snapshot, { role: 'mentee' | 'mentor' }>).me;
        expect(me).toMatchObject({ clock: { status: 'finished' } });
        expect(roundOfClock(me.clock), 'no round now or next').toBeNull();
      }
      for (const p of all) p.socket.close();
      console.log(
        `bad-network: ${drops} drops, ${all.reduce((n, p) => n + p.connects, 0)} connects for ${all.length} phones`,
      );
    },
    scaled(90_000, 300_000),
  );
});
