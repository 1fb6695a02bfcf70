import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../../../shared/event/domain-error';
import { advanceEvent, runClockCommand } from '../../../../../shared/event/rules/clock';
import { giveFeedback, noteRoundStarts, setSharing } from '../../../../../shared/event/rules/feedback';
import { createEventState, type EventState } from '../../../../../shared/event/state';
import { meetingsView } from '../../../../../shared/event/views/meetings';
import { meetingsAnswerSchema } from '../../../../../shared/protocol/after-talk';
import type { ClockCommandInput } from '../../../../../shared/schemas/clock';
import type { FeedbackBody, SharingBody } from '../../../../../shared/schemas/feedback';
import type { Mentee, Mentor } from '../../../../../shared/schemas/people';

const T0 = Date.UTC(2030, 0, 15, 18, 0);
const ROUND_MS = 600_000;
const CHANGE_MS = 60_000;
const roundAt = (r: number) => T0 + (r - 1) * (ROUND_MS + CHANGE_MS);
const NOW = roundAt(2) + 30_000;

function value<T>(o: Outcome<T>): T {
  if (!o.ok) throw new Error(o.error.message);
  return o.value;
}
function clock(s: EventState, command: ClockCommandInput, at: number): EventState {
  const cmd = { ...command } as Parameters<typeof runClockCommand>[1];
  return noteRoundStarts(value(runClockCommand(noteRoundStarts(s, at), cmd, at)), at);
}
const tick = (s: EventState, at: number) => noteRoundStarts(advanceEvent(noteRoundStarts(s, at), at), at);

const mentor = (id: string, name: string, table: string, email?: string): Mentor => ({
  id,
  name,
  table,
  topics: [],
  attendance: 'present',
  ...(email ? { email } : {}),
});
const mentee = (id: string, name: string, questions: string[], email?: string): Mentee => ({
  id,
  name,
  questions,
  wishes: [],
  avoid: [],
  attendance: 'present',
  ...(email ? { email } : {}),
});

/**
 * Ann (m1, T1) and Bo (m2, T2); mentees Eve (e1), Fay (e2), Gus (e3), each with questions.
 * Round 1: Ann with Eve and Fay (a group table), Bo with Gus. Round 2: Ann with Gus, Bo with
 * Eve; Fay sits out. Round 3: Ann with Fay. Now in round 2.
 */
function event(): EventState {
  const s = createEventState(
    'ev',
    { name: 'Night', roundSeconds: 600, changeoverSeconds: 60, rounds: 3, tableCapacity: 2, breaks: [] },
    T0 - 60_000,
    7,
  );
  const mentors = [mentor('m1', 'Ann', 'T1', 'ann@example.org'), mentor('m2', 'Bo', 'T2')];
  const mentees = [
    mentee('e1', 'Eve', ['Eve asks: how to start?'], 'eve@example.org'),
    mentee('e2', 'Fay', ['Fay asks: which stack?']),
    mentee('e3', 'Gus', ['Gus asks: is it worth it?']),
  ];
  const t = (mentorId: string, ...menteeIds: string[]) => ({ mentorId, menteeIds });
  const schedule = {
    mentors: mentors.map(({ id, name, table }) => ({ id, name, table })),
    mentees: mentees.map(({ id, name }) => ({ id, name })),
    rounds: [
      { round: 1, tables: [t('m1', 'e1', 'e2'), t('m2', 'e3')], byes: [] },
      { round: 2, tables: [t('m1', 'e3'), t('m2', 'e1')], byes: ['e2'] },
      { round: 3, tables: [t('m1', 'e2'), t('m2')], byes: ['e1', 'e3'] },
    ],
  };
  const planned: EventState = { ...s, mentors, mentees, schedule, scheduleVersion: 1 };
  return tick(clock(planned, { action: 'start' }, T0), roundAt(2) + 1000);
}

const give = (s: EventState, who: string, round: number, withId: string, body: FeedbackBody) =>
  value(giveFeedback(s, who, round, withId, body, NOW)).state;
const share = (s: EventState, who: string, body: SharingBody) => value(setSharing(s, who, body));
const view = (s: EventState, id: string) => {
  const v = meetingsView(s, id, NOW);
  if (!v) throw new Error(`no view for ${id}`);
  return meetingsAnswerSchema.parse(v);
};
const about = (s: EventState, viewer: string, withId: string) =>
  view(s, viewer).meetings.find((m) => m.with.id === withId)!;

describe('meetingsView', () => {
  it('lists the begun rounds with their start and table, and nobody unknown', () => {
    const s = event();
    const eve = view(s, 'e1');
    expect(eve.meetings.map((m) => [m.round, m.with.id, m.table, m.startsAt])).toEqual([
      [1, 'm1', 'T1', T0],
      [1, 'e2', 'T1', T0],
      [2, 'm2', 'T2', roundAt(2)],
    ]);
    expect(eve.hasEmail).toBe(true);
    expect(eve.feedbackOpen).toBe(true);
    expect(eve.feedbackClosesAt).toBeNull();
    // Fay sits out round 2; round 3 has not begun.
    expect(view(s, 'e2').meetings.map((m) => `${m.round}:${m.with.id}`)).toEqual(['1:m1', '1:e1']);
    expect(view(s, 'm2').hasEmail).toBe(false);
    expect(meetingsView(s, 'nobody', NOW)).toBeNull();
  });

  it('never shows a one-sided yes to the other person', () => {
    const s = share(
      share(give(event(), 'e1', 1, 'm1', { followUp: true, note: 'ask about Rust' }), 'e1', { share: 'email' }),
      'm1',
      { share: 'email' },
    );
    const ann = about(s, 'm1', 'e1');
    expect(ann).toMatchObject({ mutual: false, contact: null, feedback: null });
    expect(JSON.stringify(view(s, 'm1'))).not.toContain('ask about Rust');
    expect(JSON.stringify(view(s, 'm1'))).not.toContain('eve@example.org');
    // Eve sees her own yes and note, and nothing of Ann's.
    expect(about(s, 'e1', 'm1')).toMatchObject({
      mutual: false,
      contact: null,
      feedback: { rating: null, followUp: true, note: 'ask about Rust' },
    });
    // Ann's "no" (a rating without a yes) does not make it mutual either.
    const rated = give(s, 'm1', 1, 'e1', { rating: 5 });
    expect(about(rated, 'e1', 'm1')).toMatchObject({ mutual: false, contact: null });
    expect(about(rated, 'e1', 'm1').feedback).toEqual({ rating: null, followUp: true, note: 'ask about Rust' });
  });

  it('shows the contact only when mutual, and only what the other chose to share', () => {
    let s = give(event(), 'e1', 1, 'm1', { followUp: true });
    s = share(s, 'm1', { share: 'contact', contact: 'ann on Signal' });
    s = share(s, 'e1', { share: 'email' });
    expect(about(s, 'e1', 'm1').contact).toBeNull();
    s = give(s, 'm1', 1, 'e1', { followUp: true });
    expect(about(s, 'e1', 'm1')).toMatchObject({ mutual: true, contact: 'ann on Signal' });
    expect(about(s, 'm1', 'e1')).toMatchObject({ mutual: true, contact: 'eve@example.org' });
    // Mutual, but sharing nothing: no contact.
    const none = share(s, 'm1', { share: 'none' });
    expect(about(none, 'e1', 'm1')).toMatchObject({ mutual: true, contact: null });
    // Others are not told: Fay, at the same table, sees neither.
    const fay = view(s, 'e2');
    expect(fay.meetings.every((m) => !m.mutual && m.contact === null)).toBe(true);
    expect(JSON.stringify(fay)).not.toContain('ann on Signal');
  });

  it('shows a mentor the questions of the mentees they met; mentees never see each other’s', () => {
    const s = event();
    const ann = view(s, 'm1');
    expect(ann.meetings.map((m) => [m.with.id, m.with.questions])).toEqual([
      ['e1', ['Eve asks: how to start?']],
      ['e2', ['Fay asks: which stack?']],
      ['e3', ['Gus asks: is it worth it?']],
    ]);
    const eve = view(s, 'e1');
    expect(eve.meetings.every((m) => m.with.questions.length === 0)).toBe(true);
    expect(JSON.stringify(eve)).not.toContain('Fay asks');
    expect(JSON.stringify(view(s, 'e2'))).not.toContain('Eve asks');
  });
});
