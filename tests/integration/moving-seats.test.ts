/**
 * A mentee's fixed seat when mentors move (issue 17, part 1), changed by PATCH over HTTP: a seat
 * given puts the mentee at that table for the whole event; an empty text clears it (the planner
 * seats them again); a mentor's table cannot be emptied (400 at the field, nothing changed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';

type Seated = { table: string; menteeIds: string[] };

describe('a mentee seat by PATCH', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startServer();
  });
  afterAll(() => srv.close());

  it('sets, clears and refuses at the field', async () => {
    const ev = await createEvent(srv.url, { moving: 'mentors', tableCapacity: 2, rounds: 2 });
    const added = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: {
        mentors: [{ name: 'Grace Hopper' }, { name: 'Alan Kay' }],
        mentees: [{ name: 'Ana' }, { name: 'Bo' }, { name: 'Cy' }, { name: 'Di' }],
      },
    });
    expect(added.status, added.text).toBe(201);
    const planned = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
    expect(planned.status, planned.text).toBe(200);
    const di = added.body.mentees[3];
    const person = (id: string) => `/api/events/${ev.id}/people/${id}`;
    const tableOf = async (id: string) => {
      const v = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
      return {
        seat: v.mentees.find((m: { id: string }) => m.id === id).table as string | undefined,
        at: (v.schedule.tables as Seated[]).find((t) => t.menteeIds.includes(id))?.table,
      };
    };

    const set = await call(srv.url, 'PATCH', person(di.id), { key: ev.key, body: { table: 'T1' } });
    expect(set.status, set.text).toBe(200);
    expect(await tableOf(di.id)).toEqual({ seat: 'T1', at: 'T1' });

    const cleared = await call(srv.url, 'PATCH', person(di.id), { key: ev.key, body: { table: '' } });
    expect(cleared.status, cleared.text).toBe(200);
    const after = await tableOf(di.id);
    expect(after.seat).toBeUndefined();
    expect(after.at).toMatch(/^T[12]$/); // seated again by the planner

    const grace = added.body.mentors[0];
    const refused = await call(srv.url, 'PATCH', person(grace.id), { key: ev.key, body: { table: '' } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues).toEqual([
      { path: 'table', message: 'a mentor needs a table: it cannot be empty', code: 'empty' },
    ]);
    const v = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    expect(v.mentors[0].table).toBe(grace.table);
  });
});
