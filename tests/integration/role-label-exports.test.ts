/**
 * The event's role words in the files over HTTP (issue 17, `settings.labels`): each export with
 * a `role` column keeps the canonical role and ends with `role_label` only when the event has
 * labels; such a people.csv imports into another event; the mail-merge file's mails and the
 * calendar say the event's words.
 */
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, clock, createEvent, seedEvent, type SeededEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());

const LABELS = { mentor: 'Recruiter', mentee: 'Student' };
const rows = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').replace(/\r\n$/, ''), { newline: '\r\n' }).data;
const get = async (ev: { id: string; key: string }, path: string) => {
  const r = await call(srv.url, 'GET', `/api/events/${ev.id}/${path}`, { key: ev.key });
  expect(r.status, r.text).toBe(200);
  return r.text;
};

async function plannedFair(): Promise<SeededEvent> {
  const ev = await seedEvent(srv.url, { mentors: 2, mentees: 3 }, { rounds: 2, labels: LABELS });
  const planned = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: 1 } });
  expect(planned.status, planned.text).toBe(200);
  return ev;
}

describe('exports of an event with its own role words', () => {
  it('people.csv ends with role_label, imports into a default event, and drops it with the labels', async () => {
    const ev = await plannedFair();
    const csv = await get(ev, 'people.csv');
    const table = rows(csv);
    expect(table[0]!.at(-1)).toBe('role_label');
    expect(table.slice(1).map((r) => [r[0], r.at(-1)])).toEqual([
      ['mentor', 'Recruiter'],
      ['mentor', 'Recruiter'],
      ['mentee', 'Student'],
      ['mentee', 'Student'],
      ['mentee', 'Student'],
    ]);

    const copy = await createEvent(srv.url);
    const imported = await call(srv.url, 'POST', `/api/events/${copy.id}/people.csv`, { key: copy.key, csv });
    expect(imported.status, imported.text).toBe(201);
    // The default event's export is the same file without the last column.
    const copied = await get(copy, 'people.csv');
    expect(rows(copied)).toEqual(table.map((r) => r.slice(0, -1)));

    // Labels taken away: the export is byte for byte a default event's.
    const reset = await call(srv.url, 'PATCH', `/api/events/${ev.id}`, { key: ev.key, body: { labels: null } });
    expect(reset.status, reset.text).toBe(200);
    expect(await get(ev, 'people.csv')).toBe(copied);
  });

  it('schedule.people.csv ends with role_label; the wall sheet has no role column and no label', async () => {
    const ev = await plannedFair();
    const people = rows(await get(ev, 'schedule.people.csv'));
    expect(people[0]).toEqual(['Round', 'Person', 'Role', 'Table', 'Mentor', 'With', 'Seat lost', 'role_label']);
    for (const r of people.slice(1)) expect(r.at(-1)).toBe(r[2] === 'mentor' ? 'Recruiter' : 'Student');
    expect(await get(ev, 'schedule.csv')).not.toContain('Recruiter');
  });

  it('the mail-merge file: role stays canonical, role_label last, each message in the event’s words', async () => {
    const ev = await plannedFair();
    const merge = rows(await get(ev, 'mail/merge.csv?timeZone=UTC'));
    expect(merge[0]).toEqual(['name', 'email', 'role', 'link', 'subject', 'message', 'role_label']);
    const mentor = merge.find((r) => r[2] === 'mentor')!;
    const mentee = merge.find((r) => r[2] === 'mentee')!;
    expect(mentor.at(-1)).toBe('Recruiter');
    expect(mentor[5]).toMatch(/You are a recruiter at table T\d+; the students come to you\./);
    expect(mentee.at(-1)).toBe('Student');
    expect(mentee[5]).toContain('You are a student: each round you go to a recruiter’s table.');
    // The seeded people are called "Mentor 1", "Mentee 2": past their names, no default role word.
    for (const r of merge.slice(1)) expect(r[5]!.replace(/Ment(or|ee) \d/g, '')).not.toMatch(/\bment(or|ee)s?\b/i);
  });

  it("a person's meetings.csv and meetings.ics name the other's role in the event's word", async () => {
    const ev = await plannedFair();
    await clock(srv.url, ev, { action: 'start' });
    const view = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    const menteeId = view.schedule.rounds[0].tables[0].menteeIds[0] as string;
    const token = ev.mentees.find((m) => m.id === menteeId)!.token;
    const csv = await call(srv.url, 'GET', '/api/me/meetings.csv', { key: token });
    expect(csv.status, csv.text).toBe(200);
    const table = rows(csv.text);
    expect(table[0]!.at(-1)).toBe('role_label');
    expect(table[1]![4]).toBe('mentor');
    expect(table[1]!.at(-1)).toBe('Recruiter');
    const ics = await call(srv.url, 'GET', '/api/me/meetings.ics', { key: token });
    expect(ics.status).toBe(200);
    expect(ics.text.replace(/\r\n /g, '')).toMatch(/DESCRIPTION:[^\r\n]* with [^\r\n]*\(recruiter\)\./);
  });
});
