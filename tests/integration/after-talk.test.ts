/**
 * After the talk (issue 15) over real HTTP and Socket.IO: feedback by socket and by REST,
 * mutual follow-ups revealed to both and one-sided ones to nobody, sharing choices, "your
 * meetings" and its files, the organizer's report (equal to a hand count), the follow-ups
 * export, erasing, and who may call what.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eventReportSchema, feedbackGivenSchema, meetingsAnswerSchema } from '../../shared/protocol/after-talk';
import { call, clock, seedEvent, type SeededEvent } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { closeAll, connect, drain, received, settle, waitFor } from '../support/sockets';

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());
afterEach(() => closeAll());

type Person = SeededEvent['mentors'][number] | SeededEvent['mentees'][number];
const meetings = async (token: string) => {
  const r = await call(srv.url, 'GET', '/api/me/meetings', { key: token });
  expect(r.status, r.text).toBe(200);
  return meetingsAnswerSchema.strict().parse(r.body);
};
const put = (token: string, round: number, withId: string, body: unknown) =>
  call(srv.url, 'PUT', `/api/me/feedback/${round}/${withId}`, { key: token, body });
const share = (token: string, body: unknown) => call(srv.url, 'PUT', '/api/me/sharing', { key: token, body });
const report = async (ev: SeededEvent) => {
  const r = await call(srv.url, 'GET', `/api/events/${ev.id}/report`, { key: ev.key });
  expect(r.status, r.text).toBe(200);
  return eventReportSchema.strict().parse(r.body);
};

/** Started: 2 mentors, 2 mentees, one seat a table, 2 rounds; who sits with whom in round 1. */
async function started() {
  const ev = await seedEvent(srv.url, { mentors: 2, mentees: 2 }, { rounds: 2 });
  await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: 1 } });
  await clock(srv.url, ev, { action: 'start' });
  const view = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
  const table = view.schedule.rounds[0].tables[0] as { mentorId: string; menteeIds: string[] };
  const all: Person[] = [...ev.mentors, ...ev.mentees];
  const byId = (id: string) => all.find((p) => p.id === id)!;
  return { ev, mentor: byId(table.mentorId), mentee: byId(table.menteeIds[0]!) };
}

describe('feedback and mutual follow-ups', () => {
  it('two yeses are mutual: both see the other contact they chose to share, by answer and by push', async () => {
    const { mentor, mentee } = await started();
    const menteePhone = await connect(srv.url, mentee.token);
    const mentorPhone = await connect(srv.url, mentor.token);
    expect((await share(mentee.token, { share: 'contact', contact: 'cy@example.org' })).status).toBe(200);
    expect((await share(mentor.token, { share: 'contact', contact: 'linkedin.com/in/ann' })).status).toBe(200);
    // Each got their own sharing choice pushed; from here on only what the other does counts.
    await waitFor(mentorPhone.socket, 'meetings:updated', () => true);
    await settle();
    drain(mentorPhone.socket);

    const first = await menteePhone.socket.emitWithAck('feedback:give', {
      round: 1,
      withId: mentor.id,
      rating: 5,
      followUp: true,
    });
    expect(first).toEqual({ ok: true, data: { feedback: { rating: 5, followUp: true, note: '' }, mutual: false } });
    // One-sided so far: the mentor's meetings show nothing of it, and no push reached them.
    await settle();
    expect(received(mentorPhone.socket, 'meetings:updated')).toEqual([]);
    const mentorSees = await meetings(mentor.token);
    expect(mentorSees.meetings).toEqual([
      expect.objectContaining({
        round: 1,
        with: expect.objectContaining({ id: mentee.id }),
        mutual: false,
        contact: null,
      }),
    ]);
    expect(JSON.stringify(mentorSees)).not.toContain('cy@example.org');

    const second = await mentorPhone.socket.emitWithAck('feedback:give', {
      round: 1,
      withId: mentee.id,
      followUp: true,
      note: 'Asked about pricing',
    });
    expect(second.ok && feedbackGivenSchema.parse(second.data).mutual).toBe(true);
    const pushed = await waitFor<{ meetings: { mutual: boolean; contact: string | null }[] }>(
      menteePhone.socket,
      'meetings:updated',
      (m) => m.meetings.some((x) => x.mutual),
    );
    expect(pushed.meetings[0]).toMatchObject({ mutual: true, contact: 'linkedin.com/in/ann' });
    expect((await meetings(mentor.token)).meetings[0]).toMatchObject({
      mutual: true,
      contact: 'cy@example.org',
      feedback: { rating: null, followUp: true, note: 'Asked about pricing' },
      // A mentor sees the questions of the mentee they met.
      with: { id: mentee.id, role: 'mentee', questions: 'questions' in mentee ? mentee.questions : [] },
    });
    // The mentee's own note and rating stay theirs: the mentor's answer never carries them.
    expect(JSON.stringify(await meetings(mentor.token))).not.toMatch(/"rating":5/);
  });

  it('the REST twin, idempotent; refusals say why and change nothing', async () => {
    const { ev, mentor, mentee } = await started();
    const a = await put(mentee.token, 1, mentor.id, { rating: 3, note: 'Good' });
    expect(a.status, a.text).toBe(200);
    expect(a.body).toEqual({ feedback: { rating: 3, followUp: false, note: 'Good' }, mutual: false });
    expect((await put(mentee.token, 1, mentor.id, { rating: 3, note: 'Good' })).body).toEqual(a.body);
    const other = ev.mentors.find((m) => m.id !== mentor.id)!;
    const notMet = await put(mentee.token, 1, other.id, { rating: 1 });
    expect(notMet.status).toBe(404);
    expect(notMet.body.error.message).toBe(`you did not sit with ${other.name} in round 1`);
    const notYet = await put(mentee.token, 2, other.id, { rating: 1 });
    expect([404, 409]).toContain(notYet.status);
    const bad = await put(mentee.token, 1, mentor.id, { rating: 6, note: 'x'.repeat(1001) });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['note', 'rating']);
    const badRound = await put(mentee.token, 0, mentor.id, { rating: 1 });
    expect(badRound.status).toBe(400);
    expect((await meetings(mentee.token)).meetings[0]!.feedback).toEqual({ rating: 3, followUp: false, note: 'Good' });
  });

  it('sharing: nothing by default, e-mail only when the import has one, a contact line needs its text', async () => {
    const { mentee } = await started();
    expect((await meetings(mentee.token)).sharing).toEqual({ share: 'none', contact: null });
    const noMail = await share(mentee.token, { share: 'email' });
    expect(noMail.status).toBe(400);
    expect(noMail.body.error.message).toMatch(/no e-mail address for you/);
    expect((await share(mentee.token, { share: 'contact' })).status).toBe(400);
    expect((await share(mentee.token, { share: 'contact', contact: 'me@x.org' })).body).toEqual({
      sharing: { share: 'contact', contact: 'me@x.org' },
    });
  });
});

describe('who may read and write it', () => {
  it('organizer and projector keys cannot use the personal calls; people cannot read the report', async () => {
    const { ev, mentor, mentee } = await started();
    for (const key of [ev.key, ev.projectorKey]) {
      expect((await call(srv.url, 'GET', '/api/me/meetings', { key })).status).toBe(403);
      expect((await put(key, 1, mentor.id, { rating: 1 })).status).toBe(403);
      expect((await share(key, { share: 'none' })).status).toBe(403);
    }
    for (const key of [mentee.token, mentor.token, ev.projectorKey]) {
      expect((await call(srv.url, 'GET', `/api/events/${ev.id}/report`, { key })).status).toBe(403);
      expect((await call(srv.url, 'GET', `/api/events/${ev.id}/export/follow-ups.csv`, { key })).status).toBe(403);
      expect((await call(srv.url, 'DELETE', `/api/events/${ev.id}/feedback`, { key })).status).toBe(403);
    }
    expect((await call(srv.url, 'GET', '/api/me/meetings', { key: null })).status).toBe(401);
  });

  it("a one-sided yes reaches nobody: not the other's meetings, the report, the follow-ups file", async () => {
    const { ev, mentor, mentee } = await started();
    await share(mentee.token, { share: 'contact', contact: 'secret-contact@example.org' });
    await put(mentee.token, 1, mentor.id, { followUp: true, note: 'private words' });
    const seenByOthers = [
      JSON.stringify(await meetings(mentor.token)),
      JSON.stringify(await report(ev)),
      (await call(srv.url, 'GET', `/api/events/${ev.id}/export/follow-ups.csv`, { key: ev.key })).text,
      (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).text,
      (await call(srv.url, 'GET', '/api/projector', { key: ev.projectorKey })).text,
    ];
    for (const text of seenByOthers) {
      expect(text).not.toContain('secret-contact@example.org');
      expect(text).not.toContain('private words');
    }
    expect((await report(ev)).followUps).toEqual({ given: 1, mutual: 0 });
  });
});

describe('the report, the follow-ups file, erasing', () => {
  it('counts what a hand count of a scripted event gives', async () => {
    const ev = await seedEvent(srv.url, { mentors: 3, mentees: 6 }, { rounds: 3, tableCapacity: 2 });
    await call(srv.url, 'POST', `/api/events/${ev.id}/schedule`, { key: ev.key, body: { seed: 5 } });
    await clock(srv.url, ev, { action: 'start' });
    const view = (await call(srv.url, 'GET', `/api/events/${ev.id}`, { key: ev.key })).body;
    const rounds = view.schedule.rounds as { tables: { mentorId: string; menteeIds: string[] }[] }[];
    const planned = rounds.map((r) => r.tables.reduce((n, t) => n + t.menteeIds.length, 0));
    const tokenOf = (id: string) => [...ev.mentors, ...ev.mentees].find((p) => p.id === id)!.token;
    // Round 1: every mentee rates their mentor; ratings 1..5 cycling; the first mentor's pair says yes both ways.
    const t = rounds[0]!.tables;
    let k = 0;
    for (const table of t)
      for (const id of table.menteeIds)
        expect((await put(tokenOf(id), 1, table.mentorId, { rating: (k++ % 5) + 1 })).status).toBe(200);
    const [m0, e0] = [t[0]!.mentorId, t[0]!.menteeIds[0]!];
    await put(tokenOf(e0), 1, m0, { followUp: true });
    await put(tokenOf(m0), 1, e0, { followUp: true });
    const r = await report(ev);
    expect(r.meetingsPlanned).toBe(planned.reduce((a, b) => a + b, 0));
    expect(r.perRound.map((x) => x.planned)).toEqual(planned);
    expect(r.perRound.map((x) => x.held)).toEqual([planned[0], 0, 0]);
    expect(r.meetingsHeld).toBe(planned[0]);
    expect(r.noShows).toBe(0);
    expect(r.ratings.count).toBe(k);
    const histogram = [0, 0, 0, 0, 0];
    for (let i = 0; i < k; i++) histogram[i % 5]!++;
    expect(r.ratings.histogram).toEqual(histogram);
    expect(r.followUps).toEqual({ given: 2, mutual: 1 });
    // Fewer than 3 ratings: no mean for that mentor.
    for (const m of r.perMentor) if (m.ratingCount < 3) expect(m.ratingMean).toBeNull();

    const csv = (await call(srv.url, 'GET', `/api/events/${ev.id}/export/follow-ups.csv`, { key: ev.key })).text;
    expect(csv.trim().split(/\r?\n/)).toHaveLength(2); // the header and the one mutual pair

    expect((await call(srv.url, 'DELETE', `/api/events/${ev.id}/feedback`, { key: ev.key })).status).toBe(204);
    const after = await report(ev);
    expect(after.ratings.count).toBe(0);
    expect(after.followUps).toEqual({ given: 0, mutual: 0 });
    expect((await meetings(tokenOf(e0))).meetings[0]!.feedback).toBeNull();
  });

  it('backups carry feedback only when asked; an import of such a file starts over without it', async () => {
    const { ev, mentor, mentee } = await started();
    await put(mentee.token, 1, mentor.id, { rating: 2, note: 'archived note' });
    const plain = await call(srv.url, 'GET', `/api/events/${ev.id}/backup`, { key: ev.key });
    expect(plain.text).not.toContain('archived note');
    expect(plain.body.event.feedback).toBeUndefined();
    const full = await call(srv.url, 'GET', `/api/events/${ev.id}/backup?feedback=1`, { key: ev.key });
    expect(full.body.event.feedback).toEqual([
      expect.objectContaining({ personId: mentee.id, given: [expect.objectContaining({ note: 'archived note' })] }),
    ]);
    expect(Object.keys(full.body.event.roundStarts)).toEqual(['1']);
    const imported = await call(srv.url, 'POST', '/api/events/import', { body: full.body });
    expect(imported.status, imported.text).toBe(201);
    const again = await call(srv.url, 'GET', `/api/events/${imported.body.event.id}/report`, {
      key: imported.body.organizerKey,
    });
    expect(again.body.ratings.count).toBe(0);
  });

  it('"your meetings" after the end, as .ics and .csv files', async () => {
    const { ev, mentor, mentee } = await started();
    await put(mentee.token, 1, mentor.id, { rating: 4, note: '=HYPERLINK("x")' });
    await clock(srv.url, ev, { action: 'end' });
    const answer = await meetings(mentee.token);
    expect(answer.feedbackOpen).toBe(true);
    expect(answer.feedbackClosesAt).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);
    expect(answer.meetings).toHaveLength(1);
    expect(answer.meetings[0]!.startsAt).toBeLessThanOrEqual(Date.now());
    const ics = await call(srv.url, 'GET', '/api/me/meetings.ics', { key: mentee.token });
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(ics.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics.text).toContain(mentor.name);
    const csv = await call(srv.url, 'GET', '/api/me/meetings.csv', { key: mentee.token });
    expect(csv.status).toBe(200);
    expect(csv.text).toContain(mentor.name);
    expect(csv.text).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});
