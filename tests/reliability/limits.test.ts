import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call, clock, seedEvent, type SeededEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { closeAll, connect } from '../support/sockets';
import { expectCleanError, viewsOf } from './support/state';

// The payload limits of docs/api.md hold on every endpoint and socket event: over the limit
// is refused (413, or the socket closed) and changes nothing; the largest legal payloads
// pass; an error answer stays small whatever the body was.

let srv: TestServer;
let ev: SeededEvent;
const tokens = () => [ev.mentees[0]!.token, ev.mentors[0]!.token];
beforeAll(async () => {
  srv = await startServer();
  ev = await seedEvent(srv.url, { mentors: 2, mentees: 3 }, { tableCapacity: 2, rounds: 2 });
  await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
});
afterAll(() => srv.close());
afterEach(() => closeAll());

const MiB = 1024 * 1024;
/** A JSON object of about `bytes` bytes whose one field is a long string. */
const jsonOf = (field: string, bytes: number) => JSON.stringify({ [field]: 'x'.repeat(bytes) });

describe('HTTP bodies', () => {
  const calls = (): [string, string, string, string][] => [
    ['PATCH', `/api/events/${ev.id}`, ev.key, 'name'],
    ['POST', `/api/events/${ev.id}/people`, ev.key, 'mentors'],
    ['PATCH', `/api/events/${ev.id}/people/${ev.mentees[1]!.id}`, ev.key, 'name'],
    ['POST', `/api/events/${ev.id}/schedule`, ev.key, 'seed'],
    ['POST', `/api/events/${ev.id}/clock`, ev.key, 'action'],
    ['PUT', '/api/me/questions', ev.mentees[0]!.token, 'questions'],
    ['POST', '/api/events', '', 'name'],
  ];

  it('a JSON body just over 1 MiB is refused with 413 on every endpoint, changing nothing', async () => {
    const before = await viewsOf(srv.url, ev, tokens());
    for (const [method, path, key, field] of calls()) {
      const r = await call(srv.url, method, path, { key, raw: jsonOf(field, MiB + 10) });
      expect(r.status, `${method} ${path}`).toBe(413);
      expectCleanError(r, `${method} ${path}`);
      expect(r.body.error.code).toBe('payload_too_large');
    }
    expect(await viewsOf(srv.url, ev, tokens())).toEqual(before);
  });

  it('a JSON body just under 1 MiB is read (and refused for what it says, not its size)', async () => {
    for (const [method, path, key, field] of calls()) {
      const r = await call(srv.url, method, path, { key, raw: jsonOf(field, MiB - 100) });
      expect(r.status, `${method} ${path}`).toBe(400);
      expectCleanError(r, `${method} ${path}`);
    }
  });

  it('the CSV import takes up to 5 MiB and refuses more', async () => {
    const head = 'role,name,bio\nmentor,Long bio,';
    const under = head + 'b'.repeat(5 * MiB - head.length - 10);
    const over = head + 'b'.repeat(5 * MiB + 10);
    const before = await viewsOf(srv.url, ev, tokens());
    const big = await call(srv.url, 'POST', `/api/events/${ev.id}/people.csv`, { key: ev.key, csv: over });
    expect(big.status).toBe(413);
    expectCleanError(big, 'csv over 5 MiB');
    // Under the limit the file is read, and refused for what it says (a bio over 2000 characters).
    const read = await call(srv.url, 'POST', `/api/events/${ev.id}/people.csv`, { key: ev.key, csv: under });
    expect(read.status).toBe(400);
    expectCleanError(read, 'csv under 5 MiB');
    expect(read.body.error.issues).toEqual([
      { path: 'line 2', message: expect.stringContaining('bio'), code: 'tooLong', params: { max: 2000, field: 'bio' } },
    ]);
    expect(await viewsOf(srv.url, ev, tokens())).toEqual(before);
  });

  it("a stranger's big upload is refused for the key before it is read", async () => {
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/people.csv`, {
      key: 'not-a-real-key-at-all-xxxxxxxx',
      csv: 'x'.repeat(6 * MiB),
    });
    expect(r.status).toBe(401);
    for (const [method, path] of [
      ['PATCH', `/api/events/${ev.id}`],
      ['POST', `/api/events/${ev.id}/people.csv`],
      ['PUT', '/api/me/questions'],
      ['POST', '/api/nowhere'],
    ]) {
      const none = await call(srv.url, method!, path!, { raw: jsonOf('name', 2 * MiB) });
      expect(none.status, `${method} ${path}`).toBe(401);
      expectCleanError(none, `${method} ${path}`);
    }
  });

  it('the largest legal questions list fits both the HTTP and the socket limit', async () => {
    // 30 questions of 500 characters, each character 3 bytes in UTF-8: ~45 KB.
    const questions = Array.from({ length: 30 }, (_, i) => `${i}`.padEnd(500, '李'));
    const r = await call(srv.url, 'PUT', '/api/me/questions', { key: ev.mentees[0]!.token, body: { questions } });
    expect(r.status).toBe(200);
    const phone = await connect(srv.url, ev.mentees[0]!.token);
    expect(await phone.socket.emitWithAck('questions:update', { questions: [...questions].reverse() })).toMatchObject({
      ok: true,
    });
    const me = await call(srv.url, 'GET', '/api/me', { key: ev.mentees[0]!.token });
    expect(me.body.person.questions).toEqual([...questions].reverse());
  });
});

describe('error answers stay small', () => {
  it('many bad mentees: the first 100 problems and a count, not megabytes', async () => {
    const mentee = { name: 'a', wishes: Array.from({ length: 50 }, () => 1) };
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: { mentees: Array.from({ length: 500 }, () => mentee) },
    });
    expect(r.status).toBe(400);
    expectCleanError(r, 'bad mentees');
    expect(r.body.error.issues).toHaveLength(101);
    const more = r.body.error.issues[100];
    expect(more).toEqual({
      path: '(more)',
      message: expect.stringMatching(/^and \d+ more problems$/),
      code: 'moreProblems',
      params: { count: expect.any(Number) },
    });
    // The count in the params (issue 19) is the one the English message says.
    expect(more.message).toBe(`and ${more.params.count} more problems`);
  });

  it('wishes naming nobody, and a CSV of bad lines, likewise', async () => {
    const unknown = { name: 'b', wishes: Array.from({ length: 50 }, (_, i) => `Nobody ${i}`) };
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
      key: ev.key,
      body: { mentees: Array.from({ length: 300 }, () => unknown) },
    });
    expect(r.status).toBe(400);
    expectCleanError(r, 'unknown wishes');
    const csv = `role,name\n${'boss,Someone\n'.repeat(2000)}`;
    const c = await call(srv.url, 'POST', `/api/events/${ev.id}/people.csv`, { key: ev.key, csv });
    expect(c.status).toBe(400);
    expectCleanError(c, 'bad csv lines');
    expect(c.body.error.issues[0].path).toBe('line 2');
  });

  it('an object of many unknown keys gets one clipped line', async () => {
    const body = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`key${i}`, i]));
    const r = await call(srv.url, 'PATCH', `/api/events/${ev.id}`, { key: ev.key, body });
    expect(r.status).toBe(400);
    expectCleanError(r, 'unknown keys');
    const phone = await connect(srv.url, ev.mentees[0]!.token);
    const ack = await phone.socket.emitWithAck('questions:update', {
      questions: [],
      ...Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`k${i}`, 1])),
    } as never);
    expect(ack.ok).toBe(false);
    expect(JSON.stringify(ack).length).toBeLessThan(2000);
  });
});

describe('socket messages', () => {
  it('over 64 KiB closes the socket, whatever the event, and changes nothing', async () => {
    await clock(srv.url, ev, { action: 'start' });
    const before = await viewsOf(srv.url, ev, tokens());
    const big = 'x'.repeat(65 * 1024);
    const cases: [string, string, unknown][] = [
      [ev.mentees[0]!.token, 'questions:update', { questions: [big] }],
      [ev.mentees[0]!.token, 'time', { clientSentAt: 1, pad: big }],
      [ev.mentors[0]!.token, 'snapshot:get', { pad: big }],
      [ev.key, 'clock:command', { action: 'end', pad: big }],
      [ev.projectorKey, 'time', [big]],
    ];
    for (const [token, event, payload] of cases) {
      const { socket } = await connect(srv.url, token);
      const closed = new Promise<string>((resolve) => socket.on('disconnect', (reason) => resolve(reason)));
      let acked = false;
      socket.emit(event as 'time', payload as never, () => {
        acked = true;
      });
      expect(
        await Promise.race([closed, new Promise((r) => setTimeout(() => r('still open after 5 s'), 5000))]),
        event,
      ).toBe('transport close');
      expect(acked, event).toBe(false);
    }
    expect(await viewsOf(srv.url, ev, tokens())).toEqual(before);
    // A legal message right under the limit still passes on a fresh socket.
    const { socket } = await connect(srv.url, ev.mentees[0]!.token);
    expect(await socket.emitWithAck('time', { clientSentAt: 1 })).toMatchObject({ ok: true });
  });
});
