import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseParticipantsCsv } from '../../shared/csv';
import { organizerViewSchema, type OrganizerView } from '../../shared/protocol/views';
import { call, createEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());

const FORMULA_START = /^[=+\-@\t\r]/;

const MENTORS = [
  {
    name: 'Grace Hopper',
    table: 'T4',
    topics: ['compilers', 'navy'],
    bio: 'Rear admiral, "Amazing Grace"',
    email: 'grace@example.org',
  },
  { name: '=HYPERLINK("http://evil.example","click")', topics: ['-2+3', '@SUM(A1)'] },
  { name: 'Zoë, 李雷 & عمر', table: 'Garden' },
];
const MENTEES = [
  {
    name: 'Sam',
    questions: ['How do I start?', '=1+1 is a formula?', 'Commas, "quotes" and\nnewlines'],
    wishes: ['Grace Hopper'],
    avoid: ['Zoë, 李雷 & عمر'],
    email: 'sam@example.org',
  },
  { name: '+SUM(1,2)', questions: ['@me'], wishes: ['=HYPERLINK("http://evil.example","click")', 'Grace Hopper'] },
  { name: '-cmd|calc', questions: [] },
  { name: "'=already quoted" },
];

async function eventWithPeople(): Promise<{ id: string; key: string }> {
  const ev = await createEvent(srv.url, { tableCapacity: 2, rounds: 3 });
  const r = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
    key: ev.key,
    body: { mentors: MENTORS, mentees: MENTEES },
  });
  expect(r.status, r.text).toBe(201);
  return ev;
}

const view = async (ev: { id: string; key: string }): Promise<OrganizerView> =>
  organizerViewSchema.parse((await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body);

/** The people of a view without ids, tokens or links; wishes and avoids as mentor names. */
function people(v: OrganizerView) {
  const mentorName = new Map(v.mentors.map((m) => [m.id, m.name]));
  return {
    mentors: v.mentors.map(({ name, table, topics, bio, email }) => ({ name, table, topics, bio, email })),
    mentees: v.mentees.map(({ name, questions, wishes, avoid, email }) => ({
      name,
      questions,
      wishes: wishes.map((id) => mentorName.get(id)),
      avoid: avoid.map((id) => mentorName.get(id)),
      email,
    })),
  };
}

const cells = (csv: string) => Papa.parse<string[]>(csv.replace(/\r\n$/, ''), { newline: '\r\n' }).data;

describe('GET /api/events/:id/people.csv (participants export)', () => {
  it('round-trips through the import: export → POST people.csv on a new event gives the same people', async () => {
    const ev = await eventWithPeople();
    const r = await call(srv.url, 'GET', `/api/events/${ev.id}/people.csv`, { key: ev.key });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(r.headers.get('content-disposition')).toMatch(/^attachment; filename="?people-[\w-]+\.csv"?$/);
    expect(parseParticipantsCsv(r.text).ok).toBe(true);

    const copy = await createEvent(srv.url);
    const imported = await call(srv.url, 'POST', `/api/events/${copy.id}/people.csv`, { key: copy.key, csv: r.text });
    expect(imported.status, imported.text).toBe(201);
    const [before, after] = [people(await view(ev)), people(await view(copy))];
    expect(after).toEqual(before);
    // Sanity: the fixture really has the awkward values in it.
    expect(after.mentees[1]!.name).toBe('+SUM(1,2)');
    expect(after.mentees[0]!.wishes).toEqual(['Grace Hopper']);
  });

  it('needs the organizer key of the event', async () => {
    const ev = await eventWithPeople();
    const other = await createEvent(srv.url);
    expect((await call(srv.url, 'GET', `/api/events/${ev.id}/people.csv`)).status).toBe(401);
    expect((await call(srv.url, 'GET', `/api/events/${ev.id}/people.csv`, { key: other.key })).status).toBe(403);
    expect((await call(srv.url, 'GET', `/api/events/${ev.id}/people.csv`, { key: other.projectorKey })).status).toBe(
      403,
    );
  });
});

describe('GET /api/events/:id/schedule.people.csv (one row per person per round)', () => {
  it('404 before a plan; then every person in every round, byes marked', async () => {
    const ev = await eventWithPeople();
    expect((await call(srv.url, 'GET', `/api/events/${ev.id}/schedule.people.csv`, { key: ev.key })).status).toBe(404);
    expect(
      (await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: 3 } })).status,
    ).toBe(200);
    const r = await call(srv.url, 'GET', `/api/events/${ev.id}/schedule.people.csv`, { key: ev.key });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...rows] = cells(r.text);
    // The columns as they always were, then `Seat lost` (nobody is a no-show here).
    expect(header).toEqual(['Round', 'Person', 'Role', 'Table', 'Mentor', 'With', 'Seat lost']);
    expect(rows.every((row) => row[6] === '')).toBe(true);
    expect(rows).toHaveLength(3 * (MENTORS.length + MENTEES.length));
    for (const round of ['1', '2', '3']) {
      const these = rows.filter((row) => row[0] === round);
      expect(these.filter((row) => row[2] === 'mentor')).toHaveLength(3);
      expect(these.filter((row) => row[2] === 'mentee')).toHaveLength(4);
    }
    // 3 tables of 2 seats for 4 mentees: nobody sits out, and Sam's rows name a real table.
    const sam = rows.filter((row) => row[1] === 'Sam');
    expect(sam).toHaveLength(3);
    for (const row of sam) expect(['T4', 'T1', 'Garden']).toContain(row[3]);
  });
});

describe('attendance in the exports', () => {
  const status = (ev: { id: string; key: string }, personId: string, value: string) =>
    call(srv.url, 'POST', `/api/events/${ev.id}/people/${personId}/status`, { key: ev.key, body: { status: value } });

  it('people.csv has an attendance column after the first nine; the file (and one without it) imports', async () => {
    const ev = await eventWithPeople();
    const v = await view(ev);
    const marks: Array<[string, string]> = [
      [v.mentors[0]!.id, 'present'],
      [v.mentees[0]!.id, 'absent'],
      [v.mentees[1]!.id, 'left'],
    ];
    for (const [id, value] of marks) expect((await status(ev, id, value)).status).toBe(200);
    const r = await call(srv.url, 'GET', `/api/events/${ev.id}/people.csv`, { key: ev.key });
    expect(r.status).toBe(200);
    const [header, ...rows] = cells(r.text);
    expect(header).toEqual([
      'role',
      'name',
      'table',
      'topics',
      'bio',
      'questions',
      'wishes',
      'avoid',
      'email',
      'attendance',
      'group',
      'priority',
    ]);
    expect(rows.map((row) => row[9])).toEqual([
      'checked in',
      'expected',
      'expected',
      'no-show',
      'left',
      'expected',
      'expected',
    ]);

    // The new file imports as the old one did; attendance is not carried over (a new event starts at expected).
    const copy = await createEvent(srv.url);
    const imported = await call(srv.url, 'POST', `/api/events/${copy.id}/people.csv`, { key: copy.key, csv: r.text });
    expect(imported.status, imported.text).toBe(201);
    const after = await view(copy);
    expect(people(after)).toEqual(people(await view(ev)));
    expect([...after.mentors, ...after.mentees].every((p) => p.attendance === 'expected')).toBe(true);
    // A file from before the attendance column still imports.
    const old = Papa.unparse(
      cells(r.text).map((row) => row.slice(0, 9)),
      { newline: '\r\n' },
    );
    const older = await createEvent(srv.url);
    const again = await call(srv.url, 'POST', `/api/events/${older.id}/people.csv`, { key: older.key, csv: old });
    expect(again.status, again.text).toBe(201);
    expect(people(await view(older))).toEqual(people(await view(ev)));
  });

  it('the schedule exports mark the seats lost to no-shows, in a last column', async () => {
    const ev = await eventWithPeople();
    const planned = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: 3 } });
    expect(planned.status).toBe(200);
    const v = await view(ev);
    const grace = v.mentors.find((m) => m.name === 'Grace Hopper')!;
    const sam = v.mentees.find((m) => m.name === 'Sam')!;
    // Sam and Grace Hopper never come; their seats stay in the schedule until a replan is applied.
    for (const id of [grace.id, sam.id]) expect((await status(ev, id, 'absent')).status).toBe(200);
    const schedule = (await view(ev)).schedule!;
    expect(schedule).toEqual(planned.body);

    const perPerson = await call(srv.url, 'GET', `/api/events/${ev.id}/schedule.people.csv`, { key: ev.key });
    const [header, ...rows] = cells(perPerson.text);
    expect(header).toEqual(['Round', 'Person', 'Role', 'Table', 'Mentor', 'With', 'Seat lost']);
    for (const row of rows) {
      const [, person, role, , mentor] = row;
      const expected =
        person === 'Sam' || (role === 'mentor' && person === 'Grace Hopper')
          ? 'no-show'
          : role === 'mentee' && mentor === 'Grace Hopper'
            ? 'mentor no-show'
            : '';
      expect(row[6], row.join(',')).toBe(expected);
    }
    expect(rows.filter((row) => row[6] === 'no-show')).toHaveLength(6); // 3 rounds × 2 people

    const sheet = await call(srv.url, 'GET', `/api/events/${ev.id}/schedule.csv`, { key: ev.key });
    const [head, ...rounds] = cells(sheet.text);
    expect(head!.at(-2)).toBe('Byes');
    expect(head!.at(-1)).toBe('Seats lost to no-shows');
    for (const [i, row] of rounds.entries()) {
      const r = schedule.rounds[i]!;
      const samAt = r.tables.find((t) => t.menteeIds.includes(sam.id));
      const tableOf = (mentorId: string) => v.mentors.find((m) => m.id === mentorId)!.table;
      const seats = r.tables.flatMap((t) => [
        ...(t.mentorId === grace.id ? [`Grace Hopper (${grace.table} mentor)`] : []),
        ...(t === samAt ? [`Sam (${tableOf(t.mentorId)})`] : []),
      ]);
      expect(row.at(-1), `round ${i + 1}`).toBe(seats.join(', '));
    }
  });
});

describe('formula-looking names are neutralised in every CSV export', () => {
  it('people.csv, schedule.csv and schedule.people.csv: no cell starts with = + - @ tab or CR', async () => {
    const ev = await eventWithPeople();
    expect((await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} })).status).toBe(200);
    for (const path of ['people.csv', 'schedule.csv', 'schedule.people.csv']) {
      const r = await call(srv.url, 'GET', `/api/events/${ev.id}/${path}`, { key: ev.key });
      expect(r.status, path).toBe(200);
      const all = cells(r.text).flat();
      const dangerous = all.filter((c) => FORMULA_START.test(c));
      expect(dangerous, path).toEqual([]);
      // The names are all there, and those that start a cell are defused by a leading apostrophe.
      for (const name of ['=HYPERLINK("http://evil.example","click")', '+SUM(1,2)', '-cmd|calc']) {
        expect(
          all.some((c) => c.includes(name)),
          `${path}: ${name}`,
        ).toBe(true);
        expect(
          all.some((c) => c.startsWith(name)),
          `${path}: ${name}`,
        ).toBe(false);
      }
      expect(
        all.some((c) => c.startsWith("'+SUM(1,2)")),
        path,
      ).toBe(true);
    }
  });
});
