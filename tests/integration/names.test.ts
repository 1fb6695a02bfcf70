/**
 * One name, one person, and text safety, over real HTTP: the JSON API and the CSV import
 * refuse the same duplicate names (naming the person who has it) and change nothing; a bad
 * character is refused with its field path; timestamps stay within 2000–2100; and the
 * participants export of tricky names reads back through the import as the same people.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createEvent, type CreatedEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());

type Person = { id: string; name: string; table?: string; bio?: string; topics?: string[]; questions?: string[] };
type Mentee = Person & { wishes: string[]; avoid: string[]; email?: string };
type View = { event: { name: string }; mentors: Person[]; mentees: Mentee[] };

/** What the organizer sees of the event's settings and people (not the clock, whose serverNow moves). */
const view = async (ev: CreatedEvent): Promise<View> => {
  const { event, mentors, mentees } = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
  return { event, mentors, mentees };
};
const addPeople = (ev: CreatedEvent, body: unknown) =>
  call(srv.url, 'POST', `/api/events/${ev.id}/people`, { key: ev.key, body });
const issuesOf = (r: { body: { error?: { issues?: unknown[] } } }) => r.body.error?.issues;

/** An event with mentors Grace and Zoë and mentees Sam and Grace. */
async function graceEvent(): Promise<CreatedEvent> {
  const ev = await createEvent(srv.url);
  const r = await addPeople(ev, {
    mentors: [{ name: 'Grace' }, { name: 'Zoë' }],
    mentees: [{ name: 'Sam' }, { name: 'Grace' }],
  });
  expect(r.status, r.text).toBe(201);
  return ev;
}

describe('one name, one person: the JSON API', () => {
  it.each([
    ['"Grace" again', [{ name: 'Grace' }], '"Grace" is already a mentee of this event', 'Grace'],
    ['"grace"', [{ name: 'grace' }], '"grace" is already a mentee of this event, spelled "Grace"', 'grace'],
    [
      '"Grâce" (accented, sent NFD)',
      [{ name: 'Gra\u0302ce' }],
      '"Grâce" is already a mentee of this event, spelled "Grace"',
      'Gr\u00E2ce',
    ],
    [
      'a zero-width space',
      [{ name: 'Gra\u200Bce' }],
      '"Gra\\u200Bce" is already a mentee of this event, spelled "Grace"',
      'Gra\u200Bce',
    ],
  ])(
    'refuses a mentee named %s with 400, naming the existing person, storing nothing',
    async (_, mentees, message, name) => {
      const ev = await graceEvent();
      const before = await view(ev);
      const r = await addPeople(ev, { mentees: [{ name: 'New' }, ...mentees] });
      expect(r.status, r.text).toBe(400);
      // The name as stored (NFC), and the holder's own spelling, are the code's params (issue 19).
      const params = { name, role: 'mentee', holder: 'Grace' };
      expect(issuesOf(r)).toEqual([{ path: 'mentees.1.name', message, code: 'nameTaken', params }]);
      expect(await view(ev)).toEqual(before);
    },
  );

  it('refuses one name twice in a batch ("Zoë" as NFC and NFD), and a mentor named like a mentor', async () => {
    const ev = await graceEvent();
    const before = await view(ev);
    const r = await addPeople(ev, {
      mentors: [{ name: 'ZOE' }],
      mentees: [{ name: 'Zoë' }, { name: 'Zoe\u0308' }],
    });
    expect(r.status, r.text).toBe(400);
    expect(issuesOf(r)).toEqual([
      {
        path: 'mentors.0.name',
        message: '"ZOE" is already a mentor of this event, spelled "Zoë"',
        code: 'nameTaken',
        params: { name: 'ZOE', role: 'mentor', holder: 'Zoë' },
      },
      {
        path: 'mentees.1.name',
        message: '"Zoë" is already a mentee at mentees.0',
        code: 'nameTaken',
        params: { name: 'Zoë', role: 'mentee', holder: 'Zoë' },
      },
    ]);
    expect(await view(ev)).toEqual(before);
  });

  it('refuses a rename to an existing name (400 at "name"); renaming oneself in another case is fine', async () => {
    const ev = await graceEvent();
    const { mentees } = await view(ev);
    const [sam, grace] = mentees;
    const path = (p: Person) => `/api/events/${ev.id}/people/${p.id}`;
    const r = await call(srv.url, 'PATCH', path(sam!), { key: ev.key, body: { name: ' GRACE ' } });
    expect(r.status, r.text).toBe(400);
    expect(issuesOf(r)).toEqual([
      {
        path: 'name',
        message: '"GRACE" is already a mentee of this event, spelled "Grace"',
        code: 'nameTaken',
        params: { name: 'GRACE', role: 'mentee', holder: 'Grace' },
      },
    ]);
    expect((await view(ev)).mentees.map((m) => m.name)).toEqual(['Sam', 'Grace']);
    const self = await call(srv.url, 'PATCH', path(grace!), { key: ev.key, body: { name: 'GRACE' } });
    expect(self.status, self.text).toBe(200);
    expect(self.body.name).toBe('GRACE');
  });

  it('resolves a wish for "Zoë" (or "zoe") to the one mentor of that name', async () => {
    const ev = await graceEvent();
    const zoe = (await view(ev)).mentors[1]!;
    const r = await addPeople(ev, {
      mentees: [
        { name: 'Ann', wishes: ['Zoë'] },
        { name: 'Bo', wishes: ['zoe'] },
      ],
    });
    expect(r.status, r.text).toBe(201);
    expect(r.body.mentees.map((m: Mentee) => m.wishes)).toEqual([[zoe.id], [zoe.id]]);
  });
});

describe('one name, one person: the CSV import says the same, by line', () => {
  it('refuses a name the event already has, and a duplicate within the file, adding no one', async () => {
    const ev = await graceEvent();
    const before = await view(ev);
    const existing = await call(srv.url, 'POST', `/api/events/${ev.id}/people.csv`, {
      key: ev.key,
      csv: 'role,name\nmentee,Noor\nmentee,GRACE\n',
    });
    expect(existing.status, existing.text).toBe(400);
    expect(issuesOf(existing)).toEqual([
      {
        path: 'line 3',
        message: 'name: "GRACE" is already a mentee of this event, spelled "Grace"',
        code: 'nameTaken',
        params: { name: 'GRACE', role: 'mentee', holder: 'Grace', field: 'name' },
      },
    ]);
    const twice = await call(srv.url, 'POST', `/api/events/${ev.id}/people.csv`, {
      key: ev.key,
      csv: 'role,name\nmentee,Noor\nmentee,NOOR\nmentee,No\u200Bor\n',
    });
    expect(twice.status, twice.text).toBe(400);
    expect(issuesOf(twice)).toEqual([
      {
        path: 'line 3',
        message: 'name: "NOOR" is already a mentee on line 2',
        code: 'csvNameTwice',
        params: { name: 'NOOR', role: 'mentee', firstLine: 2, field: 'name' },
      },
      {
        path: 'line 4',
        message: 'name: "No\\u200Bor" is already a mentee on line 2',
        code: 'csvNameTwice',
        params: { name: 'No\\u200Bor', role: 'mentee', firstLine: 2, field: 'name' },
      },
    ]);
    expect(await view(ev)).toEqual(before);
  });

  it('refuses a control character in a cell with its line and field', async () => {
    const ev = await createEvent(srv.url);
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/people.csv`, {
      key: ev.key,
      csv: 'role,name,topics\nmentor,Ann,"ux;a\u202Eb"\n',
    });
    expect(r.status, r.text).toBe(400);
    expect(issuesOf(r)).toEqual([
      {
        path: 'line 2',
        message: 'topics item 2: contains a bidirectional override or isolate (U+202E), which can disguise text',
        code: 'bidiControl',
        params: { char: 'U+202E', field: 'topics', item: 2 },
      },
    ]);
  });
});

describe('text safety: every field, with its path', () => {
  it.each([
    [
      'NUL in a mentee name',
      { mentees: [{ name: 'A' }, { name: 'B' }, { name: 'C\u0000' }] },
      'mentees.2.name',
      'contains a control character (U+0000)',
      'controlCharacter',
    ],
    [
      'a lone surrogate (sent as \\ud800 in JSON)',
      { mentors: [{ name: 'Ann', bio: 'x\uD800' }] },
      'mentors.0.bio',
      'contains a lone surrogate (U+D800), which is not text',
      'loneSurrogate',
    ],
    [
      'a bidi override in a question',
      { mentees: [{ name: 'Cy', questions: ['\u202Egnp.exe'] }] },
      'mentees.0.questions.0',
      'contains a bidirectional override or isolate (U+202E), which can disguise text',
      'bidiControl',
    ],
    [
      'only invisible characters',
      { mentors: [{ name: '\u200B\u2060' }] },
      'mentors.0.name',
      'must contain a visible character (not only spaces or invisible characters)',
      'noVisibleCharacter',
    ],
  ])('POST people refuses %s', async (_, body, path, message, code) => {
    const ev = await createEvent(srv.url);
    const r = await addPeople(ev, body);
    expect(r.status, r.text).toBe(400);
    // The unsafe character is named in the params as in the message.
    const char = /U\+[0-9A-F]{4}/.exec(message)?.[0];
    expect(issuesOf(r)).toEqual([{ path, message, code, ...(char ? { params: { char } } : {}) }]);
    const after = await view(ev);
    expect([after.mentors, after.mentees]).toEqual([[], []]);
  });

  it('refuses a control character in the event name and in my questions, and keeps line breaks in a bio', async () => {
    const created = await call(srv.url, 'POST', '/api/events', {
      body: { name: 'Night\u0007', roundSeconds: 600, changeoverSeconds: 60 },
    });
    expect(created.status).toBe(400);
    expect(issuesOf(created)).toEqual([
      {
        path: 'name',
        message: 'contains a control character (U+0007)',
        code: 'controlCharacter',
        params: { char: 'U+0007' },
      },
    ]);
    const ev = await createEvent(srv.url);
    const added = await addPeople(ev, {
      mentors: [{ name: 'Ann', bio: 'Line one\r\nline two' }],
      mentees: [{ name: 'Cy', questions: ['Why?'] }],
    });
    expect(added.status, added.text).toBe(201);
    expect(added.body.mentors[0].bio).toBe('Line one\nline two');
    const mine = await call(srv.url, 'PUT', '/api/me/questions', {
      key: added.body.mentees[0].token,
      body: { questions: ['fine', 'bad\u0000'] },
    });
    expect(mine.status).toBe(400);
    expect(issuesOf(mine)).toEqual([
      {
        path: 'questions.1',
        message: 'contains a control character (U+0000)',
        code: 'controlCharacter',
        params: { char: 'U+0000' },
      },
    ]);
    expect((await view(ev)).mentees[0]!.questions).toEqual(['Why?']);
  });
});

describe('timestamps', () => {
  it('refuses plannedStartAt 9e15 on create and on patch; accepts a time in 2030', async () => {
    const message = 'must be a time between 2000 and 2100 (epoch milliseconds)';
    const settings = { name: 'Night', roundSeconds: 600, changeoverSeconds: 60 };
    const created = await call(srv.url, 'POST', '/api/events', { body: { ...settings, plannedStartAt: 9e15 } });
    expect(created.status).toBe(400);
    expect(issuesOf(created)).toEqual([{ path: 'plannedStartAt', message, code: 'timeOutOfRange' }]);
    const ev = await createEvent(srv.url);
    const patched = await call(srv.url, 'PATCH', `/api/events/${ev.id}`, {
      key: ev.key,
      body: { plannedStartAt: 9e15 },
    });
    expect(patched.status).toBe(400);
    expect(issuesOf(patched)).toEqual([{ path: 'plannedStartAt', message, code: 'timeOutOfRange' }]);
    const at = Date.UTC(2030, 0, 1, 18);
    const ok = await call(srv.url, 'PATCH', `/api/events/${ev.id}`, { key: ev.key, body: { plannedStartAt: at } });
    expect(ok.status, ok.text).toBe(200);
  });
});

/** Names that break naive CSV, Unicode or formula handling. */
const TRICKY_MENTORS = [
  { name: 'Zoe\u0308 Martin', topics: ['café crème', 'ux'], bio: 'Line one\nline "two", with commas' },
  { name: 'عمر الفاروق', table: 'طاولة ١', topics: ['عربي'] },
  { name: 'O\'Brien, "Pat"', table: 'T,1', bio: 'It\'s "quoted"' },
  { name: '=SUM(A1:A9)', table: '+T3', topics: ['=1+1', '@mention'] },
  { name: '李雷 (Li Lei)', email: 'li@example.org' },
  { name: "'=already quoted" },
  { name: '-Ann', table: '@home' },
];
const TRICKY_MENTEES = [
  { name: 'Ἀχιλλεύς', questions: ['How, "exactly"?', 'Two\nlines'], wishes: ['zoë martin', 'عمر الفاروق'] },
  { name: 'Nguyễn Văn A', wishes: ['=sum(a1:a9)'], avoid: ['O\'BRIEN, "PAT"'] },
  { name: "'@quoted", questions: ['=HYPERLINK("x")'], email: '@me' },
  { name: 'Smith, Jr.', wishes: ['-ann', "'=ALREADY QUOTED"] },
  { name: '👩🏽‍💻 Ada', avoid: ['李雷 (li lei)'] },
  { name: 'Mixed Zoë 李 عمر' },
];

/** The people of a view with wishes and avoids as mentor names (ids differ between events). */
function people(v: View) {
  const mentorName = new Map(v.mentors.map((m) => [m.id, m.name]));
  return {
    mentors: v.mentors.map(({ name, table, bio, topics }) => ({ name, table, bio, topics })),
    mentees: v.mentees.map(({ name, questions, wishes, avoid, email }) => ({
      name,
      questions,
      wishes: wishes.map((id) => mentorName.get(id)),
      avoid: avoid.map((id) => mentorName.get(id)),
      email,
    })),
  };
}

describe('the participants export reads back through the import', () => {
  it('round-trips NFD, accents, mixed scripts, RTL, quotes, commas and formula-looking names', async () => {
    const ev = await createEvent(srv.url);
    const added = await addPeople(ev, { mentors: TRICKY_MENTORS, mentees: TRICKY_MENTEES });
    expect(added.status, added.text).toBe(201);
    const original = people(await view(ev));
    expect(original.mentors[0]!.name).toBe('Zoë Martin'); // stored NFC
    expect(original.mentees[0]!.wishes).toEqual(['Zoë Martin', 'عمر الفاروق']);

    const csv = await call(srv.url, 'GET', `/api/events/${ev.id}/people.csv`, { key: ev.key });
    expect(csv.status).toBe(200);
    const copy = await createEvent(srv.url);
    const imported = await call(srv.url, 'POST', `/api/events/${copy.id}/people.csv`, { key: copy.key, csv: csv.text });
    expect(imported.status, imported.text).toBe(201);
    expect(people(await view(copy))).toEqual(original);

    // Importing the same file again into the copy: every name is now taken, each refused by line.
    const again = await call(srv.url, 'POST', `/api/events/${copy.id}/people.csv`, { key: copy.key, csv: csv.text });
    expect(again.status).toBe(400);
    const names = (issuesOf(again) as { message: string }[]).filter((i) => i.message.startsWith('name: '));
    expect(names).toHaveLength(TRICKY_MENTORS.length + TRICKY_MENTEES.length);
  });
});
