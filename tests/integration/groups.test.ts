/**
 * Groups and priorities (issue 18) over real HTTP: stored from the JSON and CSV imports, changed
 * and removed by PATCH, written to people.csv and read back into another event; the group rules
 * as a setting.
 */
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizerViewSchema, type OrganizerView } from '../../shared/protocol/views';
import { call, createEvent, type CreatedEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());

const view = async (ev: CreatedEvent): Promise<OrganizerView> =>
  organizerViewSchema.parse((await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body);
const groupsOf = (v: OrganizerView) => ({
  mentors: v.mentors.map((m) => [m.name, m.group ?? null]),
  mentees: v.mentees.map((m) => [m.name, m.group ?? null, m.priority ?? 0]),
});

describe('group and priority', () => {
  it('are stored, patched, exported and imported again', async () => {
    const ev = await createEvent(srv.url);
    const added = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: {
        mentors: [{ name: 'Ann', group: ' ACME ' }, { name: 'Gus' }],
        mentees: [{ name: 'Bo', group: 'Uni', priority: 2 }, { name: 'Cy', priority: -1 }, { name: 'Di' }],
      },
    });
    expect(added.status, added.text).toBe(201);
    expect(groupsOf(await view(ev))).toEqual({
      mentors: [
        ['Ann', 'ACME'],
        ['Gus', null],
      ],
      mentees: [
        ['Bo', 'Uni', 2],
        ['Cy', null, -1],
        ['Di', null, 0],
      ],
    });
    const patch = (id: string, body: unknown) =>
      call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${id}`, { key: ev.key, body });
    const [, gus] = added.body.mentors;
    const [bo, cy] = added.body.mentees;
    expect((await patch(gus.id, { group: 'Lab' })).body.group).toBe('Lab');
    const removed = await patch(bo.id, { group: '', priority: 0 });
    expect(removed.status, removed.text).toBe(200);
    expect(removed.body).not.toHaveProperty('group');
    expect(removed.body).not.toHaveProperty('priority');
    expect((await patch(cy.id, { group: 'Uni', priority: 3 })).body).toMatchObject({ group: 'Uni', priority: 3 });
    expect((await patch(gus.id, { priority: 1 })).status).toBe(400);

    const csv = await call(srv.url, 'GET', `/api/events/${ev.id}/people.csv`, { key: ev.key });
    const rows = Papa.parse<string[]>(csv.text, { skipEmptyLines: true }).data;
    expect(rows[0]!.slice(-3)).toEqual(['attendance', 'group', 'priority']);
    expect(rows.slice(1).map((r) => r.slice(-2))).toEqual([
      ['ACME', ''],
      ['Lab', ''],
      ['', ''],
      ['Uni', '3'],
      ['', ''],
    ]);
    const copy = await createEvent(srv.url);
    const imported = await call(srv.url, 'POST', `/api/events/${copy.id}/people.csv`, { key: copy.key, csv: csv.text });
    expect(imported.status, imported.text).toBe(201);
    expect(groupsOf(await view(copy))).toEqual(groupsOf(await view(ev)));
  });

  it('a bad priority in the CSV is refused with its line and column, nothing added', async () => {
    const ev = await createEvent(srv.url);
    const csv = 'role,name,group,priority\nmentor,Ann,ACME,\nmentee,Bo,,first\nmentor,Gus,,2\n';
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/people.csv`, { key: ev.key, csv });
    expect(r.status, r.text).toBe(400);
    expect(r.body.error.issues).toEqual([
      {
        path: 'line 3',
        message: 'priority: "first" is not a whole number (write e.g. 0, 1 or 2; higher goes first)',
        code: 'csvPriorityNotWhole',
        params: { value: 'first', field: 'priority' },
      },
      {
        path: 'line 4',
        message: 'priority: only mentees have a priority; this row is a mentor',
        code: 'csvOtherRolesColumn',
        params: { role: 'mentor', owner: 'mentee', field: 'priority' },
      },
    ]);
    expect((await view(ev)).mentors).toEqual([]);
  });

  it('the group rules are a setting: shown in the event once set, null again for the default', async () => {
    const ev = await createEvent(srv.url);
    expect((await view(ev)).event).not.toHaveProperty('groups');
    const rules = { menteesApart: false, notOwnGroupMentor: true };
    const set = await call(srv.url, 'PATCH', `/api/events/${ev.id}`, { key: ev.key, body: { groups: rules } });
    expect(set.status, set.text).toBe(200);
    expect(organizerViewSchema.parse(set.body).event.groups).toEqual(rules);
    const bad = await call(srv.url, 'PATCH', `/api/events/${ev.id}`, {
      key: ev.key,
      body: { groups: { menteesApart: 'yes' } },
    });
    expect(bad.status).toBe(400);
    const reset = await call(srv.url, 'PATCH', `/api/events/${ev.id}`, { key: ev.key, body: { groups: null } });
    expect(reset.status).toBe(200);
    expect((await view(ev)).event).not.toHaveProperty('groups');
  });
});
