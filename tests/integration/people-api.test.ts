import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meViewSchema, organizerViewSchema } from '../../shared/protocol/views';
import { call, createEvent, seedEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());

describe('POST /api/events/:id/people', () => {
  it('adds mentors and mentees; each gets an id, a token and a working personal link', async () => {
    const ev = await createEvent(srv.url);
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: {
        mentors: [
          { name: 'Grace Hopper', topics: ['compilers'], bio: 'Admiral' },
          { name: 'Ada Lovelace', table: 'T9' },
          { name: 'Zoë 李雷 عمر' },
        ],
        mentees: [{ name: 'Sam', questions: ['How to start?'], wishes: ['grace hopper'], avoid: ['Ada Lovelace'] }],
      },
    });
    expect(r.status).toBe(201);
    expect(r.body.mentors.map((m: { table: string }) => m.table)).toEqual(['T1', 'T9', 'T2']);
    const [grace, ada] = r.body.mentors;
    const sam = r.body.mentees[0];
    expect(sam).toMatchObject({
      name: 'Sam',
      wishes: [grace.id],
      avoid: [ada.id],
      questions: ['How to start?'],
      attendance: 'expected',
    });
    for (const p of [...r.body.mentors, ...r.body.mentees]) {
      expect(p.id).toBeTruthy();
      expect(p.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(p.link).toBe(`${srv.url}/p#token=${p.token}`);
    }
    const me = await call(srv.url, 'GET', '/api/me', { key: sam.token });
    expect(me.status).toBe(200);
    expect(meViewSchema.parse(me.body)).toMatchObject({
      role: 'mentee',
      person: { id: sam.id, name: 'Sam', questions: ['How to start?'] },
    });
    // The organizer sees the same tokens again later (derived from the key, not stored).
    const view = organizerViewSchema.parse((await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body);
    expect(view.mentees[0]!.token).toBe(sam.token);
    expect(JSON.stringify(await srv.store.load(ev.id))).not.toContain(sam.token);
  });

  it('400 names each bad person and field, adding no one', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 0 });
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: {
        mentors: [{ name: 'Dup', table: 'T1' }],
        mentees: [{ name: 'Ok' }, { name: '' }, { name: 'Wisher', wishes: ['Nobody'] }],
      },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['mentees.1.name']);
    const r2 = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: { mentors: [{ name: 'Dup', table: 'T1' }], mentees: [{ name: 'Wisher', wishes: ['Nobody'] }] },
    });
    expect(r2.status).toBe(400);
    expect(r2.body.error.issues.map((i: { path: string }) => i.path)).toEqual([
      'mentors.0.table',
      'mentees.0.wishes.0',
    ]);
    const view = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    expect(view.mentors).toHaveLength(1);
    expect(view.mentees).toHaveLength(0);
  });
});

describe('POST /api/events/:id/people: unknown fields', () => {
  it('400 names each, of the body, a mentor or a mentee, with the field probably meant, and adds no one', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 });
    const before = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: {
        mentors: [
          { name: 'Grace Hopper', topics: ['compilers'] },
          { name: 'Ada Lovelace', tabel: 'T9', role: 'mentor' },
        ],
        mentees: [
          { name: 'Sam', wishs: ['Grace Hopper'] },
          { name: 'Kim', questions: ['Why?'], Avoid: ['Ada Lovelace'] },
        ],
        mentee: [{ name: 'Lee' }],
      },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('bad_request');
    expect(r.body.error.issues).toEqual([
      {
        path: 'mentors.1.tabel',
        message: 'unknown field; did you mean "table"?',
        code: 'unknownFieldMeant',
        params: { suggestion: 'table' },
      },
      { path: 'mentors.1.role', message: 'unknown field', code: 'unknownField' },
      {
        path: 'mentees.0.wishs',
        message: 'unknown field; did you mean "wishes"?',
        code: 'unknownFieldMeant',
        params: { suggestion: 'wishes' },
      },
      {
        path: 'mentees.1.Avoid',
        message: 'unknown field; did you mean "avoid"?',
        code: 'unknownFieldMeant',
        params: { suggestion: 'avoid' },
      },
      {
        path: 'mentee',
        message: 'unknown field; did you mean "mentees"?',
        code: 'unknownFieldMeant',
        params: { suggestion: 'mentees' },
      },
    ]);
    expect(r.body.error.message).toContain('mentees.0.wishs: unknown field; did you mean "wishes"?');
    // A lone misspelt optional field is enough: Sam is not added without his wishes.
    const one = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: { mentees: [{ name: 'Sam', wishs: ['Mentor 1'] }] },
    });
    expect(one.status).toBe(400);
    expect(one.body.error).toEqual({
      code: 'bad_request',
      message: 'invalid request: mentees.0.wishs: unknown field; did you mean "wishes"?',
      issues: [
        {
          path: 'mentees.0.wishs',
          message: 'unknown field; did you mean "wishes"?',
          code: 'unknownFieldMeant',
          params: { suggestion: 'wishes' },
        },
      ],
    });
    const after = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    expect(after.mentors).toEqual(before.mentors);
    expect(after.mentees).toEqual(before.mentees);
  });

  it('accepts every documented field', async () => {
    const ev = await createEvent(srv.url);
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: {
        mentors: [
          { name: 'Grace Hopper', table: 'T4', bio: 'Admiral', topics: ['compilers', 'navy'], email: 'g@example.org' },
          { name: 'Ada Lovelace' },
        ],
        mentees: [
          {
            name: 'Sam',
            questions: ['How do I start?'],
            wishes: ['Grace Hopper'],
            avoid: ['Ada Lovelace'],
            email: 's@example.org',
          },
        ],
      },
    });
    expect(r.status, r.text).toBe(201);
    expect(r.body.mentees[0]).toMatchObject({
      name: 'Sam',
      email: 's@example.org',
      wishes: [r.body.mentors[0].id],
      avoid: [r.body.mentors[1].id],
    });
  });
});

describe('POST /api/events/:id/people.csv', () => {
  const csv = [
    'role,name,table,topics,questions,wishes,avoid',
    'mentor,Grace Hopper,,compilers;navy,,,',
    'mentor,Ada Lovelace,T7,,,,',
    'mentee,Sam,,,What first?|And then?,Grace Hopper,Ada Lovelace',
    'mentee,Kim,,,,,',
  ].join('\n');

  it('imports the participants CSV', async () => {
    const ev = await createEvent(srv.url);
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/people.csv`, { key: ev.key, csv });
    expect(r.status, r.text).toBe(201);
    expect(r.body.mentors.map((m: { name: string; table: string }) => `${m.name}@${m.table}`)).toEqual([
      'Grace Hopper@T1',
      'Ada Lovelace@T7',
    ]);
    expect(r.body.mentees[0]).toMatchObject({
      name: 'Sam',
      questions: ['What first?', 'And then?'],
      wishes: [r.body.mentors[0].id],
      avoid: [r.body.mentors[1].id],
    });
    expect(r.body.mentees[1].token).toBeTruthy();
  });

  it('400 lists every bad line by number and adds nothing', async () => {
    const ev = await createEvent(srv.url);
    const bad = ['role,name,wishes', 'mentor,Grace', 'boss,Someone,', 'mentee,Sam,Nobody', 'mentee,,'].join('\n');
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/people.csv`, { key: ev.key, csv: bad });
    expect(r.status).toBe(400);
    const paths = r.body.error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['line 3', 'line 4', 'line 5']));
    expect(paths.every((p: string) => /^line \d+$/.test(p))).toBe(true);
    expect((await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body.mentors).toHaveLength(0);
  });

  it('reports a clash with people already in the event by line', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 0 });
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/people.csv`, {
      key: ev.key,
      csv: 'role,name,table\nmentor,Other,t1\n',
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues).toEqual([
      {
        path: 'line 2',
        message: 'table: table "t1" is already taken by Mentor 1',
        code: 'tableTaken',
        params: { table: 't1', holder: 'Mentor 1', field: 'table' },
      },
    ]);
  });

  it('400 without a text/csv body; 413 over 5 MiB', async () => {
    const ev = await createEvent(srv.url);
    const json = await call(srv.url, 'POST', `/api/events/${ev.id}/people.csv`, { key: ev.key, body: { mentors: [] } });
    expect(json.status).toBe(400);
    const big = `role,name\n${'mentee,Someone with a long name\n'.repeat(200_000)}`;
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/people.csv`, { key: ev.key, csv: big });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('payload_too_large');
  });
});

describe('one typo, one problem, with what was meant', () => {
  it('CSV: a mentor row with a typo in its role is the one problem, not every wish for that mentor', async () => {
    const ev = await createEvent(srv.url);
    const text = [
      'role,name,wishes,avoid',
      'mentor,Grace Hopper,,',
      'mentr,Hannah Schmidt,,', // line 3: the typo
      'mentee,Sam,Hannah Schmidt;Grace Hopper,',
      'mentee,Kim,,Hannah Schmidt',
      'mentee,Lee,Grace Hoper,', // line 6: a typo in a wish
    ].join('\n');
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/people.csv`, { key: ev.key, csv: text });
    expect(r.status).toBe(400);
    expect(r.body.error.issues).toEqual([
      {
        path: 'line 3',
        message: 'role: "mentr" is not a role — did you mean mentor?',
        code: 'csvRoleMeant',
        params: { role: 'mentr', meant: 'mentor', field: 'role' },
      },
      {
        path: 'line 6',
        message: 'wishes: "Grace Hoper" names no mentor — did you mean "Grace Hopper"?',
        code: 'csvNoMentorMeant',
        params: { name: 'Grace Hoper', suggestion: 'Grace Hopper', field: 'wishes' },
      },
    ]);
    expect((await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body.mentees).toHaveLength(0);
  });

  it('JSON: a wish naming no mentor says which mentor is meant, or that the name is a mentee’s', async () => {
    const ev = await createEvent(srv.url);
    const added = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: { mentors: [{ name: 'Hannah Schmidt' }, { name: 'Zoë Lefèvre' }], mentees: [{ name: 'Sam' }] },
    });
    expect(added.status).toBe(201);
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: {
        mentors: [{ name: 'Ada Lovelace' }],
        mentees: [
          { name: 'Kim', wishes: ['hanna schmidt', 'Ada Lovelase', 'Sam', 'Nobody at all'], avoid: ['zoe lefevr'] },
        ],
      },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues).toEqual([
      {
        path: 'mentees.0.wishes.0',
        message: 'no mentor named "hanna schmidt" — did you mean "Hannah Schmidt"?',
        code: 'noOneNamed',
        params: { name: 'hanna schmidt', role: 'mentor' },
      },
      {
        path: 'mentees.0.wishes.1',
        message: 'no mentor named "Ada Lovelase" — did you mean "Ada Lovelace"?',
        code: 'noOneNamed',
        params: { name: 'Ada Lovelase', role: 'mentor' },
      },
      {
        path: 'mentees.0.wishes.2',
        message: 'no mentor named "Sam" (that is a mentee)',
        code: 'noOneNamed',
        params: { name: 'Sam', role: 'mentor' },
      },
      {
        path: 'mentees.0.wishes.3',
        message: 'no mentor named "Nobody at all"',
        code: 'noOneNamed',
        params: { name: 'Nobody at all', role: 'mentor' },
      },
      {
        path: 'mentees.0.avoid.0',
        message: 'no mentor named "zoe lefevr" — did you mean "Zoë Lefèvre"?',
        code: 'noOneNamed',
        params: { name: 'zoe lefevr', role: 'mentor' },
      },
    ]);
    // The same for an edit.
    const sam = added.body.mentees[0];
    const patch = await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${sam.id}`, {
      key: ev.key,
      body: { wishes: ['Hannah Schmit'] },
    });
    expect(patch.status).toBe(400);
    expect(patch.body.error.issues).toEqual([
      {
        path: 'wishes.0',
        message: 'no mentor named "Hannah Schmit" — did you mean "Hannah Schmidt"?',
        code: 'noOneNamed',
        params: { name: 'Hannah Schmit', role: 'mentor' },
      },
    ]);
  });
});

describe('PATCH and DELETE /api/events/:id/people/:personId', () => {
  it('changes a person; fields of the other role are refused', async () => {
    const ev = await seedEvent(srv.url, { mentors: 2, mentees: 1 });
    const mentee = ev.mentees[0]!;
    const r = await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${mentee.id}`, {
      key: ev.key,
      body: { name: 'Renamed', wishes: ['Mentor 2'] },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: mentee.id, name: 'Renamed', wishes: [ev.mentors[1]!.id], token: mentee.token });
    const wrong = await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${mentee.id}`, {
      key: ev.key,
      // (A mentee's `table` is their seat when mentors move, issue 17; topics stay mentor-only.)
      body: { topics: ['x'] },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.issues[0].path).toBe('topics');
    const clash = await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${ev.mentors[0]!.id}`, {
      key: ev.key,
      body: { table: 't2' },
    });
    expect(clash.status).toBe(400);
    const unknownField = await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${mentee.id}`, {
      key: ev.key,
      body: { age: 3, questons: ['Hm?'] },
    });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.error.issues).toEqual([
      { path: 'age', message: 'unknown field', code: 'unknownField' },
      {
        path: 'questons',
        message: 'unknown field; did you mean "questions"?',
        code: 'unknownFieldMeant',
        params: { suggestion: 'questions' },
      },
    ]);
    const missing = await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/nobody`, {
      key: ev.key,
      body: { name: 'X' },
    });
    expect(missing.status).toBe(404);
  });

  it('deletes a person: their token stops working; a removed mentor leaves wishes', async () => {
    const ev = await seedEvent(srv.url, { mentors: 2, mentees: 1 });
    await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${ev.mentees[0]!.id}`, {
      key: ev.key,
      body: { wishes: ['Mentor 1', 'Mentor 2'] },
    });
    expect(
      (await call(srv.url, 'DELETE', `/api/events/${ev.id}/people/${ev.mentors[0]!.id}`, { key: ev.key })).status,
    ).toBe(204);
    expect((await call(srv.url, 'GET', '/api/me', { key: ev.mentors[0]!.token })).status).toBe(401);
    const view = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    expect(view.mentees[0].wishes).toEqual([ev.mentors[1]!.id]);
    expect(
      (await call(srv.url, 'DELETE', `/api/events/${ev.id}/people/${ev.mentors[0]!.id}`, { key: ev.key })).status,
    ).toBe(404);
  });
});
