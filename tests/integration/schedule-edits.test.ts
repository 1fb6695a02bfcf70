/**
 * POST /api/events/:id/schedule/edits over real HTTP: each edit, each kind of refusal (and
 * that a refusal changes nothing any view shows), a stale `basedOn` and a begun round (409),
 * a dry run, pins and locks in the organizer's view, the schedule's GET and CSV exports, and a
 * backup round trip that keeps them under the new event's ids.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { qualityReportSchema } from '../../shared/planner/report-schema';
import { organizerViewSchema } from '../../shared/protocol/views';
import { errorBodySchema } from '../../shared/schemas/errors';
import { editCostSchema, type PlanEdit } from '../../shared/schemas/plan-edits';
import { scheduleSchema, type Schedule } from '../../shared/schemas/schedule';
import { call, clock, createEvent, type CreatedEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { viewsOf } from '../reliability/support/state';
import { closeAll, connect, waitFor } from '../support/sockets';

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());
afterEach(() => closeAll());

/** The answer of an accepted edit (what the console parses it with, field for field). */
const answerSchema = z.strictObject({
  schedule: scheduleSchema,
  quality: qualityReportSchema,
  version: z.number().int(),
  costs: z.array(editCostSchema),
});

interface Ev extends CreatedEvent {
  /** Person ids by name. */
  id_: Record<string, string>;
  /** Person tokens by name. */
  tokens: Record<string, string>;
}

/**
 * Mentors Grace Hopper, Alan Kay (Acme), Ada Lovelace; mentees Zoë (avoids Alan Kay), Ana, Bea (Acme),
 * Cleo; planned.
 */
async function plannedEvent(): Promise<Ev> {
  const ev = await createEvent(srv.url, { rounds: 3, tableCapacity: 2, roundSeconds: 3600 });
  const added = await call(srv.url, 'POST', `/api/events/${ev.id}/people`, {
    key: ev.key,
    body: {
      mentors: [{ name: 'Grace Hopper' }, { name: 'Alan Kay', group: 'Acme' }, { name: 'Ada Lovelace' }],
      mentees: [
        { name: 'Zoë', avoid: ['Alan Kay'] },
        { name: 'Ana' },
        { name: 'Bea', group: 'Acme' },
        { name: 'Cleo' },
      ],
    },
  });
  expect(added.status, added.text).toBe(201);
  const planned = await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
  expect(planned.status, planned.text).toBe(200);
  const people = [...added.body.mentors, ...added.body.mentees] as { id: string; name: string; token: string }[];
  return {
    ...ev,
    id_: Object.fromEntries(people.map((p) => [p.name, p.id])),
    tokens: Object.fromEntries(people.map((p) => [p.name, p.token])),
  };
}

const viewOf = async (ev: CreatedEvent) =>
  organizerViewSchema.parse((await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body);

const send = (ev: CreatedEvent, body: unknown, key = ev.key) =>
  call(srv.url, 'POST', `/api/events/${ev.id}/schedule/edits`, { key, body });

/** Edits based on the event's current version. */
async function editNow(ev: CreatedEvent, edits: PlanEdit[], extra: { dryRun?: boolean } = {}) {
  const v = await viewOf(ev);
  return send(ev, { basedOn: v.scheduleVersion, edits, ...extra });
}

/** Where a mentee is in a round: a mentor id, 'bye' or null. */
const placeOf = (s: Schedule, round: number, menteeId: string) => {
  const r = s.rounds.find((x) => x.round === round)!;
  return r.tables.find((t) => t.menteeIds.includes(menteeId))?.mentorId ?? (r.byes.includes(menteeId) ? 'bye' : null);
};

/** Two mentees seated at two different tables in a round. */
const twoTables = (s: Schedule, round: number) => {
  const seated = s.rounds[round - 1]!.tables.filter((t) => t.menteeIds.length > 0);
  return [seated[0]!.menteeIds[0]!, seated[1]!.menteeIds[0]!] as const;
};

describe('each edit', () => {
  it('swap: two mentees change places; saved, the version moves on, everyone reads it', async () => {
    const ev = await plannedEvent();
    const before = await viewOf(ev);
    const [a, b] = twoTables(before.schedule!, 2);
    const r = await editNow(ev, [{ op: 'swap', round: 2, a, b }]);
    expect(r.status, r.text).toBe(200);
    const answer = answerSchema.parse(r.body);
    expect(answer.version).toBe(before.scheduleVersion + 1);
    expect(placeOf(answer.schedule, 2, a)).toBe(placeOf(before.schedule!, 2, b));
    expect(placeOf(answer.schedule, 2, b)).toBe(placeOf(before.schedule!, 2, a));
    const after = await viewOf(ev);
    expect(after.schedule).toEqual(answer.schedule);
    expect(after.scheduleVersion).toBe(answer.version);
    expect((await call(srv.url, 'GET', `/api/events/${ev.id}/schedule`, { key: ev.key })).body).toEqual(
      answer.schedule,
    );
  });

  it('move: to a bye, then back to a free seat', async () => {
    const ev = await plannedEvent();
    const { schedule } = await viewOf(ev);
    const ana = ev.id_.Ana!;
    const r = await editNow(ev, [{ op: 'move', round: 1, menteeId: ana, to: 'bye' }]);
    expect(r.status, r.text).toBe(200);
    expect(placeOf(r.body.schedule, 1, ana)).toBe('bye');
    const back = await editNow(ev, [{ op: 'move', round: 1, menteeId: ana, to: placeOf(schedule!, 1, ana)! }]);
    expect(back.status, back.text).toBe(200);
    expect(back.body.schedule.rounds).toEqual(schedule!.rounds);
    expect(back.body.version).toBe(r.body.version + 1);
  });

  it('pin, lock, unpin, unlock: the rules in the view and the schedule GET; the version stays', async () => {
    const ev = await plannedEvent();
    const before = await viewOf(ev);
    expect(before.planRules).toEqual({ pins: [], lockedRounds: [], metBeforeCount: 0 });
    const ana = ev.id_.Ana!;
    const mentor = placeOf(before.schedule!, 1, ana)!;
    const r = await editNow(ev, [
      { op: 'pin', menteeId: ana, mentorId: mentor, round: 1 },
      { op: 'lock-round', round: 3 },
    ]);
    expect(r.status, r.text).toBe(200);
    expect(r.body.version).toBe(before.scheduleVersion);
    expect(r.body.quality.pins).toEqual({ total: 1, held: 1, unheld: [] });
    const pinned = await viewOf(ev);
    expect(pinned.planRules).toEqual({
      pins: [{ menteeId: ana, mentorId: mentor, round: 1 }],
      lockedRounds: [3],
      metBeforeCount: 0,
    });
    expect(pinned.schedule).toEqual(before.schedule);
    const got = (await call(srv.url, 'GET', `/api/events/${ev.id}/schedule`, { key: ev.key })).body;
    expect(got).toEqual({ ...before.schedule, pins: pinned.planRules!.pins, lockedRounds: [3] });
    const undo = await editNow(ev, [
      { op: 'unpin', menteeId: ana, mentorId: mentor },
      { op: 'unlock-round', round: 3 },
    ]);
    expect(undo.status, undo.text).toBe(200);
    expect((await viewOf(ev)).planRules).toEqual({ pins: [], lockedRounds: [], metBeforeCount: 0 });
    expect((await call(srv.url, 'GET', `/api/events/${ev.id}/schedule`, { key: ev.key })).body).toEqual(
      before.schedule,
    );
  });

  it('a pin of a meeting not yet in the plan: the saved schedule holds it', async () => {
    const ev = await plannedEvent();
    const before = await viewOf(ev);
    const zoe = ev.id_.Zoë!;
    const mentor =
      placeOf(before.schedule!, 1, zoe) === ev.id_['Ada Lovelace'] ? ev.id_['Grace Hopper']! : ev.id_['Ada Lovelace']!;
    const r = await editNow(ev, [{ op: 'pin', menteeId: zoe, mentorId: mentor, round: 1 }]);
    expect(r.status, r.text).toBe(200);
    expect(placeOf(r.body.schedule, 1, zoe)).toBe(mentor);
    expect(r.body.quality.pins).toEqual({ total: 1, held: 1, unheld: [] });
    expect(r.body.version).toBe(before.scheduleVersion + 1);
    expect((await viewOf(ev)).schedule).toEqual(r.body.schedule);
  });
});

describe('who is told', () => {
  it('the organizers get the new rules and schedule; a mentee moved gets their new schedule', async () => {
    const ev = await plannedEvent();
    const organizer = await connect(srv.url, ev.key);
    const ana = await connect(srv.url, ev.tokens.Ana!);
    const seated = (ana.snapshot as { me?: { rounds: { round: number; table: string | null }[] } }).me;
    expect(seated?.rounds.find((x) => x.round === 1)?.table).toEqual(expect.any(String));
    const r = await editNow(ev, [
      { op: 'lock-round', round: 3 },
      { op: 'move', round: 1, menteeId: ev.id_.Ana!, to: 'bye' },
    ]);
    expect(r.status, r.text).toBe(200);
    const told = await waitFor<{ role: string; organizer?: { planRules?: { lockedRounds: number[] } } }>(
      organizer.socket,
      'snapshot:updated',
      (s) => s.organizer?.planRules?.lockedRounds.includes(3) === true,
    );
    expect(told.organizer).toMatchObject({ scheduleVersion: r.body.version, schedule: r.body.schedule });
    // Ana's page: round 1 is a bye now.
    const page = await waitFor<{ me?: { rounds: { round: number; table: string | null }[] } }>(
      ana.socket,
      'snapshot:updated',
    );
    expect(page.me?.rounds.find((x) => x.round === 1)?.table).toBeNull();
  });
});

describe('refusals change nothing', () => {
  it('400: one issue per refused edit, with its path and reason', async () => {
    const ev = await plannedEvent();
    const views = await viewsOf(srv.url, ev);
    const v = await viewOf(ev);
    const zoe = ev.id_.Zoë!;
    const bea = ev.id_.Bea!;
    const r = await send(ev, {
      basedOn: v.scheduleVersion,
      edits: [
        { op: 'lock-round', round: 1 },
        { op: 'pin', menteeId: zoe, mentorId: ev.id_['Alan Kay'] },
        { op: 'move', round: 2, menteeId: bea, to: ev.id_['Alan Kay'] },
        { op: 'unlock-round', round: 2 },
        { op: 'swap', round: 7, a: zoe, b: bea },
      ],
    });
    expect(r.status, r.text).toBe(400);
    expect(errorBodySchema.parse(r.body).error).toEqual({
      code: 'bad_request',
      message: expect.stringMatching(/^edits refused: edits\.1: Zoë avoids Alan Kay; /),
      issues: [
        { path: 'edits.1', message: 'Zoë avoids Alan Kay' },
        { path: 'edits.2', message: 'Bea and Alan Kay are both from Acme' },
        { path: 'edits.3', message: 'round 2 is not locked' },
        { path: 'edits.4', message: 'round 7 is not in the schedule (it has 3 rounds)' },
      ],
    });
    expect(await viewsOf(srv.url, ev)).toEqual(views);
  });

  it('400: a body that is not a list of edits names the field', async () => {
    const ev = await plannedEvent();
    const views = await viewsOf(srv.url, ev);
    for (const [body, path] of [
      [{ basedOn: 1, edits: [] }, 'edits'],
      [{ basedOn: 1, edits: [{ op: 'shuffle', round: 1 }] }, 'edits.0.op'],
      [{ basedOn: 1, edits: [{ op: 'swap', round: 0, a: 'x', b: 'y' }] }, 'edits.0.round'],
      [{ edits: [{ op: 'lock-round', round: 1 }] }, 'basedOn'],
      [{ basedOn: 1, edits: [{ op: 'lock-round', round: 1, extra: true }] }, 'edits.0.extra'],
    ] as const) {
      const r = await send(ev, body);
      expect(r.status, r.text).toBe(400);
      expect(
        r.body.error.issues.map((i: { path: string }) => i.path),
        JSON.stringify(body),
      ).toContain(path);
    }
    expect(await viewsOf(srv.url, ev)).toEqual(views);
  });

  it('409: a stale basedOn says which version the plan is at', async () => {
    const ev = await plannedEvent();
    const v = await viewOf(ev);
    const views = await viewsOf(srv.url, ev);
    const r = await send(ev, { basedOn: v.scheduleVersion - 1, edits: [{ op: 'lock-round', round: 1 }] });
    expect(r.status, r.text).toBe(409);
    expect(r.body.error.message).toBe(
      `the plan changed since you loaded it (version ${v.scheduleVersion} now): reload and edit again`,
    );
    expect(await viewsOf(srv.url, ev)).toEqual(views);
  });

  it('409: a round that has begun; the rounds after it can still be edited', async () => {
    const ev = await plannedEvent();
    await clock(srv.url, ev, { action: 'start' });
    const v = await viewOf(ev);
    const views = await viewsOf(srv.url, ev);
    const [a, b] = twoTables(v.schedule!, 1);
    const r = await send(ev, { basedOn: v.scheduleVersion, edits: [{ op: 'swap', round: 1, a, b }] });
    expect(r.status, r.text).toBe(409);
    expect(r.body.error).toEqual({
      code: 'conflict',
      message: 'edits.0: round 1 has begun: its seating can no longer change',
      issues: [{ path: 'edits.0', message: 'round 1 has begun: its seating can no longer change' }],
    });
    expect(timelessViews(await viewsOf(srv.url, ev))).toEqual(timelessViews(views));
    const [c, d] = twoTables(v.schedule!, 2);
    expect((await send(ev, { basedOn: v.scheduleVersion, edits: [{ op: 'swap', round: 2, a: c, b: d }] })).status).toBe(
      200,
    );
  });

  it('a dry run answers as the edit would and saves nothing', async () => {
    const ev = await plannedEvent();
    const v = await viewOf(ev);
    const views = await viewsOf(srv.url, ev);
    const edits: PlanEdit[] = [
      { op: 'move', round: 1, menteeId: ev.id_.Ana!, to: 'bye' },
      { op: 'lock-round', round: 2 },
    ];
    const dry = await send(ev, { basedOn: v.scheduleVersion, edits, dryRun: true });
    expect(dry.status, dry.text).toBe(200);
    expect(dry.body.version).toBe(v.scheduleVersion);
    expect(placeOf(dry.body.schedule, 1, ev.id_.Ana!)).toBe('bye');
    expect(await viewsOf(srv.url, ev)).toEqual(views);
    const real = await send(ev, { basedOn: v.scheduleVersion, edits });
    expect(real.body).toEqual({ ...dry.body, version: v.scheduleVersion + 1 });
  });

  it('the keys of others are refused (the full matrix is in auth-matrix.test.ts)', async () => {
    const ev = await plannedEvent();
    const other = await createEvent(srv.url);
    const body = { basedOn: (await viewOf(ev)).scheduleVersion, edits: [{ op: 'lock-round', round: 1 }] };
    expect((await send(ev, body, other.key)).status).toBe(403);
    expect((await send(ev, body, ev.projectorKey)).status).toBe(403);
    expect((await viewOf(ev)).planRules!.lockedRounds).toEqual([]);
  });
});

/** The views without the clock's running figures (a started clock moves between reads). */
const timelessViews = (v: unknown) =>
  JSON.parse(JSON.stringify(v, (k, x) => (k === 'remainingMs' || k === 'serverNow' ? undefined : x)));

describe('pins and locks travel in exports and backups', () => {
  it('schedule.csv and schedule.people.csv gain Pinned and Locked columns after the others', async () => {
    const ev = await plannedEvent();
    const plainSheet = (await call(srv.url, 'GET', `/api/events/${ev.id}/schedule.csv`, { key: ev.key })).text;
    const plainRows = (await call(srv.url, 'GET', `/api/events/${ev.id}/schedule.people.csv`, { key: ev.key })).text;
    const ana = ev.id_.Ana!;
    const { schedule } = await viewOf(ev);
    const mentor = placeOf(schedule!, 2, ana)!;
    const r = await editNow(ev, [
      { op: 'pin', menteeId: ana, mentorId: mentor, round: 2 },
      { op: 'lock-round', round: 3 },
    ]);
    expect(r.status, r.text).toBe(200);
    const table = schedule!.mentors.find((m) => m.id === mentor)!.table;
    const sheet = (await call(srv.url, 'GET', `/api/events/${ev.id}/schedule.csv`, { key: ev.key })).text;
    const lines = sheet.split('\r\n');
    const plainLines = plainSheet.split('\r\n');
    expect(lines[0]).toBe(`${plainLines[0]},Pinned meetings,Locked`);
    expect(lines[1]).toBe(`${plainLines[1]},,`);
    expect(lines[2]).toBe(`${plainLines[2]},Ana (${table}),`);
    expect(lines[3]).toBe(`${plainLines[3]},,yes`);
    const rows = (await call(srv.url, 'GET', `/api/events/${ev.id}/schedule.people.csv`, { key: ev.key })).text;
    const cells = rows
      .split('\r\n')
      .filter(Boolean)
      .map((l) => l.split(','));
    const plainCells = plainRows
      .split('\r\n')
      .filter(Boolean)
      .map((l) => l.split(','));
    expect(cells[0]).toEqual([...plainCells[0]!, 'Pinned', 'Locked']);
    expect(cells.map((c) => c.slice(0, -2))).toEqual(plainCells);
    const flagged = cells.slice(1).filter((c) => c.at(-2) === 'yes');
    expect(flagged.map((c) => [c[0], c[1], c[2]])).toEqual([['2', 'Ana', 'mentee']]);
    expect(
      cells
        .slice(1)
        .filter((c) => c.at(-1) === 'yes')
        .every((c) => c[0] === '3'),
    ).toBe(true);
    expect(
      cells
        .slice(1)
        .filter((c) => c[0] === '3')
        .every((c) => c.at(-1) === 'yes'),
    ).toBe(true);
  });

  it('a backup carries them; its import names the new event’s ids', async () => {
    const ev = await plannedEvent();
    const { schedule } = await viewOf(ev);
    const ana = ev.id_.Ana!;
    const mentor = placeOf(schedule!, 1, ana)!;
    const mentorName = schedule!.mentors.find((m) => m.id === mentor)!.name;
    const edited = await editNow(ev, [
      { op: 'pin', menteeId: ana, mentorId: mentor },
      { op: 'lock-round', round: 2 },
    ]);
    expect(edited.status, edited.text).toBe(200);
    const backup = await call(srv.url, 'GET', `/api/events/${ev.id}/backup`, { key: ev.key });
    expect(backup.status).toBe(200);
    expect(backup.body.event.planRules).toMatchObject({
      pins: [{ menteeId: ana, mentorId: mentor }],
      lockedRounds: [2],
    });
    const imported = await call(srv.url, 'POST', '/api/events/import', { body: backup.body });
    expect(imported.status, imported.text).toBe(201);
    const copy = { id: imported.body.event.id as string, key: imported.body.organizerKey as string };
    const view = organizerViewSchema.parse(
      (await call(srv.url, 'GET', `/api/events/${copy.id}`, { key: copy.key })).body,
    );
    const byName = (list: { id: string; name: string }[], name: string) => list.find((p) => p.name === name)!.id;
    const newAna = byName(view.mentees, 'Ana');
    const newMentor = byName(view.mentors, mentorName);
    expect(newAna).not.toBe(ana);
    expect(view.planRules).toEqual({
      pins: [{ menteeId: newAna, mentorId: newMentor }],
      lockedRounds: [2],
      metBeforeCount: 0,
    });
    // And the imported event is edited like any other: the pin holds, the lock refuses a swap.
    const [a, b] = twoTables(view.schedule!, 2);
    const r = await call(srv.url, 'POST', `/api/events/${copy.id}/schedule/edits`, {
      key: copy.key,
      body: { basedOn: view.scheduleVersion, edits: [{ op: 'swap', round: 2, a, b }] },
    });
    expect(r.status, r.text).toBe(400);
    expect(r.body.error.issues).toEqual([{ path: 'edits.0', message: 'round 2 is locked: unlock it first' }]);
  });
});
