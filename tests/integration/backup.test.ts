import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, backupFileSchema, canonicalJson, sealBackup, type BackupFile } from '../../shared/backup';
import { organizerViewSchema, type OrganizerView } from '../../shared/protocol/views';
import { sha256Hex } from '../../server/events/backup';
import { call, clock, createEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';

let srv: TestServer;
let db: Database.Database;
beforeAll(async () => {
  srv = await startServer();
  db = new Database(join(srv.dataDir, 'tablehop.sqlite'), { readonly: true });
});
afterAll(async () => {
  db.close();
  await srv.close();
});

const eventCount = () => (db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
const view = async (id: string, key: string): Promise<OrganizerView> => {
  const r = await call(srv.url, 'GET', `/api/events/${id}`, { key });
  expect(r.status, r.text).toBe(200);
  return organizerViewSchema.parse(r.body);
};

const PLANNED = Date.UTC(2030, 2, 14, 17, 30);

/** An event with settings, people, questions (one edited by the mentee), a plan and a clock history. */
async function richEvent() {
  const ev = await createEvent(srv.url, {
    name: 'März mentoring',
    roundSeconds: 420,
    changeoverSeconds: 75,
    rounds: 4,
    tableCapacity: 2,
    breaks: [{ afterRound: 2, seconds: 600 }],
    plannedStartAt: PLANNED,
  });
  const added = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
    key: ev.key,
    body: {
      mentors: [
        { name: 'Grace Hopper', table: 'T7', topics: ['compilers'], bio: 'Admiral', email: 'g@example.org' },
        { name: '李雷', topics: ['design'] },
        { name: 'عمر الفاروق' },
      ],
      mentees: [
        {
          name: 'Zoë',
          questions: ['How do I start?'],
          wishes: ['Grace Hopper', '李雷'],
          avoid: ['عمر الفاروق'],
          email: 'z@example.org',
        },
        { name: 'Sam', questions: [] },
        { name: 'Priya', wishes: ['عمر الفاروق'] },
        { name: '=Formula' },
        { name: 'Jonas' },
      ],
    },
  });
  expect(added.status, added.text).toBe(201);
  const sam = added.body.mentees[1];
  expect(
    (
      await call(srv.url, 'PUT', '/api/me/questions', {
        key: sam.token,
        body: { questions: ['Is a PhD worth it?', 'Remote or office?'] },
      })
    ).status,
  ).toBe(200);
  expect(
    (await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: 11 } })).status,
  ).toBe(200);
  await clock(srv.url, ev, { action: 'start' });
  await clock(srv.url, ev, { action: 'pause', expectedPhase: 0 });
  await clock(srv.url, ev, { action: 'resume' });
  await clock(srv.url, ev, { action: 'extend', seconds: 90 });
  return {
    ...ev,
    added: added.body as { mentors: { id: string; token: string }[]; mentees: { id: string; token: string }[] },
  };
}

async function download(ev: { id: string; key: string }): Promise<{ file: BackupFile; text: string; raw: any }> {
  const r = await call(srv.url, 'GET', `/api/events/${ev.id}/backup`, { key: ev.key });
  expect(r.status, r.text).toBe(200);
  expect(r.headers.get('content-type')).toMatch(/^application\/json/);
  expect(r.headers.get('content-disposition')).toMatch(
    /^attachment; filename="?tablehop-[\w-]+-\d{4}-\d\d-\d\d\.json"?$/,
  );
  return { file: backupFileSchema.parse(r.body), text: r.text, raw: JSON.parse(r.text) };
}

const importFile = (body: unknown) => call(srv.url, 'POST', '/api/events/import', { body });
const importRaw = (raw: string, contentType?: string) =>
  call(srv.url, 'POST', '/api/events/import', { raw, contentType });

/** People and schedule as names only, so two events compare regardless of ids. */
function byNames(v: OrganizerView) {
  const name = new Map([...v.mentors, ...v.mentees].map((p) => [p.id, p.name]));
  const n = (id: string) => name.get(id) ?? `?${id}`;
  return {
    mentors: v.mentors.map(({ name, table, bio, topics, email, attendance }) => ({
      name,
      table,
      bio,
      topics,
      email,
      attendance,
    })),
    mentees: v.mentees.map((m) => ({
      name: m.name,
      questions: m.questions,
      wishes: m.wishes.map(n),
      avoid: m.avoid.map(n),
      email: m.email,
      attendance: m.attendance,
    })),
    rounds: v.schedule?.rounds.map((r) => ({
      round: r.round,
      tables: r.tables.map((t) => [n(t.mentorId), ...t.menteeIds.map(n)]),
      byes: r.byes.map(n),
    })),
  };
}

describe('GET /api/events/:id/backup', () => {
  it('one sealed JSON file: settings, people, questions, schedule, clock and its append-only history', async () => {
    const ev = await richEvent();
    const { file, text } = await download(ev);
    expect(file).toMatchObject({ format: BACKUP_FORMAT, version: 1, integrity: { algorithm: 'SHA-256' } });
    const { integrity, ...content } = JSON.parse(text);
    expect(integrity.digest).toBe(sha256Hex(canonicalJson(content)));
    expect(file.event.settings).toEqual({
      name: 'März mentoring',
      roundSeconds: 420,
      changeoverSeconds: 75,
      rounds: 4,
      tableCapacity: 2,
      breaks: [{ afterRound: 2, seconds: 600 }],
      plannedStartAt: PLANNED,
      feedbackClosesAt: null,
      groups: null,
    });
    expect(file.event.mentees.map((m) => m.name)).toEqual(['Zoë', 'Sam', 'Priya', '=Formula', 'Jonas']);
    expect(file.event.mentees[1]!.questions).toEqual(['Is a PhD worth it?', 'Remote or office?']);
    expect(file.event.mentees[0]!.wishes).toEqual([ev.added.mentors[0]!.id, ev.added.mentors[1]!.id]);
    expect(file.event.schedule?.rounds).toHaveLength(4);
    expect(file.event.clock.status).toBe('running');
    expect(file.event.clockHistory.map((e) => [e.action, e.phaseIndex])).toEqual([
      ['start', null],
      ['pause', 0],
      ['resume', 0],
      ['extend', 0],
    ]);
    expect(file.event.clockHistory[3]!.seconds).toBe(90);
    const versions = file.event.clockHistory.map((e) => e.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    // No secret of the event is in the file.
    expect(text).not.toContain(ev.key);
    expect(text).not.toContain(ev.projectorKey);
    for (const p of [...ev.added.mentors, ...ev.added.mentees]) expect(text).not.toContain(p.token);
  });

  it('the clock history is append-only in the store, and a refused command is not logged', async () => {
    const ev = await richEvent();
    const refused = await call(srv.url, 'POST', `/api/events/${ev.id}/clock`, {
      key: ev.key,
      body: { action: 'resume' },
    });
    expect(refused.status).toBe(409);
    expect((await srv.store.clockHistory(ev.id)).map((e) => e.action)).toEqual(['start', 'pause', 'resume', 'extend']);
    const rw = new Database(join(srv.dataDir, 'tablehop.sqlite'));
    try {
      expect(() => rw.prepare("UPDATE clock_log SET entry = '{}' WHERE event_id = ?").run(ev.id)).toThrow(
        /append-only/,
      );
    } finally {
      rw.close();
    }
  });

  it('needs the organizer key of the event', async () => {
    const ev = await createEvent(srv.url);
    const other = await createEvent(srv.url);
    expect((await call(srv.url, 'GET', `/api/events/${ev.id}/backup`)).status).toBe(401);
    expect((await call(srv.url, 'GET', `/api/events/${ev.id}/backup`, { key: other.key })).status).toBe(403);
    expect((await call(srv.url, 'GET', `/api/events/${ev.id}/backup`, { key: ev.projectorKey })).status).toBe(403);
  });
});

describe('POST /api/events/import', () => {
  it('re-imports to an identical event with fresh ids, keys and links; old secrets do not open it', async () => {
    const ev = await richEvent();
    const { file } = await download(ev);
    const before = eventCount();
    const r = await importFile(file); // no key: like creating an event
    expect(r.status, r.text).toBe(201);
    expect(eventCount()).toBe(before + 1);
    expect(r.body.imported).toEqual({ mentors: 3, mentees: 5, schedule: true, replanned: false });
    const id: string = r.body.event.id;
    const key: string = r.body.organizerKey;
    expect(id).not.toBe(ev.id);
    expect(key).not.toBe(ev.key);
    expect(r.body.links.organizer).toBe(`${srv.url}/organize/${id}#key=${key}`);

    const [old, fresh] = [await view(ev.id, ev.key), await view(id, key)];
    const { id: _a, createdAt: _b, ...oldSettings } = old.event;
    const { id: _c, createdAt: _d, ...newSettings } = fresh.event;
    expect(newSettings).toEqual(oldSettings);
    expect(byNames(fresh)).toEqual(byNames(old));
    expect(fresh.clock.status).toBe('idle');
    expect(await srv.store.clockHistory(id)).toEqual([]);

    // Fresh ids and tokens: nothing is shared with the old event.
    const oldIds = new Set([...old.mentors, ...old.mentees].map((p) => p.id));
    const oldTokens = new Set([...old.mentors, ...old.mentees].map((p) => p.token));
    for (const p of [...fresh.mentors, ...fresh.mentees]) {
      expect(oldIds.has(p.id)).toBe(false);
      expect(oldTokens.has(p.token)).toBe(false);
      expect(p.link).toBe(`${srv.url}/p#token=${p.token}`);
    }
    expect(fresh.links.projector).not.toBe(old.links.projector);

    // Old secrets: the old organizer key is refused by the new event; old person tokens still open only the old event.
    expect((await call(srv.url, 'GET', `/api/events/${id}`, { key: ev.key })).status).toBe(403);
    expect((await call(srv.url, 'GET', `/api/events/${id}/backup`, { key: ev.key })).status).toBe(403);
    const oldMe = await call(srv.url, 'GET', '/api/me', { key: old.mentees[0]!.token });
    expect(oldMe.body.event.id).toBe(ev.id);
    // New tokens open the new event's personal pages, with the questions carried over.
    const newSam = fresh.mentees.find((m) => m.name === 'Sam')!;
    const me = await call(srv.url, 'GET', '/api/me', { key: newSam.token });
    expect(me.status).toBe(200);
    expect(me.body.event.id).toBe(id);
    expect(me.body.person.questions).toEqual(['Is a PhD worth it?', 'Remote or office?']);
    expect(me.body.rounds).toHaveLength(4);

    // The new event runs: its clock starts on the imported schedule.
    await clock(srv.url, { id, key }, { action: 'start' });
    expect((await view(id, key)).schedule?.rounds).toEqual(fresh.schedule?.rounds);
  });

  it('accepts the file re-indented and with keys reordered (the checksum is over canonical JSON)', async () => {
    const ev = await richEvent();
    const { raw } = await download(ev);
    const reordered = Object.fromEntries(Object.entries(raw).reverse());
    reordered.event = Object.fromEntries(Object.entries(raw.event).reverse());
    const r = await importRaw(JSON.stringify(reordered, null, '\t'));
    expect(r.status, r.text).toBe(201);
  });

  describe('refuses with 400 and creates nothing', () => {
    let good: any;
    beforeAll(async () => {
      good = (await download(await richEvent())).raw;
    });
    const copy = () => structuredClone(good);
    const reseal = (f: any) => sealBackup({ ...f, integrity: undefined }, sha256Hex);

    const cases: Array<[string, () => unknown, RegExp]> = [
      [
        'a tampered name (checksum kept)',
        () => {
          const f = copy();
          f.event.mentees[0].name = 'Mallory';
          return f;
        },
        /checksum does not match/,
      ],
      [
        'a tampered setting (checksum kept)',
        () => {
          const f = copy();
          f.event.settings.roundSeconds = 1;
          return f;
        },
        /checksum does not match/,
      ],
      [
        'a truncated people list (checksum kept)',
        () => {
          const f = copy();
          f.event.mentees.pop();
          return f;
        },
        /changed or cut short/,
      ],
      [
        'a wrong checksum',
        () => {
          const f = copy();
          f.integrity.digest = '0'.repeat(64);
          return f;
        },
        /checksum does not match/,
      ],
      [
        'no checksum',
        () => {
          const f = copy();
          delete f.integrity;
          return f;
        },
        /no SHA-256 integrity check/,
      ],
      [
        'another version (resealed)',
        () => reseal({ ...copy(), version: 2 }),
        /version 2, written by a newer Tablehop; this Tablehop reads only version 1/,
      ],
      [
        'an older version (resealed)',
        () => reseal({ ...copy(), version: 0 }),
        /version 0; this Tablehop reads only version 1/,
      ],
      [
        'no version',
        () => {
          const f = copy();
          delete f.version;
          return f;
        },
        /without a version number/,
      ],
      [
        'not a backup at all',
        () => ({ name: 'x', roundSeconds: 60, changeoverSeconds: 60 }),
        /not a Tablehop event backup/,
      ],
      ['a JSON array', () => [good], /not a Tablehop event backup/],
      [
        'a wish for no mentor (resealed)',
        () => {
          const f = copy();
          f.event.mentees[2].wishes = ['nobody'];
          return reseal(f);
        },
        /1 problem/,
      ],
      [
        'an empty name (resealed)',
        () => {
          const f = copy();
          f.event.mentors[0].name = ' ';
          return reseal(f);
        },
        /problem/,
      ],
      [
        'a break after the last round (resealed)',
        () => {
          const f = copy();
          f.event.settings.breaks = [{ afterRound: 4, seconds: 60 }];
          return reseal(f);
        },
        /problem/,
      ],
    ];
    for (const [what, make, message] of cases) {
      it(what, async () => {
        const before = eventCount();
        const r = await importFile(make());
        expect(r.status, r.text).toBe(400);
        expect(r.body.error.code).toBe('bad_request');
        expect(r.body.error.message).toMatch(message);
        expect(eventCount()).toBe(before);
      });
    }

    it('names each problem of a resealed but invalid file', async () => {
      const f = copy();
      f.event.mentees[2].wishes = ['nobody'];
      f.event.mentors[1].table = f.event.mentors[0].table.toLowerCase();
      const r = await importFile(reseal(f));
      expect(r.status).toBe(400);
      expect(r.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
        'event.mentees.2.wishes.0',
        'event.mentors.1.table',
      ]);
    });

    it('a crafted file of a million wrong wishes: the first 100 problems, and the server keeps answering', async () => {
      // 20,000 mentees each wishing for 50 mentors the file does not hold, sealed with a
      // checksum computed by the sender (the checksum catches edits, not forgery): 7.5 MB.
      const f = copy();
      const ghosts = Array.from({ length: 50 }, (_, j) => `ghost${j}`);
      f.event.mentees = Array.from({ length: 20_000 }, (_, i) => ({
        id: `x${i}`,
        name: 'X',
        questions: [],
        wishes: ghosts,
        avoid: [],
        attendance: 'expected',
      }));
      f.event.schedule = null;
      const before = eventCount();
      const r = await importFile(reseal(f));
      expect(r.status, r.text.slice(0, 300)).toBe(400);
      expect(r.body.error.message).toBe(
        'This backup has at least 100 problems (the checks stop there); nothing was created.',
      );
      expect(r.body.error.issues).toHaveLength(100);
      expect(r.body.error.issues[0]).toEqual({
        path: 'event.mentees.0.wishes.0',
        message: '"ghost0" is not the id of a mentor in this file',
      });
      expect(eventCount()).toBe(before);
      expect((await call(srv.url, 'GET', '/healthz')).status).toBe(200);
    });

    it('a body that is not JSON', async () => {
      const before = eventCount();
      expect((await importRaw('{"format": "tablehop-event-backup",')).status).toBe(400);
      expect((await importRaw(JSON.stringify(good), 'text/plain')).status).toBe(400);
      expect(eventCount()).toBe(before);
    });
  });

  it('a schedule that no longer fits its people (someone removed mid-event) is planned again', async () => {
    const ev = await richEvent();
    const v = await view(ev.id, ev.key);
    await clock(srv.url, ev, { action: 'skip' }); // into the changeover: round 2 and later may change
    const jonas = v.mentees.find((m) => m.name === 'Jonas')!;
    expect((await call(srv.url, 'DELETE', `/api/events/${ev.id}/people/${jonas.id}`, { key: ev.key })).status).toBe(
      204,
    );
    const { file } = await download(ev);
    expect(
      file.event.schedule!.rounds[0]!.tables.flatMap((t) => t.menteeIds).concat(file.event.schedule!.rounds[0]!.byes),
    ).toContain(jonas.id);
    const r = await importFile(file);
    expect(r.status, r.text).toBe(201);
    expect(r.body.imported).toMatchObject({ mentees: 4, schedule: true, replanned: true });
    const fresh = await view(r.body.event.id, r.body.organizerKey);
    const ids = new Set(fresh.mentees.map((m) => m.id));
    for (const round of fresh.schedule!.rounds) {
      expect(new Set([...round.tables.flatMap((t) => t.menteeIds), ...round.byes])).toEqual(ids);
    }
  });

  it('the day itself starts over: attendance is kept in the file but back to expected in the new event', async () => {
    const ev = await createEvent(srv.url, { name: 'Door' });
    const added = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: { mentors: [{ name: 'M' }], mentees: [{ name: 'A' }, { name: 'B' }] },
    });
    const a = added.body.mentees[0];
    const marked = await call(srv.url, 'POST', `/api/events/${ev.id}/people/${a.id}/status`, {
      key: ev.key,
      body: { status: 'present' },
    });
    expect(marked.status, marked.text).toBe(200);
    const { file } = await download(ev);
    expect(file.event.mentees.map((m) => m.attendance)).toEqual(['present', 'expected']);
    const r = await importFile(file);
    expect(r.status, r.text).toBe(201);
    const fresh = await view(r.body.event.id, r.body.organizerKey);
    expect([...fresh.mentors, ...fresh.mentees].map((p) => p.attendance)).toEqual(['expected', 'expected', 'expected']);
  });

  it('a schedule too large to plan again is left out, and the organizer is told on the Plan tab', async () => {
    // 2,001 mentors × 5,000 mentees is past the planner's 10,000,000-pair cap: rather than
    // hold the server, the import keeps the people and drops the schedule that no longer fits.
    const ev = await createEvent(srv.url, { name: 'Huge', rounds: 2 });
    const { raw } = await download(ev);
    const f = structuredClone(raw);
    f.event.mentors = Array.from({ length: 2001 }, (_, i) => ({
      id: `t${i}`,
      name: `Mentor ${i}`,
      table: `T${i}`,
      topics: [],
      attendance: 'expected',
    }));
    f.event.mentees = Array.from({ length: 5000 }, (_, i) => ({
      id: `x${i}`,
      name: `Mentee ${i}`,
      questions: [],
      wishes: [],
      avoid: [],
      attendance: 'expected',
    }));
    f.event.schedule = { mentors: [], mentees: [], rounds: [{ round: 1, tables: [], byes: [] }] };
    const r = await importFile(sealBackup({ ...f, integrity: undefined }, sha256Hex));
    expect(r.status, r.text.slice(0, 300)).toBe(201);
    expect(r.body.imported).toEqual({ mentors: 2001, mentees: 5000, schedule: false, replanned: false });
    const plan = await call(srv.url, 'POST', `/api/events/${r.body.event.id}/schedule`, {
      key: r.body.organizerKey,
      body: {},
    });
    expect(plan.status).toBe(409);
    expect(plan.body.error.message).toBe(
      'cannot plan: the event is too large: ' +
        '2,001 mentors × 5,000 mentees is more than 10,000,000 pairs; split the event',
    );
  });

  it('an event without a schedule imports without one', async () => {
    const ev = await createEvent(srv.url, { name: 'Empty' });
    const { file } = await download(ev);
    const r = await importFile(file);
    expect(r.status, r.text).toBe(201);
    expect(r.body.imported).toEqual({ mentors: 0, mentees: 0, schedule: false, replanned: false });
    expect((await view(r.body.event.id, r.body.organizerKey)).event.name).toBe('Empty');
  });
});
