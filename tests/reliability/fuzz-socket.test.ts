import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clientPayloadSchemas } from '../../shared/protocol/events';
import { errorCodeSchema } from '../../shared/schemas/errors';
import { call, clock, seedEvent, type SeededEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { closeAll, connect, settle, type TestSocket } from '../support/sockets';
import { hostileObject, hostileValue, mutate, nest } from './support/hostile';
import { fcParams } from './support/scale';
import { viewsOf } from './support/state';

// Property-based fuzzing of every socket event: any payload, any number of arguments, with or
// without an ack, binary, unknown events and broken packets. The server never crashes, answers
// every ack with the documented discriminated result, and a refused message changes nothing.

let srv: TestServer;
let ev: SeededEvent;
const sockets: Record<string, TestSocket> = {};
const tokens = () => [ev.mentees[0]!.token, ev.mentors[0]!.token];

beforeAll(async () => {
  srv = await startServer();
  ev = await seedEvent(srv.url, { mentors: 2, mentees: 3 }, { tableCapacity: 2, rounds: 2, roundSeconds: 3600 });
  await clock(srv.url, ev, { action: 'start' });
  for (const [role, token] of Object.entries({
    organizer: ev.key,
    mentee: ev.mentees[0]!.token,
    mentor: ev.mentors[0]!.token,
    projector: ev.projectorKey,
  })) {
    sockets[role] = (await connect(srv.url, token)).socket;
  }
});
afterAll(async () => {
  closeAll();
  await srv.close();
});
afterEach(() => {
  for (const s of Object.values(sockets)) expect(s.connected, 'a fuzzed message closed a socket').toBe(true);
});

/** The event's views as last seen, while nothing has changed them since. */
let known: unknown;

type EventName = keyof typeof clientPayloadSchemas;
const EVENTS = Object.keys(clientPayloadSchemas) as EventName[];
const TEMPLATES: Record<EventName, Record<string, unknown>> = {
  time: { clientSentAt: 1 },
  'snapshot:get': {},
  'clock:command': { action: 'extend', seconds: 30, expectedPhase: 0 },
  'questions:update': { questions: ['How do I start?'] },
  'attendance:here': {},
  'feedback:give': { round: 1, withId: 'someone', rating: 4, followUp: true, note: 'Sharp' },
  'sharing:set': { share: 'contact', contact: 'linkedin.com/in/me' },
};

/** What one emit carries besides the ack: a payload of any kind, or a wrong number of them. */
const argsArb = (event: EventName): fc.Arbitrary<unknown[]> =>
  fc
    .oneof(
      { weight: 5, arbitrary: mutate(TEMPLATES[event]).map((p): unknown[] => [p]) },
      { weight: 2, arbitrary: hostileObject.map((p): unknown[] => [p]) },
      { weight: 2, arbitrary: hostileValue.map((p): unknown[] => [p]) },
      {
        weight: 1,
        arbitrary: fc.constantFrom<unknown[]>(
          [],
          [TEMPLATES[event], 'extra'],
          [Buffer.from('binary')],
          [{ questions: [Buffer.from('q')] }],
          [nest(300)],
        ),
      },
    )
    // Under the 64 KiB message limit (over it the socket is closed: see limits.test.ts).
    .filter((args) => fitsMessage(args));

const fitsMessage = (v: unknown) => Buffer.byteLength(JSON.stringify(v) ?? '') < 60_000;

const emitRaw = (socket: TestSocket, event: string, args: unknown[]): Promise<unknown> =>
  (socket.timeout(5000).emitWithAck as (e: string, ...a: unknown[]) => Promise<unknown>)(event, ...args);

function expectAck(ack: unknown, what: string): { ok: boolean; code?: string } {
  expect(ack, what).toBeTypeOf('object');
  const a = ack as { ok: unknown; data?: unknown; error?: { code: unknown; message: unknown } };
  expect(typeof a.ok, what).toBe('boolean');
  if (a.ok) return { ok: true };
  expect(errorCodeSchema.safeParse(a.error?.code).success, `${what}: ${JSON.stringify(ack).slice(0, 200)}`).toBe(true);
  expect(a.error?.code, what).not.toBe('internal');
  expect(String(a.error?.message).length, what).toBeGreaterThan(5);
  expect(JSON.stringify(ack).length, `${what}: the ack stays small`).toBeLessThan(64 * 1024);
  return { ok: false, code: a.error!.code as string };
}

describe.each(EVENTS)('%s', (event) => {
  it('answers every payload from every role with a clean ack; a refused one changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('organizer', 'mentee', 'mentor', 'projector'),
        argsArb(event),
        async (role, args) => {
          const valid = args.length === 1 && clientPayloadSchemas[event].safeParse(args[0]).success;
          // A valid `end` or `skip` would end the run early; the authorization tests cover those.
          if (event === 'clock:command' && role === 'organizer') fc.pre(!valid);
          const before = known ?? (await viewsOf(srv.url, ev, tokens()));
          const what = `${role} ${event} ${JSON.stringify(args).slice(0, 200)}`;
          const ack = expectAck(await emitRaw(sockets[role]!, event, args), what);
          if (!valid) expect(ack, what).toMatchObject({ ok: false, code: 'bad_request' });
          known = undefined;
          if (!ack.ok) {
            const after = await viewsOf(srv.url, ev, tokens());
            expect(after, what).toEqual(before);
            known = after;
          }
        },
      ),
      fcParams(20),
    );
  });
});

describe('messages the protocol does not know', () => {
  it('unknown events, missing acks and acks in odd places are ignored without harm', async () => {
    const before = await viewsOf(srv.url, ev, tokens());
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...EVENTS), fc.string({ maxLength: 30 })),
        fc.array(hostileValue, { maxLength: 3 }).filter(fitsMessage),
        async (event, args) => {
          fc.pre(
            !['connect', 'disconnect', 'disconnecting', 'connect_error', 'newListener', 'removeListener'].includes(
              event,
            ),
          );
          // No ack: the server must not call into nothing, nor act on an invalid payload.
          sockets.mentee!.emit(event as 'time', ...(args as [never, never]));
          sockets.organizer!.emit(event as 'time', ...(args as [never, never]));
        },
      ),
      fcParams(30),
    );
    await settle(300);
    expect(await viewsOf(srv.url, ev, tokens())).toEqual(before);
    expect(await sockets.mentee!.emitWithAck('time', { clientSentAt: 5 })).toMatchObject({
      ok: true,
      data: { clientSentAt: 5 },
    });
  });

  it('broken packets close only the socket that sent them', async () => {
    const raw = [
      '2[garbage',
      '2["time",{"clientSentAt":1},',
      '2{"a":1}',
      `2["time"${',1'.repeat(5000)}]`,
      '9',
      `2${'['.repeat(20_000)}${']'.repeat(20_000)}`,
      '0/admin,',
      '51-["time",{"_placeholder":true,"num":0}]',
      '21["time",{"_placeholder":true,"num":99}]',
    ];
    for (const packet of raw) {
      const { socket } = await connect(srv.url, ev.mentees[1]!.token);
      (socket.io.engine as unknown as { send(m: string): void }).send(packet);
      await settle(100);
      socket.close();
    }
    expect((await call(srv.url, 'GET', '/healthz')).status).toBe(200);
    expect(await sockets.organizer!.emitWithAck('time', { clientSentAt: 1 })).toMatchObject({ ok: true });
  });
});
