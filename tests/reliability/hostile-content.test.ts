import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, clock, createEvent, seedEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { closeAll, connect } from '../support/sockets';

// Hostile content, server side: markup in names and questions is stored and served as the
// very text it was (never interpreted, never "cleaned" into something else), every CSV export
// is safe to open in a spreadsheet, and deleting an event leaves nothing of its people in the
// database file. (That every screen renders such text as text: tests/e2e/hostile-content.test.ts.)

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(async () => {
  closeAll();
  await srv.close();
});

const HTML = [
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '</textarea><b>bold</b>&amp;&lt;',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
];
/** Cells a spreadsheet would run as formulas. */
const FORMULAS = ['=HYPERLINK("http://evil.example","click")', "+1+cmd|' /C calc'!A0", '-2+3', '@SUM(A1:A9)', '=1+1'];

describe('markup is stored and served as text', () => {
  it('in every JSON view and socket snapshot, byte for byte', async () => {
    const ev = await createEvent(srv.url, { name: HTML[0]!, tableCapacity: 2, rounds: 2 });
    const people = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: {
        mentors: [
          { name: HTML[1]!, table: '<i>T1</i>', bio: HTML[3]!, topics: [HTML[4]!] },
          { name: HTML[5]!, topics: [] },
        ],
        mentees: [
          { name: HTML[2]!, questions: HTML },
          { name: '<b>Sam</b>', questions: ['<p>q</p>'] },
        ],
      },
    });
    expect(people.status, people.text).toBe(201);
    await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
    const [mentor, mentee] = [people.body.mentors[0], people.body.mentees[0]];
    const views = [
      await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key }),
      await call(srv.url, 'GET', '/api/me', { key: mentee.token }),
      await call(srv.url, 'GET', '/api/me', { key: mentor.token }),
      await call(srv.url, 'GET', '/api/projector', { key: ev.projectorKey }),
    ];
    for (const v of views) {
      expect(v.headers.get('content-type')).toMatch(/^application\/json/);
      expect(v.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const [org, me, mentorMe, projector] = views.map((v) => v.body);
    expect(org.event.name).toBe(HTML[0]);
    expect(org.mentors[0]).toMatchObject({ name: HTML[1], table: '<i>T1</i>', bio: HTML[3], topics: [HTML[4]] });
    expect(org.mentees[0]).toMatchObject({ name: HTML[2], questions: HTML });
    expect(me.person).toMatchObject({ name: HTML[2], questions: HTML });
    expect(JSON.stringify(mentorMe)).toContain(JSON.stringify(HTML[2]).slice(1, -1));
    expect(projector.tables.map((t: { name: string }) => t.name)).toEqual([HTML[1], HTML[5]]);
    const snap = await connect(srv.url, mentee.token);
    expect(snap.snapshot).toMatchObject({ role: 'mentee', me: { person: { name: HTML[2], questions: HTML } } });
    // Error answers that echo input are JSON too (never an HTML page a browser could run).
    const r = await call(srv.url, 'GET', `/api/${encodeURIComponent('<script>alert(1)</script>')}`, { key: ev.key });
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('CSV exports are formula-safe', () => {
  it('no cell of any export starts with = + - @ tab or CR, and the text survives', async () => {
    const ev = await seedEvent(srv.url, { mentors: 0, mentees: 0 }, { tableCapacity: 3, rounds: 2 });
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: {
        mentors: FORMULAS.slice(0, 3).map((name, i) => ({
          name,
          table: FORMULAS[(i + 3) % FORMULAS.length]!.slice(0, 20),
          bio: FORMULAS[i],
          topics: [FORMULAS[4]!, 'plain'],
          email: `=${i}@x.example`,
        })),
        mentees: FORMULAS.map((name, i) => ({
          name: `${name} ${i}`,
          questions: [FORMULAS[i]!, 'ok'],
          wishes: [FORMULAS[0]!],
          email: '@me',
        })),
      },
    });
    expect(r.status, r.text).toBe(201);
    await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
    const exports = ['/schedule.csv', '/people.csv', '/schedule.people.csv'];
    for (const path of exports) {
      const csv = await call(srv.url, 'GET', `/api/events/${ev.id}${path}`, { key: ev.key });
      expect(csv.status, path).toBe(200);
      expect(csv.headers.get('content-type'), path).toMatch(/^text\/csv/);
      expect(csv.headers.get('content-disposition'), path).toMatch(/^attachment/);
      const rows = Papa.parse<string[]>(csv.text.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
      const cells = rows.flat();
      for (const cell of cells) expect(cell, `${path}: ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r]/);
      // The text is all there, only defused.
      for (const f of FORMULAS.slice(0, 3))
        expect(
          cells.some((c) => c.includes(f)),
          `${path} keeps ${f}`,
        ).toBe(true);
    }
    // The participants export feeds back into an import unchanged.
    const again = await createEvent(srv.url);
    const csv = (await call(srv.url, 'GET', `/api/events/${ev.id}/people.csv`, { key: ev.key })).text;
    const back = await call(srv.url, 'POST', `/api/events/${again.id}/people.csv`, { key: again.key, csv });
    expect(back.status, back.text).toBe(201);
    expect(back.body.mentees.map((m: { name: string }) => m.name)).toEqual(
      r.body.mentees.map((m: { name: string }) => m.name),
    );
    expect(back.body.mentees[0].questions).toEqual([FORMULAS[0], 'ok']);
  });
});

describe('deleting an event', () => {
  it('leaves no row and no byte of its people in the database file', async () => {
    const marker = (what: string) => `ZQX${what}QXZ`;
    const ev = await createEvent(srv.url, { name: marker('event'), tableCapacity: 2, rounds: 2, roundSeconds: 3600 });
    // Overflow pages too.
    const bigQuestions = Array.from({ length: 30 }, (_, i) => marker(`question${i}`).padEnd(480, '.'));
    const added = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: {
        mentors: [
          {
            name: marker('mentorname'),
            table: marker('table').slice(0, 20),
            bio: marker('bio'),
            topics: [marker('topic')],
            email: marker('mentoremail'),
          },
          { name: marker('mentor2') },
        ],
        mentees: [
          { name: marker('menteename'), questions: bigQuestions, email: marker('menteeemail') },
          { name: marker('mentee2'), questions: [marker('oldquestion')] },
        ],
      },
    });
    expect(added.status, added.text).toBe(201);
    const mentee2 = added.body.mentees[1];
    // Earlier versions of a field are private data too.
    await call(srv.url, 'PUT', '/api/me/questions', {
      key: mentee2.token,
      body: { questions: [marker('newquestion')] },
    });
    await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${mentee2.id}`, {
      key: ev.key,
      body: { name: marker('renamed') },
    });
    await clock(srv.url, ev, { action: 'start' });
    await clock(srv.url, ev, { action: 'extend', seconds: 60 });
    // What people wrote after their meetings goes with the event too.
    const view = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    const table = view.schedule.rounds[0].tables.find((t: { menteeIds: string[] }) => t.menteeIds.includes(mentee2.id));
    const fed = await call(srv.url, 'PUT', `/api/me/feedback/1/${table.mentorId}`, {
      key: mentee2.token,
      body: { note: marker('feedbacknote'), followUp: true },
    });
    expect(fed.status, fed.text).toBe(200);
    await call(srv.url, 'PUT', '/api/me/sharing', {
      key: mentee2.token,
      body: { share: 'contact', contact: marker('contactline') },
    });
    // A neighbour event that stays.
    const stays = await seedEvent(srv.url, { mentors: 1, mentees: 1 });
    const file = join(srv.dataDir, 'tablehop.sqlite');
    const bytes = () =>
      Buffer.concat([file, `${file}-wal`, `${file}-journal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));
    expect(bytes().includes(marker('oldquestion')), 'the test can see what is in the file').toBe(true);

    expect((await call(srv.url, 'DELETE', `/api/events/${ev.id}`, { key: ev.key })).status).toBe(204);

    const db = new Database(file, { readonly: true });
    try {
      const tables = (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
      ).map((t) => t.name);
      for (const t of tables) {
        const cols = (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name);
        const col = cols.includes('event_id') ? 'event_id' : cols.includes('id') && t === 'events' ? 'id' : null;
        if (col)
          expect((db.prepare(`SELECT count(*) AS n FROM ${t} WHERE ${col} = ?`).get(ev.id) as { n: number }).n, t).toBe(
            0,
          );
      }
      expect((db.prepare('SELECT count(*) AS n FROM people WHERE event_id = ?').get(stays.id) as { n: number }).n).toBe(
        2,
      );
    } finally {
      db.close();
    }
    const raw = bytes();
    for (const what of [
      'event',
      'feedbacknote',
      'contactline',
      'mentorname',
      'table',
      'bio',
      'topic',
      'mentoremail',
      'mentor2',
      'menteename',
      'question0',
      'question29',
      'menteeemail',
      'mentee2',
      'oldquestion',
      'newquestion',
      'renamed',
    ]) {
      expect(raw.includes(marker(what)), `"${what}" is still in the database file`).toBe(false);
    }
    // The event is gone for every key, and its neighbour unharmed.
    expect((await call(srv.url, 'GET', '/api/me', { key: mentee2.token })).status).toBe(401);
    expect((await call(srv.url, 'GET', `/api/events/${stays.id}`, { key: stays.key })).status).toBe(200);
  });
});
