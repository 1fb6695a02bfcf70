/**
 * A phone's refusals arrive with their stable `reason` (and `params`) beside the English message
 * (issue 19), over real HTTP and Socket.IO: on REST errors, in socket acks and in a refused
 * handshake's `connect_error`, so the phone can say them in its reader's language.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call, clock, seedEvent, type SeededEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { closeAll, connect, connectError } from '../support/sockets';

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());
afterEach(() => closeAll());

/** Started: 2 mentors, 2 mentees, one seat a table, 2 rounds; a mentee and their mentor of each round. */
async function started(): Promise<{ ev: SeededEvent; menteeToken: string; mentorId: string; nextMentorId: string }> {
  const ev = await seedEvent(srv.url, { mentors: 2, mentees: 2 }, { rounds: 2 });
  await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: 1 } });
  await clock(srv.url, ev, { action: 'start' });
  const view = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
  type Table = { mentorId: string; menteeIds: string[] };
  const table = view.schedule.rounds[0].tables[0] as Table;
  const menteeId = table.menteeIds[0]!;
  const next = (view.schedule.rounds[1].tables as Table[]).find((t) => t.menteeIds.includes(menteeId))!;
  const mentee = ev.mentees.find((m) => m.id === menteeId)!;
  return { ev, menteeToken: mentee.token, mentorId: table.mentorId, nextMentorId: next.mentorId };
}

describe('REST refusals of a personal link carry their reason', () => {
  it('checking in after the start: 409 checkInStarted, the English as it was', async () => {
    const { menteeToken } = await started();
    const r = await call(srv.url, 'POST', '/api/me/check-in', { key: menteeToken, body: {} });
    expect(r.status).toBe(409);
    expect(r.body).toEqual({
      error: {
        code: 'conflict',
        message: 'the event has started: check in with the organizer at the door',
        reason: 'checkInStarted',
      },
    });
  });

  it('feedback on a round not begun: roundNotBegun with the round', async () => {
    const { menteeToken, nextMentorId } = await started();
    const r = await call(srv.url, 'PUT', `/api/me/feedback/2/${nextMentorId}`, {
      key: menteeToken,
      body: { rating: 4 },
    });
    expect(r.status).toBe(409);
    expect(r.body.error).toEqual({
      code: 'conflict',
      message: 'round 2 has not begun yet',
      reason: 'roundNotBegun',
      params: { round: 2 },
    });
  });

  it('an unknown link: 401 unknownKey', async () => {
    const r = await call(srv.url, 'GET', '/api/me', { key: 'x'.repeat(43) });
    expect(r.status).toBe(401);
    expect(r.body.error).toEqual({
      code: 'unauthorized',
      message: 'unknown key: it may be mistyped, or its event was deleted',
      reason: 'unknownKey',
    });
  });
});

describe('socket refusals of a phone carry their reason', () => {
  it('feedback:give on someone not met: notMetWith with the name and round', async () => {
    const { ev, menteeToken, mentorId } = await started();
    const other = ev.mentors.find((m) => m.id !== mentorId)!;
    const { socket } = await connect(srv.url, menteeToken);
    const ack = await socket.emitWithAck('feedback:give', { round: 1, withId: other.id, rating: 2 });
    expect(ack).toEqual({
      ok: false,
      error: {
        code: 'not_found',
        message: `you did not sit with ${other.name} in round 1`,
        reason: 'notMetWith',
        params: { name: other.name, round: 1 },
      },
    });
  });

  it('attendance:here after the end: checkInEnded', async () => {
    const { ev, menteeToken } = await started();
    await clock(srv.url, ev, { action: 'end' });
    const { socket } = await connect(srv.url, menteeToken);
    expect(await socket.emitWithAck('attendance:here', {})).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'the event has ended; check-in is closed', reason: 'checkInEnded' },
    });
  });

  it('questions:update after the end: questionsEnded', async () => {
    const { ev, menteeToken } = await started();
    await clock(srv.url, ev, { action: 'end' });
    const { socket } = await connect(srv.url, menteeToken);
    expect(await socket.emitWithAck('questions:update', { questions: ['Late?'] })).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'questionsEnded' },
    });
  });

  it('a refused handshake: the reason in connect_error data', async () => {
    const err = await connectError(srv.url, 'y'.repeat(43));
    expect(err.message).toBe('unknown key: it may be mistyped, or its event was deleted');
    expect(err.data).toEqual({ code: 'unauthorized', reason: 'unknownKey' });
  });
});
