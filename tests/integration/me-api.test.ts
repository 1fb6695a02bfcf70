import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meViewSchema, projectorViewSchema, type MeView } from '../../shared/protocol/views';
import { call, clock, seedEvent, type SeededEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';

let srv: TestServer;
let ev: SeededEvent;
const me = async (token: string): Promise<MeView> => {
  const r = await call(srv.url, 'GET', '/api/me', { key: token });
  expect(r.status, r.text).toBe(200);
  return meViewSchema.parse(r.body);
};

beforeAll(async () => {
  srv = await startServer();
  // 3 mentors, 6 mentees, two per table, 3 rounds: everyone is seated every round.
  ev = await seedEvent(srv.url, { mentors: 3, mentees: 6 }, { tableCapacity: 2, rounds: 3 });
  await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: {} });
});
afterAll(() => srv.close());

describe('GET /api/me', () => {
  it("a mentee sees where they are now and next, their whole schedule, and no one else's questions", async () => {
    const view = await me(ev.mentees[0]!.token);
    expect(view).toMatchObject({
      role: 'mentee',
      person: { id: ev.mentees[0]!.id, name: 'Mentee 1', questions: ['Q1 of mentee 1', 'Q2 of mentee 1'] },
      event: { name: 'Spring mentoring', rounds: 3 },
    });
    expect(view.rounds.map((r) => r.round)).toEqual([1, 2, 3]);
    // Before the start, "now" is round 1 (where to go first) and "next" round 2.
    expect(view.now?.round).toBe(1);
    expect(view.next?.round).toBe(2);
    expect(view.now?.mentorName).toMatch(/^Mentor \d$/);
    expect(view.now?.table).toMatch(/^T\d$/);
    const text = JSON.stringify(view);
    for (let i = 2; i <= 6; i++) expect(text).not.toContain(`of mentee ${i}`);
    for (const r of view.rounds) for (const m of r.mentees) expect(m.questions).toBeUndefined();
    expect(text).not.toContain(ev.mentees[1]!.token);
  });

  it('a mentor sees the questions of the mentees now and next only', async () => {
    const view = await me(ev.mentors[0]!.token);
    expect(view).toMatchObject({ role: 'mentor', person: { name: 'Mentor 1', table: 'T1', topics: ['topic 1'] } });
    const withQuestions = view.rounds
      .filter((r) => r.mentees.some((m) => m.questions !== undefined))
      .map((r) => r.round);
    expect(withQuestions).toEqual([1, 2]);
    expect(view.now!.mentees.length).toBeGreaterThan(0);
    for (const m of view.now!.mentees)
      expect(m.questions).toEqual([`Q1 of ${m.name.toLowerCase()}`, `Q2 of ${m.name.toLowerCase()}`]);
  });
});

describe('GET /api/me: who the mentee meets', () => {
  it("each round carries its mentor's topics and bio (if any); a mentor's own rounds carry none", async () => {
    const bio = 'Rear admiral.\nWrote the first compiler.';
    const patched = await call(srv.url, 'PATCH', `/api/events/${ev.id}/people/${ev.mentors[0]!.id}`, {
      key: ev.key,
      body: { bio },
    });
    expect(patched.status, patched.text).toBe(200);
    const view = await me(ev.mentees[0]!.token);
    const withMentor1 = view.rounds.filter((r) => r.mentorId === ev.mentors[0]!.id);
    expect(withMentor1.length).toBeGreaterThan(0);
    for (const r of view.rounds) {
      const mine = r.mentorId === ev.mentors[0]!.id;
      expect(r.mentorBio, `round ${r.round}`).toBe(mine ? bio : undefined);
      expect(r.topics).toEqual([`topic ${ev.mentors.findIndex((m) => m.id === r.mentorId) + 1}`]);
    }
    const mentor = await me(ev.mentors[0]!.token);
    expect(mentor.person.bio).toBe(bio);
    for (const r of mentor.rounds) expect(r.mentorBio).toBeUndefined();
  });
});

describe('PUT /api/me/questions', () => {
  it("replaces a mentee's questions; the mentor meeting them sees the change", async () => {
    const mentee = ev.mentees[0]!;
    const r = await call(srv.url, 'PUT', '/api/me/questions', {
      key: mentee.token,
      body: { questions: [' Trimmed? ', 'Zoë 李雷 عمر'] },
    });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ questions: ['Trimmed?', 'Zoë 李雷 عمر'] });
    expect((await me(mentee.token)).person.questions).toEqual(['Trimmed?', 'Zoë 李雷 عمر']);
    const mentorId = (await me(mentee.token)).now!.mentorId!;
    const mentor = ev.mentors.find((m) => m.id === mentorId)!;
    const seen = (await me(mentor.token)).now!.mentees.find((m) => m.id === mentee.id);
    expect(seen?.questions).toEqual(['Trimmed?', 'Zoë 李雷 عمر']);
  });

  it('400 for bad questions', async () => {
    for (const body of [
      { questions: 'one' },
      { questions: [''] },
      { questions: ['x'.repeat(501)] },
      { questions: Array(31).fill('q') },
      {},
    ]) {
      const r = await call(srv.url, 'PUT', '/api/me/questions', { key: ev.mentees[1]!.token, body });
      expect(r.status, JSON.stringify(body).slice(0, 40)).toBe(400);
    }
  });
});

describe('GET /api/projector', () => {
  it('shows names, tables and the clock, nothing else', async () => {
    const r = await call(srv.url, 'GET', '/api/projector', { key: ev.projectorKey });
    expect(r.status).toBe(200);
    const view = projectorViewSchema.parse(r.body);
    expect(view.tables.map((t) => t.table)).toEqual(['T1', 'T2', 'T3']);
    expect(view.mentees).toHaveLength(6);
    expect(view.rounds).toHaveLength(3);
    // The phase lengths, so the big screen can run the clock on after a missed broadcast.
    const settings = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body.event;
    expect(view.event).toEqual({
      id: ev.id,
      name: settings.name,
      rounds: 3,
      roundSeconds: settings.roundSeconds,
      changeoverSeconds: settings.changeoverSeconds,
      breaks: settings.breaks,
    });
    expect(r.text).not.toMatch(/of mentee|topic|token|questions|wishes/);
  });
});

describe('after the start and the end', () => {
  it('now/next follow the clock; questions are frozen at the end', async () => {
    await clock(srv.url, ev, { action: 'start' });
    await clock(srv.url, ev, { action: 'skip', expectedPhase: 0 });
    const inChangeover = await me(ev.mentees[2]!.token);
    expect(inChangeover.clock.phase).toMatchObject({ kind: 'changeover', round: 2 });
    expect(inChangeover.now?.round).toBe(2);
    expect(inChangeover.next?.round).toBe(3);
    const mentor = await me(ev.mentors[1]!.token);
    expect(mentor.rounds.filter((r) => r.mentees.some((m) => m.questions)).map((r) => r.round)).toEqual([2, 3]);
    await clock(srv.url, ev, { action: 'end' });
    const done = await me(ev.mentees[2]!.token);
    expect(done.now).toBeNull();
    expect(done.next).toBeNull();
    const r = await call(srv.url, 'PUT', '/api/me/questions', {
      key: ev.mentees[2]!.token,
      body: { questions: ['late'] },
    });
    expect(r.status).toBe(409);
  });
});
