import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { Schedule } from '../../shared/schemas/schedule';
import type { ClockCommand, ClockSnapshot, ClockState } from '../../shared/schemas/clock';
import { advance, applyClockCommand, buildPhases, firstOpenRound } from '../../shared/timeline';
import { call, clock, seedEvent, type SeededEvent } from '../support/http';
import { spawnServer, type ServerProcess } from '../support/process';
import { dropTestStore, serverStoreEnv, testStoreKind } from '../integration/store/support/test-store';
import type { TestSocket } from '../support/sockets';
import { faultSeed, prng, scaled } from './support/scale';

// Crash safety: a stream of organizer and personal commands (people added, names and
// questions edited over HTTP and the socket, clock commands) runs against the real server
// process, which is killed with SIGKILL at random moments and restarted on the same data.
// After each restart: every acknowledged command is there, an unacknowledged one is there
// entirely or not at all, and the clock is where wall time says.

const KILLS = scaled(3, 20);
const ROUNDS = scaled(30, 80);
const TIMING = { rounds: ROUNDS, roundSeconds: 2, changeoverSeconds: 1, breaks: [] };
const phases = buildPhases(TIMING);
const seed = faultSeed();
const random = prng(seed);

const dataDir = mkdtempSync(join(tmpdir(), 'tablehop-crash-'));
const servers: ServerProcess[] = [];
const sockets: TestSocket[] = [];
afterAll(async () => {
  for (const s of sockets) s.close();
  for (const p of servers) await p.stop('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  await dropTestStore(dataDir);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** `p`, or a clear failure after `ms`. */
const within = <T>(p: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([p, sleep(ms).then(() => Promise.reject(new Error(`timed out waiting for ${what} (seed ${seed})`)))]);

/** A value written by one worker in sequence: the last one acknowledged and the one in flight. */
class Field {
  acked = 0;
  inflight: number | null = null;
  /** After a restart: the stored value must be the last acknowledged or the one in flight. */
  settle(found: number, what: string): void {
    const allowed = [this.acked, ...(this.inflight === null ? [] : [this.inflight])];
    expect(
      allowed,
      `${what}: found write #${found}, acknowledged #${this.acked}, in flight #${this.inflight} (seed ${seed})`,
    ).toContain(found);
    this.acked = found;
    this.inflight = null;
  }
}

/** All the numbers `#n` in the values must agree: one write, applied whole. */
function oneWrite(values: string[], what: string): number {
  const seqs = new Set(values.map((v) => Number(/#(\d+)/.exec(v)?.[1] ?? NaN)));
  expect(seqs.size, `${what} mixes writes: ${JSON.stringify(values)} (seed ${seed})`).toBe(1);
  const [n] = [...seqs];
  expect(Number.isInteger(n), `${what}: ${JSON.stringify(values)}`).toBe(true);
  return n!;
}

interface Batch {
  seq: number;
  names: string[];
  /** Ids once acknowledged (or found after a crash); null while unknown; 'dropped' if found absent. */
  ids: string[] | null | 'dropped';
  token?: string;
}

interface ClockTrack {
  /** The clock as last acknowledged (a command's answer or a GET after a restart). */
  last: ClockSnapshot;
  inflight: { cmd: ClockCommand; sentAt: number } | null;
}

/** A stored clock from a snapshot (the fields the timeline needs). */
function stateOf(s: ClockSnapshot): ClockState {
  switch (s.status) {
    case 'running':
      return {
        status: 'running',
        version: s.version,
        phaseIndex: s.phase!.index,
        phaseEndsAt: s.phaseEndsAt!,
        startedAt: s.startedAt!,
      };
    case 'paused':
      return {
        status: 'paused',
        version: s.version,
        phaseIndex: s.phase!.index,
        remainingMs: s.remainingMs,
        startedAt: s.startedAt!,
      };
    case 'finished':
      return { status: 'finished', version: s.version, endedAt: 0, startedAt: s.startedAt };
    case 'idle':
      return { status: 'idle', version: s.version };
  }
}

/** The comparable part of a clock at time `t`. */
const where = (c: ClockState) =>
  c.status === 'running'
    ? `running #${c.phaseIndex} ends ${c.phaseEndsAt}`
    : c.status === 'paused'
      ? `paused #${c.phaseIndex} left ${c.remainingMs}`
      : c.status;

describe('SIGKILL at random moments', () => {
  it(
    `loses nothing acknowledged, applies nothing by halves, keeps the clock on wall time (${KILLS} kills)`,
    async () => {
      console.log(
        `crash-safety: ${KILLS} kills, seed ${seed} (TABLEHOP_FAULT_SEED=${seed} replays its random choices)`,
      );
      // SQLite's file in dataDir, or (integration-pg) a PostgreSQL schema of its own.
      const storeEnv = await serverStoreEnv(dataDir);
      let srv = await spawnServer({ PORT: '0', ...storeEnv, TABLEHOP_LOG_LEVEL: 'info' });
      servers.push(srv);
      const ev: SeededEvent = await seedEvent(srv.url, { mentors: 4, mentees: 6 }, { ...TIMING, tableCapacity: 3 });
      const [m0, m1, m2] = ev.mentees;
      const mentor1 = ev.mentors[1]!;
      const q0 = new Field(); // mentee 0's questions, by their own token (HTTP)
      const p1 = new Field(); // mentee 1's name and questions, by the organizer (one PATCH)
      const b1 = new Field(); // mentor 1's bio and topics, by the organizer
      const s2 = new Field(); // mentee 2's questions, over the socket
      const f2 = new Field(); // mentee 2's note on their round-1 mentor (feedback:give), over the socket
      const batches: Batch[] = [];
      let nextSeq = 1;
      // Write #0 of every field, so that each holds a numbered write from the start.
      await call(srv.url, 'PUT', '/api/me/questions', { key: m0!.token, body: { questions: ['q#0'] } });
      await call(srv.url, 'PUT', '/api/me/questions', { key: m2!.token, body: { questions: ['s#0'] } });
      await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${m1!.id}`, {
        key: ev.key,
        body: { name: 'Mentee one #0', questions: ['p#0'] },
      });
      await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${mentor1.id}`, {
        key: ev.key,
        body: { bio: 'bio #0', topics: ['topic #0'] },
      });
      const started: ClockSnapshot = await clock(srv.url, ev, { action: 'start' });
      const track: ClockTrack = { last: started, inflight: null };
      const seated = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body.schedule;
      const host = seated.rounds[0].tables.find((t: { menteeIds: string[] }) => t.menteeIds.includes(m2!.id));
      const withId: string = host.mentorId;
      const note0 = await call(srv.url, 'PUT', `/api/me/feedback/1/${withId}`, {
        key: m2!.token,
        body: { note: 'f#0' },
      });
      expect(note0.status, note0.text).toBe(200);
      const outputs: string[] = [];
      const stats = { acks: 0, inflight: 0 };

      for (let round = 0; round < KILLS; round++) {
        const base = srv.url;
        let acks = 0;
        let stop = false;
        /** Run `step` until the server dies; a failed request leaves its write in flight. */
        const loop = async (step: () => Promise<void>, pause: number) => {
          while (!stop) {
            try {
              await step();
              acks++;
            } catch {
              return;
            }
            await sleep(pause * (0.5 + random()));
          }
        };
        const answered = (r: { status: number; text: string }, ok: number[]) => {
          if (!ok.includes(r.status)) throw new Error(`unexpected ${r.status}: ${r.text}`);
        };
        const phone: TestSocket = io(base, {
          auth: { token: m2!.token },
          transports: ['websocket'],
          reconnection: false,
          forceNew: true,
        });
        sockets.push(phone);
        await within(
          new Promise((r) => phone.once('snapshot:updated', r)),
          20_000,
          'a phone to connect to the restarted server',
        );

        const workers = [
          loop(async () => {
            const n = nextSeq++;
            q0.inflight = n;
            const r = await call(base, 'PUT', '/api/me/questions', {
              key: m0!.token,
              body: { questions: [`q#${n} a`, `q#${n} b`, `q#${n} c`] },
            });
            answered(r, [200]);
            Object.assign(q0, { acked: n, inflight: null });
          }, 60),
          loop(async () => {
            const n = nextSeq++;
            p1.inflight = n;
            const r = await call(base, 'PATCH', `/api/events/${ev.id}/people/${m1!.id}`, {
              key: ev.key,
              body: { name: `Mentee one #${n}`, questions: [`p#${n}`] },
            });
            answered(r, [200]);
            Object.assign(p1, { acked: n, inflight: null });
          }, 80),
          loop(async () => {
            const n = nextSeq++;
            b1.inflight = n;
            const r = await call(base, 'PATCH', `/api/events/${ev.id}/people/${mentor1.id}`, {
              key: ev.key,
              body: { bio: `bio #${n}`, topics: [`topic #${n}`, `more #${n}`] },
            });
            answered(r, [200]);
            Object.assign(b1, { acked: n, inflight: null });
          }, 80),
          loop(async () => {
            const n = nextSeq++;
            const batch: Batch = {
              seq: n,
              names: [`Late #${n} a`, `Late #${n} b`, ...(n % 3 === 0 ? [`Mentor #${n}`] : [])],
              ids: null,
            };
            batches.push(batch);
            const r = await call(base, 'POST', `/api/events/${ev.id}/people`, {
              key: ev.key,
              body: {
                mentors: batch.names.filter((x) => x.startsWith('Mentor')).map((name) => ({ name })),
                mentees: batch.names
                  .filter((x) => x.startsWith('Late'))
                  .map((name) => ({ name, questions: [`from #${n}`] })),
              },
            });
            answered(r, [201]);
            const added = [...r.body.mentors, ...r.body.mentees] as { id: string; name: string; token: string }[];
            batch.ids = batch.names.map((name) => added.find((p) => p.name === name)!.id);
            batch.token = added[0]!.token;
          }, 150),
          loop(async () => {
            const n = nextSeq++;
            s2.inflight = n;
            if (!phone.connected) throw new Error('socket gone');
            const ack = await phone
              .timeout(10_000)
              .emitWithAck('questions:update', { questions: [`s#${n} x`, `s#${n} y`] });
            if (!ack.ok) throw new Error(JSON.stringify(ack));
            Object.assign(s2, { acked: n, inflight: null });
          }, 70),
          loop(async () => {
            const n = nextSeq++;
            f2.inflight = n;
            if (!phone.connected) throw new Error('socket gone');
            const ack = await phone
              .timeout(10_000)
              .emitWithAck('feedback:give', { round: 1, withId, rating: (n % 5) + 1, note: `f#${n} note` });
            if (!ack.ok) throw new Error(JSON.stringify(ack));
            Object.assign(f2, { acked: n, inflight: null });
          }, 90),
          loop(async () => {
            const c = track.last;
            const at = c.phase?.index;
            const cmds: ClockCommand[] =
              c.status === 'running'
                ? [{ action: 'pause' }, { action: 'extend', seconds: 1 }, { action: 'skip', expectedPhase: at }]
                : c.status === 'paused'
                  ? [{ action: 'resume' }, { action: 'extend', seconds: 2 }]
                  : [];
            if (cmds.length === 0) {
              await sleep(100);
              return;
            }
            const cmd = cmds[Math.floor(random() * cmds.length)]!;
            track.inflight = { cmd, sentAt: Date.now() };
            const r = await call(base, 'POST', `/api/events/${ev.id}/clock`, { key: ev.key, body: cmd });
            answered(r, [200, 409]);
            if (r.status === 200) track.last = r.body;
            track.inflight = null;
          }, 120),
        ];

        // Kill at a random moment once the stream is flowing.
        const deadline = Date.now() + 20_000;
        while (acks < 6 && Date.now() < deadline) await sleep(20);
        expect(acks, 'the command stream got going').toBeGreaterThanOrEqual(6);
        await sleep(random() * 600);
        const killedAt = Date.now();
        expect(await srv.stop('SIGKILL')).toBeNull();
        stop = true;
        await Promise.all(workers);
        phone.close();
        outputs.push(srv.output());

        srv = await spawnServer({ PORT: '0', ...storeEnv, TABLEHOP_LOG_LEVEL: 'info' });
        servers.push(srv);

        // 1. The clock: where the last acknowledged clock, or the one in flight applied at some
        //    moment before the kill, has got to by wall time.
        const got: ClockSnapshot = (await call(srv.url, 'GET', `/api/events/${ev.id}/clock`, { key: ev.key })).body;
        stats.acks += acks;
        stats.inflight +=
          [q0, p1, b1, s2, f2].filter((f) => f.inflight !== null).length +
          (track.inflight ? 1 : 0) +
          batches.filter((b) => b.ids === null).length;
        expect(got.startedAt).toBe(started.startedAt);
        expect(got.version).toBeGreaterThanOrEqual(track.last.version);
        const now = got.serverNow;
        const candidates = new Set([where(advance(stateOf(track.last), phases, now))]);
        if (track.inflight) {
          for (let t = track.inflight.sentAt; t <= killedAt; t++) {
            const r = applyClockCommand(stateOf(track.last), phases, track.inflight.cmd, t);
            if (r.ok) candidates.add(where(advance(r.clock, phases, now)));
          }
        }
        expect([...candidates], `clock after kill ${round + 1} (seed ${seed})`).toContain(where(stateOf(got)));
        Object.assign(track, { last: got, inflight: null });

        // 2. Each field: the last acknowledged write or the one in flight, whole.
        const view = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
        const person = (id: string) => [...view.mentors, ...view.mentees].find((p: { id: string }) => p.id === id);
        q0.settle(oneWrite(person(m0!.id).questions, 'mentee 0 questions'), 'mentee 0 questions');
        const one = person(m1!.id);
        p1.settle(oneWrite([one.name, ...one.questions], 'mentee 1 name + questions'), 'mentee 1');
        const mentor = person(mentor1.id);
        b1.settle(oneWrite([mentor.bio, ...mentor.topics], 'mentor 1 bio + topics'), 'mentor 1');
        s2.settle(oneWrite(person(m2!.id).questions, 'mentee 2 questions (socket)'), 'mentee 2 (socket)');
        const mine = (await call(srv.url, 'GET', '/api/me/meetings', { key: m2!.token })).body;
        const fed = mine.meetings.find(
          (m: { round: number; with: { id: string } }) => m.round === 1 && m.with.id === withId,
        );
        f2.settle(oneWrite([fed.feedback.note], 'mentee 2 feedback note (socket)'), 'mentee 2 feedback');
        expect((await call(srv.url, 'GET', '/api/me', { key: m0!.token })).body.person.questions).toEqual(
          person(m0!.id).questions,
        );

        // 3. Added people: acknowledged batches all there (their tokens working), the one in
        //    flight all or nothing, nothing twice, nothing never sent.
        const everyone = [...view.mentors, ...view.mentees] as { id: string; name: string }[];
        for (const b of batches) {
          const found = b.names.map((name) => everyone.filter((p) => p.name === name));
          for (const f of found) expect(f.length, `a person of batch #${b.seq} twice`).toBeLessThanOrEqual(1);
          const present = found.filter((f) => f.length === 1).length;
          if (Array.isArray(b.ids)) {
            expect(
              found.map((f) => f[0]?.id),
              `acknowledged batch #${b.seq} (seed ${seed})`,
            ).toEqual(b.ids);
          } else if (b.ids === 'dropped') {
            expect(present, `dropped batch #${b.seq} came back`).toBe(0);
          } else {
            expect(
              [0, b.names.length],
              `batch #${b.seq} in flight: ${present} of ${b.names.length} people stored (seed ${seed})`,
            ).toContain(present);
            b.ids = present === 0 ? 'dropped' : found.map((f) => f[0]!.id);
          }
        }
        for (const b of batches.filter((x) => x.token))
          expect((await call(srv.url, 'GET', '/api/me', { key: b.token! })).status).toBe(200);
        const known = new Set(
          [...ev.mentors, ...ev.mentees]
            .map((p) => p.id)
            .concat(batches.flatMap((b) => (Array.isArray(b.ids) ? b.ids : []))),
        );
        for (const p of everyone) expect(known.has(p.id), `${p.name} was never added`).toBe(true);

        // 4. People and schedule were written together: every open round seats each person the
        // schedule holds once, and they are people of the event. People added after the start
        // wait for the organizer's review before they get seats (issue 14), so the schedule holds
        // everyone who was there at the start and no one added since is seated half-way.
        const schedule = view.schedule as Schedule;
        const open = firstOpenRound(phases, got.phase?.index ?? null);
        const ids = (xs: { id: string }[]) => xs.map((m) => m.id).sort();
        const inEvent = new Set([...ids(view.mentees), ...ids(view.mentors)]);
        const scheduled = ids([...schedule.mentees, ...schedule.mentors]);
        for (const p of [...ev.mentees, ...ev.mentors])
          if (inEvent.has(p.id)) expect(scheduled, `${p.name}, there from the start, has seats`).toContain(p.id);
        for (const id of scheduled) expect(inEvent.has(id), `scheduled ${id} is in the event`).toBe(true);
        for (const r of schedule.rounds.filter((x) => x.round >= open)) {
          const seated = [...r.tables.flatMap((t) => t.menteeIds), ...r.byes].sort();
          expect(seated, `round ${r.round} after kill ${round + 1}`).toEqual(ids(schedule.mentees));
          expect(r.tables.map((t) => t.mentorId).sort()).toEqual(ids(schedule.mentors));
        }
      }

      console.log(
        `crash-safety: ${stats.acks} commands acknowledged across ${KILLS} kills, ` +
          `${stats.inflight} caught in flight; clock ${JSON.stringify(track.last.phase)}`,
      );
      // The SQLite file itself is sound (PostgreSQL checks its own), and no secret reached the server's output.
      expect(await srv.stop('SIGTERM')).toBe(0);
      outputs.push(srv.output());
      if (testStoreKind() === 'sqlite') {
        const db = new Database(join(dataDir, 'tablehop.sqlite'), { readonly: true });
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        db.close();
      }
      const printed = outputs.join('\n');
      expect(printed).toMatch(/ 200 /); // the request log was on
      const secrets = [
        ev.key,
        ev.projectorKey,
        ...ev.mentors.map((m) => m.token),
        ...ev.mentees.map((m) => m.token),
        ...batches.flatMap((b) => (b.token ? [b.token] : [])),
      ];
      for (const s of secrets) expect(printed.includes(s), 'a secret in the server output').toBe(false);
    },
    scaled(240_000, 1_800_000),
  );
});
