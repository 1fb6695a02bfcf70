import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { previewSchema, type Preview } from '../../shared/attendance/preview-schema';
import { organizerViewSchema } from '../../shared/protocol/views';
import { planFigures } from '../../client/screens/organizer/plan/plan-figures';
import { qualityFigures } from '../../client/screens/organizer/plan/quality-figures';
import type { QualityReport } from '../../shared/planner';
import { scheduleSchema, type Schedule } from '../../shared/schemas/schedule';
import { call, clock, seedEvent, type SeededEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { closeAll, connect, drain, received, settle, waitFor, type TestSocket } from '../support/sockets';

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());
afterEach(() => closeAll());

// The wire schema and the planner's report must describe the same object.
const _sameShape: Preview['quality']['after'] = {} as QualityReport;
void _sameShape;

const status = (ev: SeededEvent, personId: string, s: string) =>
  call(srv.url, 'POST', `/api/events/${ev.id}/people/${personId}/status`, { key: ev.key, body: { status: s } });
const preview = async (ev: SeededEvent, body: Record<string, unknown> = {}): Promise<Preview> => {
  const r = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule/preview`, { key: ev.key, body });
  if (r.status !== 200) throw new Error(`preview: ${r.status} ${r.text}`);
  return previewSchema.parse(r.body);
};
const apply = (ev: SeededEvent, p: Preview, extra: Record<string, unknown> = {}) =>
  call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { basedOn: p.basedOn, ...extra } });
const schedule = async (ev: SeededEvent): Promise<Schedule> =>
  scheduleSchema.parse((await call(srv.url, 'GET', `/api/events/${ev.id}/schedule`, { key: ev.key })).body);
const version = async (ev: SeededEvent): Promise<number> =>
  (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body.scheduleVersion;
const placeOf = (s: Schedule, round: number, id: string) => {
  const r = s.rounds.find((x) => x.round === round)!;
  return r.tables.find((t) => t.menteeIds.includes(id))?.mentorId ?? (r.byes.includes(id) ? 'bye' : 'nowhere');
};
/** Every person's phone connected (their socket, by person id), and the organizer's. */
async function phones(ev: SeededEvent) {
  const org = await connect(srv.url, ev.key);
  const people = new Map<string, TestSocket>();
  for (const p of [...ev.mentors, ...ev.mentees]) people.set(p.id, (await connect(srv.url, p.token)).socket);
  await settle();
  for (const s of people.values()) drain(s);
  return { org, people };
}
/** 4 mentors, 6 mentees, one seat per table, 4 rounds of 10 minutes, planned with a fixed seed. */
async function planned(settings: Record<string, unknown> = {}) {
  const ev = await seedEvent(srv.url, { mentors: 4, mentees: 6 }, { rounds: 4, tableCapacity: 1, ...settings });
  await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: 11 } });
  return ev;
}

describe('preview, then apply', () => {
  it('mentor leaves mid-event: who moves from what round, quality before/after; apply commits exactly it', async () => {
    const ev = await planned();
    await clock(srv.url, ev, { action: 'start' });
    await clock(srv.url, ev, { action: 'skip', expectedPhase: 0 });
    await clock(srv.url, ev, { action: 'skip', expectedPhase: 1 }); // meeting 2 under way
    const before = await schedule(ev);
    const v0 = await version(ev);
    const mentor = ev.mentors[2]!;
    await status(ev, mentor.id, 'left');
    const p = await preview(ev);
    expect(p).toMatchObject({ fromRound: 3, changed: true, basedOn: { phaseIndex: 2, scheduleVersion: v0 } });
    expect(p.pending).toEqual([
      { personId: mentor.id, name: mentor.name, role: 'mentor', attendance: 'left', change: 'unseat' },
    ]);
    // The mentor's table is gone from rounds 3 and 4; whoever sat there is re-seated (or sits out).
    expect(p.diff.tables).toEqual([
      { round: 3, mentorId: mentor.id, change: 'removed' },
      { round: 4, mentorId: mentor.id, change: 'removed' },
    ]);
    for (const round of [3, 4]) {
      const was = before.rounds[round - 1]!.tables.find((t) => t.mentorId === mentor.id)!.menteeIds;
      for (const id of was)
        expect(p.diff.seats.some((c) => c.round === round && c.menteeId === id && c.before.kind === 'table')).toBe(
          true,
        );
    }
    expect(p.diff.seats.every((c) => c.round >= 3)).toBe(true);
    expect(p.affected.mentors).toContain(mentor.id);
    expect(p.affected.mentees).toEqual(p.diff.affectedMentees);
    expect(p.quality.before!.placementViolations + p.quality.after.placementViolations).toBe(0);
    expect(p.quality.after).toMatchObject({ avoidViolations: 0, capacityViolations: 0 });
    // The preview changed nothing.
    expect(await schedule(ev)).toEqual(before);
    expect(await version(ev)).toBe(v0);

    const r = await apply(ev, p);
    expect(r.status, r.text).toBe(200);
    expect(r.body).toEqual(p.schedule);
    const after = await schedule(ev);
    expect(after).toEqual(p.schedule);
    expect(after.rounds.slice(0, 2)).toEqual(before.rounds.slice(0, 2));
    for (const round of after.rounds.slice(2)) expect(round.tables.map((t) => t.mentorId)).not.toContain(mentor.id);
    expect(await version(ev)).toBe(v0 + 1);
    // The mentor's own page: their table rests for the rest of the event.
    const me = (await call(srv.url, 'GET', '/api/me', { key: mentor.token })).body;
    expect(me.rounds.slice(2).map((x: { table: string | null }) => x.table)).toEqual([null, null]);
    // Nothing is pending any more, and a second preview proposes no change.
    const again = await preview(ev);
    expect(again).toMatchObject({ changed: false, pending: [], diff: { seats: [], tables: [] } });
  });

  it('a late mentee joins from the first round not yet begun; rounds under way stay as they are', async () => {
    const ev = await planned();
    const late = ev.mentees[5]!;
    await status(ev, late.id, 'absent');
    const p0 = await preview(ev);
    expect(p0.fromRound).toBe(1);
    expect((await apply(ev, p0)).status).toBe(200);
    const s0 = await schedule(ev);
    for (const r of s0.rounds) expect(placeOf(s0, r.round, late.id)).toBe('nowhere');
    await clock(srv.url, ev, { action: 'start' });
    // In meeting 1 the late mentee arrives.
    await status(ev, late.id, 'present');
    const p = await preview(ev);
    expect(p.fromRound).toBe(2);
    expect(p.pending).toEqual([expect.objectContaining({ personId: late.id, change: 'seat' })]);
    expect(p.diff.seats.filter((c) => c.menteeId === late.id).map((c) => c.round)).toEqual([2, 3, 4]);
    expect(p.quality.before!.placementViolations).toBeGreaterThan(0); // the late mentee has no place yet
    expect(p.quality.after.placementViolations).toBe(0);
    expect((await apply(ev, p)).status).toBe(200);
    const s = await schedule(ev);
    expect(s.rounds[0]).toEqual(s0.rounds[0]);
    expect(placeOf(s, 1, late.id)).toBe('nowhere');
    for (const round of [2, 3, 4]) expect(placeOf(s, round, late.id)).not.toBe('nowhere');
  });

  it('a stale preview is a 409 and changes nothing: the clock moved on, the schedule or the door changed', async () => {
    const ev = await planned();
    await clock(srv.url, ev, { action: 'start' });
    await status(ev, ev.mentees[0]!.id, 'left');
    const p = await preview(ev);
    const before = await schedule(ev);
    // The clock moved on (meeting 1 → changeover).
    await clock(srv.url, ev, { action: 'skip', expectedPhase: 0 });
    const r1 = await apply(ev, p);
    expect(r1.status).toBe(409);
    expect(r1.body.error.message).toMatch(/stale preview: the clock moved on since the preview \(phase 0 → phase 1\)/);
    expect(await schedule(ev)).toEqual(before);
    // Someone else changed the door since this preview.
    const p2 = await preview(ev);
    await status(ev, ev.mentees[1]!.id, 'absent');
    const r2 = await apply(ev, p2);
    expect(r2.status).toBe(409);
    expect(r2.body.error.message).toMatch(/people or attendance changed/);
    // Another console applied first.
    const p3 = await preview(ev);
    const p4 = await preview(ev);
    expect((await apply(ev, p3)).status).toBe(200);
    const r4 = await apply(ev, p4);
    expect(r4.status).toBe(409);
    expect(r4.body.error.message).toMatch(/the schedule changed since the preview/);
    // A forged token is stale too.
    const p5 = await preview(ev);
    expect((await apply(ev, { ...p5, basedOn: { ...p5.basedOn, digest: 'x' } })).status).toBe(409);
  });

  it('bad bodies: 400, other keys: 403; nothing to replan once every round began or after the end: 409', async () => {
    const ev = await planned({ rounds: 2 });
    const url = `/api/events/${ev.id}/schedule/preview`;
    for (const body of [{ seed: [1] }, { checkedInOnly: 'yes' }, { basedOn: {} }, { extra: true }]) {
      expect((await call(srv.url, 'POST', url, { key: ev.key, body })).status, JSON.stringify(body)).toBe(400);
    }
    for (const basedOn of [
      {},
      { phaseIndex: -1, scheduleVersion: 1, digest: 'a' },
      { phaseIndex: null, scheduleVersion: 1, digest: '' },
      { phaseIndex: null, scheduleVersion: 1, digest: 'a', more: 1 },
    ]) {
      expect(
        (await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { basedOn } })).status,
        JSON.stringify(basedOn),
      ).toBe(400);
    }
    expect((await call(srv.url, 'POST', url, { key: ev.mentees[0]!.token, body: {} })).status).toBe(403);
    expect((await call(srv.url, 'POST', url, { key: ev.projectorKey, body: {} })).status).toBe(403);
    expect((await call(srv.url, 'POST', url, { body: {} })).status).toBe(401);
    await clock(srv.url, ev, { action: 'start' });
    await clock(srv.url, ev, { action: 'skip', expectedPhase: 0 });
    await clock(srv.url, ev, { action: 'skip', expectedPhase: 1 });
    const last = await call(srv.url, 'POST', url, { key: ev.key, body: {} });
    expect(last.status).toBe(409);
    expect(last.body.error.message).toMatch(/every round has begun/);
    await clock(srv.url, ev, { action: 'end' });
    expect((await call(srv.url, 'POST', url, { key: ev.key, body: {} })).status).toBe(409);
  });
});

describe('a walk-in at the door', () => {
  const addWalkIn = (ev: SeededEvent, name: string) =>
    call(srv.url, 'POST', `/api/events/${ev.id}/people`, { key: ev.key, body: { mentees: [{ name }] } });
  const viewOf = async (ev: SeededEvent) =>
    organizerViewSchema.parse((await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body);

  it('is recorded present and moves nobody; the preview seats them, in a full room taking no seat', async () => {
    // 4 tables of one, 6 mentees: every round is full (two sit out).
    const ev = await planned();
    await clock(srv.url, ev, { action: 'start' });
    const { people } = await phones(ev);
    const before = await schedule(ev);
    const v0 = await version(ev);
    const r = await addWalkIn(ev, 'Sofia Rossi');
    expect(r.status, r.text).toBe(201);
    const walkIn = r.body.mentees[0];
    expect(walkIn).toMatchObject({ name: 'Sofia Rossi', attendance: 'present' });
    // Adding moved nobody: the schedule, its version and every phone stay as they were.
    expect(await schedule(ev)).toEqual(before);
    expect(await version(ev)).toBe(v0);
    await settle();
    for (const [id, socket] of people) expect(received(socket, 'snapshot:updated'), id).toEqual([]);

    const p = await preview(ev);
    expect(p.pending).toEqual([
      { personId: walkIn.id, name: 'Sofia Rossi', role: 'mentee', attendance: 'present', change: 'seat' },
    ]);
    // Round 2 is full: the walk-in sits it out, and everyone keeps their round-2 place.
    expect(p.diff.seats.filter((c) => c.round === 2)).toEqual([
      { round: 2, menteeId: walkIn.id, before: { kind: 'absent' }, after: { kind: 'bye' } },
    ]);
    expect(p.diff.seats.some((c) => c.menteeId === walkIn.id && c.after.kind === 'table')).toBe(true);
    // The figures count the walk-in: no place before, their byes after.
    expect(p.quality.before!.placementViolations).toBeGreaterThan(0);
    expect(p.quality.after).toMatchObject({ placementViolations: 0, byes: { partTime: 1 } });
    expect(p.quality.after.byes.partTimeMax).toBeGreaterThanOrEqual(1);
    // "Now" in the review is the Plan tab's figure, word for word.
    const view = await viewOf(ev);
    expect(qualityFigures(p.quality.before!)).toEqual(planFigures(view.schedule!, view));

    expect((await apply(ev, p)).status).toBe(200);
    const after = await schedule(ev);
    expect(after.rounds[0]).toEqual(before.rounds[0]);
    expect(after.rounds[1]).toEqual({ ...before.rounds[1]!, byes: [...before.rounds[1]!.byes, walkIn.id] });
    const me = (await call(srv.url, 'GET', '/api/me', { key: walkIn.token })).body;
    expect(me.rounds.slice(2).some((x: { table: string | null }) => x.table !== null)).toBe(true);
    expect((await preview(ev)).pending).toEqual([]);
  });

  it('takes a free seat where there is one, and nobody else’s place changes at all', async () => {
    // 6 tables of one, 4 mentees: two seats free every round.
    const ev = await seedEvent(srv.url, { mentors: 6, mentees: 4 }, { rounds: 4, tableCapacity: 1 });
    await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: 3 } });
    await clock(srv.url, ev, { action: 'start' });
    const r = await addWalkIn(ev, 'Sofia Rossi');
    const walkIn = r.body.mentees[0];
    const p = await preview(ev);
    expect(p.affected.mentees).toEqual([walkIn.id]);
    expect(p.diff.seats.map((c) => [c.round, c.menteeId, c.after.kind])).toEqual([
      [2, walkIn.id, 'table'],
      [3, walkIn.id, 'table'],
      [4, walkIn.id, 'table'],
    ]);
    expect(p.quality.after.byes).toMatchObject({ total: 0, partTime: 1, partTimeMax: 0 });
  });

  it('a second walk-in after the preview makes it stale (409), like any door change', async () => {
    const ev = await planned();
    await clock(srv.url, ev, { action: 'start' });
    await addWalkIn(ev, 'First');
    const p = await preview(ev);
    await addWalkIn(ev, 'Second');
    const r = await apply(ev, p);
    expect(r.status).toBe(409);
    expect(r.body.error.message).toMatch(/people or attendance changed since the preview/);
  });

  it('before the start a new person is simply planned in (no review needed)', async () => {
    const ev = await planned();
    const v0 = await version(ev);
    const r = await addWalkIn(ev, 'Early');
    expect(r.body.mentees[0].attendance).toBe('expected');
    expect(await version(ev)).toBe(v0 + 1);
    expect((await preview(ev)).pending).toEqual([]);
  });
});

describe('planning with the checked-in people only (before the start)', () => {
  it('previews without the people not checked in, and applying marks them absent', async () => {
    const ev = await seedEvent(srv.url, { mentors: 3, mentees: 5 }, { tableCapacity: 1 });
    await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
    const here = [ev.mentors[0]!, ev.mentors[2]!, ev.mentees[0]!, ev.mentees[1]!, ev.mentees[3]!];
    for (const p of here) await status(ev, p.id, 'present');
    const before = organizerViewSchema.parse(
      (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body,
    );
    const p = await preview(ev, { checkedInOnly: true });
    const away = [ev.mentors[1]!.id, ev.mentees[2]!.id, ev.mentees[4]!.id];
    expect([...p.markedAbsent].sort()).toEqual([...away].sort());
    expect(p.fromRound).toBe(1);
    // Rounds follow the mentors taking part (rounds unset: one per mentor).
    expect(p.schedule.rounds).toHaveLength(2);
    for (const r of p.schedule.rounds) {
      expect(r.tables.map((t) => t.mentorId)).toEqual([ev.mentors[0]!.id, ev.mentors[2]!.id]);
      expect([...r.tables.flatMap((t) => t.menteeIds), ...r.byes].sort()).toEqual(
        [ev.mentees[0]!.id, ev.mentees[1]!.id, ev.mentees[3]!.id].sort(),
      );
    }
    // Without basedOn the option still needs… nothing but the option: apply the reviewed one.
    const r = await apply(ev, p, { checkedInOnly: true });
    expect(r.status, r.text).toBe(200);
    const v = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    const attendance = Object.fromEntries(
      [...v.mentors, ...v.mentees].map((x: { id: string; attendance: string }) => [x.id, x.attendance]),
    );
    for (const id of away) expect(attendance[id]).toBe('absent');
    for (const x of here) expect(attendance[x.id]).toBe('present');
    expect(v.schedule).toEqual(p.schedule);
    expect(v.event.rounds).toBe(2);
    // The review's "Now" was the Plan tab's figure before applying (everyone, not only the checked-in).
    expect(qualityFigures(p.quality.before!)).toEqual(planFigures(before.schedule!, before));
    // A later arrival before the start: checked in, previewed, seated.
    await call(srv.url, 'POST', '/api/me/check-in', { key: ev.mentees[4]!.token, body: {} });
    const q = await preview(ev);
    expect(q.pending).toEqual([expect.objectContaining({ personId: ev.mentees[4]!.id, change: 'seat' })]);
    expect((await apply(ev, q)).status).toBe(200);
    expect(placeOf(await schedule(ev), 1, ev.mentees[4]!.id)).not.toBe('nowhere');
    // Once started the option is refused.
    await clock(srv.url, ev, { action: 'start' });
    const late = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule/preview`, {
      key: ev.key,
      body: { checkedInOnly: true },
    });
    expect(late.status).toBe(409);
  });

  it('refuses to plan when no mentor is taking part', async () => {
    const ev = await seedEvent(srv.url, { mentors: 1, mentees: 1 });
    await status(ev, ev.mentees[0]!.id, 'present');
    const r = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule/preview`, {
      key: ev.key,
      body: { checkedInOnly: true },
    });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toMatch(/no mentor is taking part/);
  });
});

describe('only the people whose page changed are told', () => {
  async function everyone(ev: SeededEvent) {
    const org = await connect(srv.url, ev.key);
    const proj = await connect(srv.url, ev.projectorKey);
    const people = new Map<string, TestSocket>();
    for (const p of [...ev.mentors, ...ev.mentees]) people.set(p.id, (await connect(srv.url, p.token)).socket);
    return { org, proj, people };
  }
  const heard = (people: Map<string, TestSocket>) =>
    [...people]
      .filter(([, s]) => received(s, 'snapshot:updated').length > 0)
      .map(([id]) => id)
      .sort();

  it('a late mentee and a mentor leaving: exactly the affected phones get a snapshot; others get none', async () => {
    const ev = await planned({ rounds: 4 });
    const late = ev.mentees[4]!;
    await status(ev, late.id, 'absent');
    expect((await apply(ev, await preview(ev))).status).toBe(200);
    await clock(srv.url, ev, { action: 'start' });
    const { org, proj, people } = await everyone(ev);
    const leaving = ev.mentors[1]!;
    await status(ev, late.id, 'present');
    await status(ev, leaving.id, 'left');
    await waitFor(people.get(late.id)!, 'snapshot:updated');
    await waitFor(people.get(leaving.id)!, 'snapshot:updated');
    await settle();
    // The status changes reached only their own two phones.
    expect(heard(people)).toEqual([]);
    drain(org.socket);

    const p = await preview(ev);
    const affected = [...new Set([...p.affected.mentees, ...p.affected.mentors])].sort();
    expect(affected).toContain(late.id);
    expect(affected).toContain(leaving.id);
    const unaffected = [...people.keys()].filter((id) => !affected.includes(id));
    expect(unaffected.length).toBeGreaterThan(0); // else this test would prove nothing
    expect((await apply(ev, p)).status).toBe(200);
    for (const id of affected) await waitFor(people.get(id)!, 'snapshot:updated');
    await waitFor(org.socket, 'snapshot:updated');
    await waitFor(proj.socket, 'snapshot:updated');
    await settle(250);
    for (const id of unaffected) expect(received(people.get(id)!, 'snapshot:updated'), `${id} was told`).toEqual([]);
    // A mentee who was told sees their new place in the snapshot.
    const moved = p.diff.seats.find((c) => c.menteeId !== late.id && c.after.kind === 'table');
    if (moved) {
      const me = (
        await call(srv.url, 'GET', '/api/me', { key: ev.mentees.find((m) => m.id === moved.menteeId)!.token })
      ).body;
      expect(me.rounds.find((r: { round: number }) => r.round === moved.round).mentorId).toBe(
        moved.after.kind === 'table' ? moved.after.mentorId : null,
      );
    }
  });

  it('applying a preview that changes nothing tells no phone', async () => {
    const ev = await planned();
    await clock(srv.url, ev, { action: 'start' });
    const { proj, people } = await everyone(ev);
    const p = await preview(ev);
    expect(p.changed).toBe(false);
    const v = await version(ev);
    expect((await apply(ev, p)).status).toBe(200);
    expect(await version(ev)).toBe(v);
    await settle();
    expect(heard(people)).toEqual([]);
    expect(received(proj.socket, 'snapshot:updated')).toEqual([]);
  });
});
