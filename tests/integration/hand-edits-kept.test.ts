import { afterEach, describe, expect, it } from 'vitest';
import { call, seedEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';

/**
 * Seats moved by hand before the start survive the automatic replan that a change of people
 * makes (a late sign-up, a removed mentee): the plan is replanned from the edited one, not
 * made afresh. "Try another arrangement" (a new seed) plans afresh and forgets the edits.
 */
let srv: TestServer | undefined;
afterEach(async () => {
  await srv?.close();
  srv = undefined;
});

type Round = { round: number; tables: { mentorId: string; menteeIds: string[] }[]; byes: string[] };
const tableOf = (r: Round, menteeId: string) => r.tables.find((t) => t.menteeIds.includes(menteeId))?.mentorId ?? 'bye';

async function plannedEvent() {
  srv = await startServer();
  const ev = await seedEvent(srv.url, { mentors: 4, mentees: 8 }, { rounds: 4, tableCapacity: 2 });
  const planned = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
  expect(planned.status, planned.text).toBe(200);
  return ev;
}
const view = (ev: { id: string; key: string }) =>
  call(srv!.url, 'GET', `/api/events/${ev.id}`, { key: ev.key }).then((r) => r.body);

/** Swap two mentees of round 1 who sit at different tables; returns who sits where after. */
async function swapInRound1(ev: { id: string; key: string }) {
  const v = await view(ev);
  const r1: Round = v.schedule.rounds[0];
  const [a, b] = [r1.tables[0]!.menteeIds[0]!, r1.tables[1]!.menteeIds[0]!];
  const r = await call(srv!.url, 'POST', `/api/events/${ev.id}/schedule/edits`, {
    key: ev.key,
    body: { basedOn: v.scheduleVersion, edits: [{ op: 'swap', round: 1, a, b }] },
  });
  expect(r.status, r.text).toBe(200);
  const after: Round = r.body.schedule.rounds[0];
  return { a, b, aAt: tableOf(after, a), bAt: tableOf(after, b), before: { a: tableOf(r1, a), b: tableOf(r1, b) } };
}

const addMentee = (ev: { id: string; key: string }, name: string) =>
  call(srv!.url, 'POST', `/api/events/${ev.id}/people`, { key: ev.key, body: { mentees: [{ name }] } });

describe('hand edits before the start', () => {
  it('a late mentee: the swapped seats stay where the organizer put them', async () => {
    const ev = await plannedEvent();
    const s = await swapInRound1(ev);
    expect([s.aAt, s.bAt]).toEqual([s.before.b, s.before.a]);
    expect((await addMentee(ev, 'Late Comer')).status).toBe(201);
    const v = await view(ev);
    expect(v.planRules).toBeDefined();
    const r1: Round = v.schedule.rounds[0];
    expect(tableOf(r1, s.a)).toBe(s.aAt);
    expect(tableOf(r1, s.b)).toBe(s.bAt);
    // The newcomer is planned too.
    const late = v.mentees.find((m: { name: string }) => m.name === 'Late Comer');
    expect(v.schedule.mentees.some((m: { id: string }) => m.id === late.id)).toBe(true);
  });

  it('"Try another arrangement" (a new seed) plans afresh and forgets that seats were edited', async () => {
    const ev = await plannedEvent();
    await swapInRound1(ev);
    const shuffled = await call(srv!.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: 77 } });
    expect(shuffled.status, shuffled.text).toBe(200);
    const backup = await call(srv!.url, 'GET', `/api/events/${ev.id}/backup`, { key: ev.key });
    expect(backup.body.event.planRules?.handEdited ?? false).toBe(false);
  });

  it('an edited plan is marked so in its backup (an import keeps the edits through changes too)', async () => {
    const ev = await plannedEvent();
    await swapInRound1(ev);
    const backup = await call(srv!.url, 'GET', `/api/events/${ev.id}/backup`, { key: ev.key });
    expect(backup.body.event.planRules.handEdited).toBe(true);
  });
});
