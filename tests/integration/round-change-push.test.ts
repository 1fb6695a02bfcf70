/**
 * A round reached by the clock's own timer (no command) pushes every connected mentor their
 * page: it shows the questions of the mentees at their table now and next, which changed.
 * (The publisher once compared the pages at the new time on both sides and saw no change.)
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { call, clock, seedEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { closeAll, connect, drain, waitFor } from '../support/sockets';

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());
afterEach(() => closeAll());

it('the timer moving into the next round pushes the mentors their new page', async () => {
  const ev = await seedEvent(srv.url, { mentors: 2, mentees: 2 }, { roundSeconds: 1, changeoverSeconds: 5, rounds: 3 });
  await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: 2 } });
  const mentor = await connect(srv.url, ev.mentors[0]!.token);
  await clock(srv.url, ev, { action: 'start' });
  drain(mentor.socket);
  // Round 1's meeting ends after 1 s; the changeover names round 2, so "next" is now round 3.
  const moved = waitFor<{ phase: { index: number } | null }>(
    mentor.socket,
    'clock:changed',
    (c) => c.phase?.index === 1,
  );
  const page = waitFor<{ role: string; me: { rounds: { round: number; mentees: { questions?: string[] }[] }[] } }>(
    mentor.socket,
    'snapshot:updated',
    () => true,
  );
  await moved;
  const pushed = await page;
  expect(pushed.role).toBe('mentor');
  const shown = pushed.me.rounds.filter((r) => r.mentees.some((m) => m.questions !== undefined)).map((r) => r.round);
  expect(shown.every((r) => r === 2 || r === 3)).toBe(true);
}, 15_000);
