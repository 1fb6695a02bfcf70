/**
 * Mentors who move (issue 17, part 1) over real HTTP: an event created with `moving: "mentors"`
 * and people from the CSV (a mentee row's table fixes their seat) is planned with seated
 * tables; a mentor's page names a different table each round, a mentee's the same one; who
 * moves can change before the start (a replan) and is refused with 409 after it; hand edits
 * are refused; a late mentee at the door joins a group with a free seat and nobody seated
 * moves; the CLI's --moving mentors answers the schedule JSON with each seat's table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonPage } from '../../shared/protocol/views';
import { runCli } from '../../server/cli/run';
import { call, clock, createEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';

type Seated = { table: string; menteeIds: string[] };
const CSV = [
  'role,name,table',
  'mentor,Grace Hopper,',
  'mentor,Alan Kay,',
  'mentor,Ada Lovelace,',
  'mentee,Ana,',
  'mentee,Bo,T2',
  'mentee,Cy,',
  'mentee,Di,',
  'mentee,Ed,',
].join('\n');

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());

/** An event where mentors move, tables of 3, three rounds, the CSV's people; planned. */
async function movingEvent() {
  const ev = await createEvent(srv.url, { moving: 'mentors', tableCapacity: 3, rounds: 3 });
  const added = await call(srv.url, 'POST', `/api/events/${ev.id}/people.csv`, { key: ev.key, csv: CSV });
  expect(added.status, added.text).toBe(201);
  const planned = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
  expect(planned.status, planned.text).toBe(200);
  const view = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
  const person = (name: string) => [...view.mentors, ...view.mentees].find((p) => p.name === name);
  return {
    ev,
    view,
    person,
    page: async (name: string) => (await call<PersonPage>(srv.url, 'GET', '/api/me', { key: person(name).token })).body,
  };
}

describe('an event where mentors move', () => {
  it('plans seated tables; a mentor goes to a new table each round, a mentee stays at theirs', async () => {
    const { view, person, page } = await movingEvent();
    expect(view.event.moving).toBe('mentors');
    const tables: Seated[] = view.schedule.tables;
    expect(tables.map((t) => t.menteeIds.length).sort()).toEqual([2, 3]);
    expect(tables.find((t) => t.table === 'T2')!.menteeIds).toContain(person('Bo').id);
    expect(person('Bo').table).toBe('T2');

    const grace = await page('Grace Hopper');
    expect(grace.event.moving).toBe('mentors');
    const visited = grace.rounds.map((r) => r.table).filter((t) => t !== null);
    expect(new Set(visited).size).toBe(visited.length); // a different table each round she meets someone
    expect(visited.length).toBeGreaterThan(1);

    const bo = await page('Bo');
    expect(bo.person.table).toBe('T2');
    const at = bo.rounds.filter((r) => r.table !== null);
    expect(at.every((r) => r.table === 'T2')).toBe(true);
    expect(new Set(at.map((r) => r.mentorId)).size).toBe(at.length);
  });

  it('who moves changes before the start (a replan) and is refused with 409 once started', async () => {
    const { ev } = await movingEvent();
    const before = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    const patched = await call(srv.url, 'PATCH', `/api/events/${ev.id}`, { key: ev.key, body: { moving: 'mentees' } });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body.event).not.toHaveProperty('moving');
    expect(patched.body.schedule).not.toHaveProperty('tables');
    expect(patched.body.scheduleVersion).toBe(before.scheduleVersion + 1);
    const back = await call(srv.url, 'PATCH', `/api/events/${ev.id}`, { key: ev.key, body: { moving: 'mentors' } });
    expect(back.body.schedule.tables).toEqual(before.schedule.tables);

    const bad = await call(srv.url, 'PATCH', `/api/events/${ev.id}`, { key: ev.key, body: { moving: 'both' } });
    expect(bad.status).toBe(400);
    await clock(srv.url, ev, { action: 'start' });
    const late = await call(srv.url, 'PATCH', `/api/events/${ev.id}`, { key: ev.key, body: { moving: 'mentees' } });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/who moves can change only before the start/);
  });

  it('refuses hand edits of the plan with 409 and why', async () => {
    const { ev, view } = await movingEvent();
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule/edits`, {
      key: ev.key,
      body: { basedOn: view.scheduleVersion, edits: [{ op: 'lock-round', round: 1 }] },
    });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toMatch(/cannot be edited by hand when mentors move/);
  });

  it('a late mentee at the door joins a group with a free seat; nobody seated moves', async () => {
    const { ev, view } = await movingEvent();
    await clock(srv.url, ev, { action: 'start' });
    const added = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: { mentees: [{ name: 'Late' }] },
    });
    expect(added.status, added.text).toBe(201);
    const lateId = added.body.mentees[0].id;
    const applied = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
    expect(applied.status, applied.text).toBe(200);
    const before: Seated[] = view.schedule.tables;
    const after: Seated[] = applied.body.tables;
    expect(after.map((t) => t.table)).toEqual(before.map((t) => t.table));
    for (const t of before) {
      const now = after.find((a) => a.table === t.table)!;
      expect(now.menteeIds.filter((id) => id !== lateId)).toEqual(t.menteeIds);
    }
    const joined = after.find((t) => t.menteeIds.includes(lateId))!;
    expect(before.find((t) => t.table === joined.table)!.menteeIds.length).toBeLessThan(3);
    expect(applied.body.rounds[0]).toEqual(view.schedule.rounds[0]); // the round under way is kept
  });
});

describe('tablehop plan --moving', () => {
  const read = async () => new TextEncoder().encode(CSV);

  it('--moving mentors --format json keeps the schedule shape and says each seat’s table', async () => {
    const r = await runCli(['plan', 'people.csv', '--moving', 'mentors', '--capacity', '3', '--format', 'json'], read);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(Object.keys(s)).toEqual(['mentors', 'mentees', 'rounds', 'seed', 'settings', 'tables']);
    const labels = new Set((s.tables as Seated[]).map((t) => t.table));
    for (const round of s.rounds)
      for (const t of round.tables) {
        if (t.menteeIds.length > 0) expect(labels.has(t.table)).toBe(true);
        else expect(t).not.toHaveProperty('table');
      }
  });

  it('--moving mentees is the plan as always; a wrong value is a usage error', async () => {
    const plain = await runCli(['plan', 'people.csv', '--format', 'json'], read);
    const mentees = await runCli(['plan', 'people.csv', '--moving', 'mentees', '--format', 'json'], read);
    expect(mentees.stdout).toBe(plain.stdout);
    expect(JSON.parse(plain.stdout)).not.toHaveProperty('tables');
    const bad = await runCli(['plan', 'people.csv', '--moving', 'both'], read);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--moving must be mentees or mentors/);
  });
});
