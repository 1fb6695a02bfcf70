/**
 * Peer rounds (issue 17, part 2) over real HTTP: a peer event of 9 (tables of 2, 9 rounds) is
 * planned from the CSV's `peer` rows; everyone plays, sit-outs are fair (each peer once) and no
 * pair meets twice; a peer's page names the table and table-mates; mentors are refused in a peer
 * event and peers elsewhere; pairing changes before the start (a replan) and is refused with 409
 * after it; a peer leaving at the door keeps the rounds begun; the CLI's --pairing peer answers
 * the schedule JSON with peerIds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonPage } from '../../shared/protocol/views';
import { runCli } from '../../server/cli/run';
import { call, clock, createEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';

type Table = { mentorId: string; menteeIds: string[]; peerIds: string[]; table: string };
type Round = { round: number; tables: Table[]; byes: string[] };
const NAMES = ['Ana', 'Bo', 'Cy', 'Di', 'Ed', 'Flo', 'Gus', 'Hal', 'Ivy'];
const CSV = ['role,name,wishes,avoid', 'peer,Ana,Bo,', ...NAMES.slice(1).map((n) => `peer,${n},,`)].join('\n');

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());

async function peerEvent() {
  const ev = await createEvent(srv.url, { pairing: 'peer', tableCapacity: 2, rounds: 9 });
  const added = await call(srv.url, 'POST', `/api/events/${ev.id}/people.csv`, { key: ev.key, csv: CSV });
  expect(added.status, added.text).toBe(201);
  const planned = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
  expect(planned.status, planned.text).toBe(200);
  const view = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
  return { ev, view };
}

const pairsOf = (rounds: Round[]) => rounds.flatMap((r) => r.tables.map((t) => [...t.peerIds].sort().join('|')));

describe('a peer event of 9', () => {
  it('everyone plays, each sits out once, and no pair meets twice', async () => {
    const { view } = await peerEvent();
    expect(view.event.pairing).toBe('peer');
    expect(view.mentors).toEqual([]);
    const rounds: Round[] = view.schedule.rounds;
    expect(rounds).toHaveLength(9);
    const byes = new Map<string, number>(view.mentees.map((m: { id: string }) => [m.id, 0]));
    for (const r of rounds) {
      const seated = r.tables.flatMap((t) => t.peerIds);
      expect(new Set([...seated, ...r.byes]).size).toBe(9);
      for (const t of r.tables) {
        expect(t.peerIds).toHaveLength(2);
        expect([t.mentorId, ...t.menteeIds].sort()).toEqual([...t.peerIds].sort());
        expect(t.table).toMatch(/^T\d$/);
      }
      for (const id of r.byes) byes.set(id, byes.get(id)! + 1);
    }
    const counts = [...byes.values()];
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    const pairs = pairsOf(rounds);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('a peer’s page names the table and the table-mates', async () => {
    const { view } = await peerEvent();
    const ana = view.mentees.find((m: { name: string }) => m.name === 'Ana');
    const me = (await call<PersonPage>(srv.url, 'GET', '/api/me', { key: ana.token })).body;
    expect(me.role).toBe('mentee');
    expect(me.event.pairing).toBe('peer');
    expect(me.rounds).toHaveLength(9);
    const seated = me.rounds.filter((r) => r.table !== null);
    expect(seated).toHaveLength(8);
    for (const r of seated) {
      expect(r.mentorId).toBeNull();
      expect(r.mentees).toHaveLength(1);
      expect(r.mentees[0]!.name).not.toBe('Ana');
    }
  });

  it('refuses mentors in a peer event, and peers in a mentor-mentee event', async () => {
    const { ev } = await peerEvent();
    const mentor = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: { mentors: [{ name: 'Grace Hopper' }] },
    });
    expect(mentor.status).toBe(400);
    expect(mentor.body.error.message).toMatch(/peer event has no mentors/);
    const other = await createEvent(srv.url, {});
    const peer = await call(srv.url, 'POST', `/api/events/${other.id}/people`, {
      key: other.key,
      body: { peers: [{ name: 'Ana' }] },
    });
    expect(peer.status).toBe(400);
    expect(peer.body.error.message).toMatch(/set pairing to "peer"/);
  });

  it('pairing changes before the start (a replan) and is refused with 409 after it', async () => {
    const ev = await createEvent(srv.url, { tableCapacity: 2 });
    const added = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: { mentees: NAMES.slice(0, 4).map((name) => ({ name })) },
    });
    expect(added.status, added.text).toBe(201);
    const switched = await call(srv.url, 'PATCH', `/api/events/${ev.id}`, { key: ev.key, body: { pairing: 'peer' } });
    expect(switched.status, switched.text).toBe(200);
    const planned = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
    expect(planned.status, planned.text).toBe(200);
    const view = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    expect(view.schedule.pairing).toBe('peer');
    expect(view.event.rounds).toBe(3); // 4 peers at tables of 2: everyone meets everyone in 3 rounds
    await clock(srv.url, ev, { action: 'start' });
    const late = await call(srv.url, 'PATCH', `/api/events/${ev.id}`, {
      key: ev.key,
      body: { pairing: 'mentor-mentee' },
    });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/pairing can change only before the start/);
  });

  it('a peer leaving at the door keeps the round begun and replans the rest without them', async () => {
    const { ev, view } = await peerEvent();
    await clock(srv.url, ev, { action: 'start' });
    const ivy = view.mentees.find((m: { name: string }) => m.name === 'Ivy');
    const left = await call(srv.url, 'DELETE', `/api/events/${ev.id}/people/${ivy.id}`, { key: ev.key });
    expect(left.status, left.text).toBeLessThan(300);
    const after = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    const rounds: Round[] = after.schedule.rounds;
    expect(rounds[0]).toEqual(view.schedule.rounds[0]);
    for (const r of rounds.slice(1)) expect([...r.tables.flatMap((t) => t.peerIds), ...r.byes]).not.toContain(ivy.id);
  });
});

describe('tablehop plan --pairing peer', () => {
  it('answers the schedule JSON with peerIds and table labels', async () => {
    const out = await runCli(['plan', '-', '--pairing', 'peer', '--format', 'json'], async () =>
      new TextEncoder().encode(CSV),
    );
    expect(out.code, out.stderr).toBe(0);
    const schedule = JSON.parse(out.stdout);
    expect(schedule.mentors).toEqual([]);
    expect(schedule.mentees).toHaveLength(9);
    expect(schedule.rounds).toHaveLength(9);
    expect(schedule.rounds[0].tables[0].peerIds).toHaveLength(2);
    expect(schedule.rounds[0].tables[0].table).toBe('T1');
  });
});
