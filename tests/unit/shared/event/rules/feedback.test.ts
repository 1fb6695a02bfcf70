import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../../../shared/event/domain-error';
import {
  advanceEvent,
  resetClockCommand,
  runClockCommand,
  undoClockCommand,
} from '../../../../../shared/event/rules/clock';
import {
  FEEDBACK_OPEN_AFTER_END_MS,
  feedbackClosesAt,
  giveFeedback,
  isMutual,
  meetingsOf,
  noteRoundStarts,
  roundBegun,
  setSharing,
  sharedContact,
} from '../../../../../shared/event/rules/feedback';
import { planSchedule } from '../../../../../shared/event/rules/schedule';
import { createEventState, type EventState } from '../../../../../shared/event/state';
import type { ClockCommandInput } from '../../../../../shared/schemas/clock';
import type { Mentee, Mentor } from '../../../../../shared/schemas/people';
import type { RoundSeating } from '../../../../../shared/schemas/schedule';
import type { Break } from '../../../../../shared/schemas/settings';

const T0 = Date.UTC(2030, 0, 15, 18, 0);
const ROUND_MS = 600_000;
const CHANGE_MS = 60_000;
/** When round `r`'s talk begins on an undisturbed timeline without breaks. */
const roundAt = (r: number) => T0 + (r - 1) * (ROUND_MS + CHANGE_MS);

function value<T>(o: Outcome<T>): T {
  if (!o.ok) throw new Error(o.error.message);
  return o.value;
}

/** A clock command as `apply` runs it: round starts noted before and after. */
function clock(s: EventState, command: ClockCommandInput, at: number): EventState {
  const cmd = { ...command } as Parameters<typeof runClockCommand>[1];
  return noteRoundStarts(value(runClockCommand(noteRoundStarts(s, at), cmd, at)), at);
}
/** The clock runner's `clock.advance` at `at`, as `apply` runs it. */
const tick = (s: EventState, at: number) => noteRoundStarts(advanceEvent(noteRoundStarts(s, at), at), at);

const mentor = (id: string, name: string, table: string, extra: Partial<Mentor> = {}): Mentor => ({
  id,
  name,
  table,
  topics: [],
  attendance: 'present',
  ...extra,
});
const mentee = (id: string, name: string, extra: Partial<Mentee> = {}): Mentee => ({
  id,
  name,
  questions: [],
  wishes: [],
  avoid: [],
  attendance: 'present',
  ...extra,
});
const table = (mentorId: string, ...menteeIds: string[]) => ({ mentorId, menteeIds });

/**
 * Ann (m1, T1), Bo (m2, T2), Cal (m3, T3, absent); mentees Eve … Jo (e1 … e6), Ivy (e5) absent.
 * Round 1: T1 a group table of e1 and e2; e4 sits out. Round 3: e1 sits out.
 */
const ROUNDS: RoundSeating[] = [
  { round: 1, tables: [table('m1', 'e1', 'e2'), table('m2', 'e3', 'e5'), table('m3', 'e6')], byes: ['e4'] },
  { round: 2, tables: [table('m1', 'e3', 'e4'), table('m2', 'e1', 'e6')], byes: ['e2', 'e5'] },
  { round: 3, tables: [table('m1', 'e5'), table('m2', 'e2', 'e4')], byes: ['e1', 'e3', 'e6'] },
  { round: 4, tables: [table('m1', 'e1'), table('m2', 'e3')], byes: ['e2', 'e4', 'e5', 'e6'] },
];

function handMade(opts: { breaks?: Break[]; feedbackClosesAt?: number } = {}): EventState {
  const s = createEventState(
    'ev',
    {
      name: 'Night',
      roundSeconds: ROUND_MS / 1000,
      changeoverSeconds: CHANGE_MS / 1000,
      rounds: 4,
      tableCapacity: 3,
      breaks: opts.breaks ?? [],
      ...(opts.feedbackClosesAt !== undefined ? { feedbackClosesAt: opts.feedbackClosesAt } : {}),
    },
    T0 - 60_000,
    7,
  );
  const mentors = [
    mentor('m1', 'Ann', 'T1', { email: 'ann@example.org' }),
    mentor('m2', 'Bo', 'T2'),
    mentor('m3', 'Cal', 'T3', { attendance: 'absent' }),
  ];
  const mentees = [
    mentee('e1', 'Eve', { questions: ['How do I start?'], email: 'eve@example.org' }),
    mentee('e2', 'Fay'),
    mentee('e3', 'Gus'),
    mentee('e4', 'Hal'),
    mentee('e5', 'Ivy', { attendance: 'absent' }),
    mentee('e6', 'Jo'),
  ];
  const schedule = {
    mentors: mentors.map(({ id, name, table }) => ({ id, name, table })),
    mentees: mentees.map(({ id, name }) => ({ id, name })),
    rounds: ROUNDS,
  };
  return { ...s, mentors, mentees, schedule, scheduleVersion: 1 };
}

/** Started at T0, now in round 2's meeting. */
const inRound2 = () => tick(clock(handMade(), { action: 'start' }, T0), roundAt(2) + 1000);

const pairs = (s: EventState, id: string) => meetingsOf(s, id).map((m) => `${m.round}:${m.withId}/${m.mentorId}`);

describe('meetingsOf', () => {
  it('lists the mentor and the table-mates of a group table, and skips a bye', () => {
    const s = handMade();
    expect(pairs(s, 'e1')).toEqual(['1:m1/m1', '1:e2/m1', '2:m2/m2', '2:e6/m2', '4:m1/m1']);
    expect(meetingsOf(s, 'e1')[1]).toEqual({ round: 1, withId: 'e2', withRole: 'mentee', mentorId: 'm1' });
    expect(pairs(s, 'e4')).toEqual(['2:m1/m1', '2:e3/m1', '3:m2/m2', '3:e2/m2']);
    expect(pairs(s, 'm1')).toEqual(['1:e1/m1', '1:e2/m1', '2:e3/m1', '2:e4/m1', '4:e1/m1']);
  });

  it('gives a no-show no meetings and leaves them out of everyone else’s', () => {
    const s = handMade();
    expect(meetingsOf(s, 'e5')).toEqual([]);
    expect(meetingsOf(s, 'm3')).toEqual([]);
    // e3 shared round 1's table with the absent e5; e6 sat at the absent mentor's table.
    expect(pairs(s, 'e3')).toEqual(['1:m2/m2', '2:m1/m1', '2:e4/m1', '4:m2/m2']);
    expect(pairs(s, 'e6')).toEqual(['2:m2/m2', '2:e1/m2']);
    expect(pairs(s, 'm2')).toEqual(['1:e3/m2', '2:e1/m2', '2:e6/m2', '3:e2/m2', '3:e4/m2', '4:e3/m2']);
  });

  it('follows the schedule as it is now (a replanned seat), and knows nothing without one', () => {
    const s = handMade();
    const rounds = s.schedule!.rounds.map((r) =>
      r.round === 3 ? { ...r, tables: [table('m1', 'e2'), table('m2', 'e5', 'e4')] } : r,
    );
    const moved = { ...s, schedule: { ...s.schedule!, rounds } };
    expect(pairs(moved, 'e2')).toEqual(['1:m1/m1', '1:e1/m1', '3:m1/m1']);
    expect(pairs(moved, 'e4').filter((p) => p.startsWith('3:'))).toEqual(['3:m2/m2']);
    expect(meetingsOf({ ...s, schedule: null }, 'e1')).toEqual([]);
  });

  it('keeps the seats of begun rounds through a real replan and follows the new ones after', () => {
    const base = createEventState(
      'ev',
      { name: 'Night', roundSeconds: 600, changeoverSeconds: 60, rounds: 5, tableCapacity: 3, breaks: [] },
      T0,
      7,
    );
    const mentors = Array.from({ length: 6 }, (_, i) => mentor(`t${i}`, `Mentor ${i}`, `T${i + 1}`));
    const mentees = Array.from({ length: 20 }, (_, i) => mentee(`e${i}`, `Mentee ${i}`));
    const planned = value(planSchedule({ ...base, mentors, mentees }, T0));
    const running = clock(planned, { action: 'start' }, T0);
    const replanned = value(planSchedule(running, T0 + 1000, 99));
    expect(replanned.schedule).not.toEqual(running.schedule);
    for (const p of mentees) {
      const before = meetingsOf(running, p.id).filter((m) => m.round === 1);
      expect(meetingsOf(replanned, p.id).filter((m) => m.round === 1)).toEqual(before);
      const seatedWith = replanned
        .schedule!.rounds.flatMap((r) => r.tables.filter((t) => t.menteeIds.includes(p.id)).map((t) => t.mentorId))
        .sort();
      const mentorMeetings = meetingsOf(replanned, p.id).filter((m) => m.withRole === 'mentor');
      expect(mentorMeetings.map((m) => m.withId).sort()).toEqual(seatedWith);
    }
  });
});

describe('roundBegun', () => {
  it('follows the clock while it runs and the noted starts after the end', () => {
    const idle = handMade();
    expect(roundBegun(idle, 1)).toBe(false);
    const s = inRound2();
    expect([1, 2, 3, 4].map((r) => roundBegun(s, r))).toEqual([true, true, false, false]);
    const ended = clock(s, { action: 'end' }, roundAt(2) + 5000);
    expect([1, 2, 3, 4].map((r) => roundBegun(ended, r))).toEqual([true, true, false, false]);
    // Ended without a start: nothing began.
    expect(roundBegun(clock(idle, { action: 'end' }, T0), 1)).toBe(false);
  });
});

describe('giveFeedback', () => {
  it('refuses a person one did not sit with, and a no-show', () => {
    const s = inRound2();
    const r = giveFeedback(s, 'e1', 1, 'm2', { rating: 5 }, roundAt(2) + 2000);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('not_found');
      expect(r.error.message).toBe('you did not sit with Bo in round 1');
    }
    const bye = giveFeedback(s, 'e4', 1, 'm1', { rating: 5 }, roundAt(2) + 2000);
    expect(!bye.ok && bye.error.code).toBe('not_found');
    const gone = giveFeedback(s, 'e5', 1, 'm2', { rating: 5 }, roundAt(2) + 2000);
    expect(!gone.ok && gone.error.message).toMatch(/marked as not here/);
    // Nobody met the no-show either.
    const about = giveFeedback(s, 'm2', 1, 'e5', { rating: 1 }, roundAt(2) + 2000);
    expect(!about.ok && about.error.code).toBe('not_found');
  });

  it('refuses a round that has not begun', () => {
    const s = inRound2();
    const r = giveFeedback(s, 'e1', 4, 'm1', { rating: 4 }, roundAt(2) + 2000);
    expect(!r.ok && r.error.code).toBe('conflict');
    expect(!r.ok && r.error.message).toBe('round 4 has not begun yet');
    const ended = clock(s, { action: 'end' }, roundAt(2) + 5000);
    const after = giveFeedback(ended, 'e1', 4, 'm1', { rating: 4 }, roundAt(2) + 9000);
    expect(!after.ok && after.error.message).toBe('round 4 has not begun yet');
    expect(giveFeedback(ended, 'e1', 2, 'm2', { rating: 4 }, roundAt(2) + 9000).ok).toBe(true);
  });

  it('refuses once feedback closed: the organizer’s date, else 7 days after the end', () => {
    const endAt = roundAt(2) + 5000;
    const ended = clock(inRound2(), { action: 'end' }, endAt);
    expect(feedbackClosesAt(ended)).toBe(endAt + FEEDBACK_OPEN_AFTER_END_MS);
    expect(giveFeedback(ended, 'e1', 1, 'm1', { rating: 3 }, endAt + FEEDBACK_OPEN_AFTER_END_MS - 1).ok).toBe(true);
    const late = giveFeedback(ended, 'e1', 1, 'm1', { rating: 3 }, endAt + FEEDBACK_OPEN_AFTER_END_MS);
    expect(!late.ok && late.error).toEqual({
      code: 'conflict',
      message: 'feedback for this event has closed',
      reason: 'feedbackClosed',
    });

    const closesAt = roundAt(2) + 3000;
    const set = tick(clock(handMade({ feedbackClosesAt: closesAt }), { action: 'start' }, T0), roundAt(2) + 1000);
    expect(giveFeedback(set, 'e1', 1, 'm1', { rating: 3 }, closesAt - 1).ok).toBe(true);
    const shut = giveFeedback(set, 'e1', 1, 'm1', { rating: 3 }, closesAt);
    expect(!shut.ok && shut.error.code).toBe('conflict');
  });

  it('merges the fields sent, and the same body twice gives back the same state', () => {
    const s = inRound2();
    const at = roundAt(2) + 2000;
    const first = value(giveFeedback(s, 'e1', 1, 'm1', { rating: 4 }, at));
    expect(first.entry).toEqual({ round: 1, withId: 'm1', rating: 4, followUp: false, note: '', at });
    expect(s.feedback).toEqual({}); // the input is left alone
    const again = value(giveFeedback(first.state, 'e1', 1, 'm1', { rating: 4 }, at + 5000));
    expect(again.state).toBe(first.state);
    expect(again.entry).toBe(first.entry);
    const yes = value(giveFeedback(first.state, 'e1', 1, 'm1', { followUp: true, note: 'call' }, at + 1));
    expect(yes.entry).toEqual({ round: 1, withId: 'm1', rating: 4, followUp: true, note: 'call', at: at + 1 });
    expect(yes.state.feedback.e1!.given).toHaveLength(1);
    expect(value(giveFeedback(yes.state, 'e1', 1, 'm1', { followUp: true }, at + 2)).state).toBe(yes.state);
    const back = value(giveFeedback(yes.state, 'e1', 1, 'm1', { rating: null }, at + 3));
    expect(back.entry.rating).toBeNull();
    expect(back.entry.followUp).toBe(true);
    // Another meeting is another entry; other people's entries are the same objects.
    const other = value(giveFeedback(back.state, 'e1', 1, 'e2', { rating: 2 }, at + 4));
    expect(other.state.feedback.e1!.given.map((e) => e.withId)).toEqual(['m1', 'e2']);
  });
});

describe('isMutual', () => {
  it('is true only when both said yes, in any round they met', () => {
    const at = roundAt(2) + 2000;
    let s = inRound2();
    s = value(giveFeedback(s, 'e1', 1, 'm1', { followUp: true }, at)).state;
    expect(isMutual(s, 'e1', 'm1')).toBe(false);
    expect(isMutual(s, 'm1', 'e1')).toBe(false);
    s = value(giveFeedback(s, 'm1', 1, 'e1', { followUp: false, rating: 5 }, at)).state;
    expect(isMutual(s, 'e1', 'm1')).toBe(false);
    s = value(giveFeedback(s, 'm1', 1, 'e1', { followUp: true }, at)).state;
    expect(isMutual(s, 'e1', 'm1')).toBe(true);
    expect(isMutual(s, 'm1', 'e1')).toBe(true);
    // A yes taken back ends it.
    s = value(giveFeedback(s, 'e1', 1, 'm1', { followUp: false }, at)).state;
    expect(isMutual(s, 'm1', 'e1')).toBe(false);
  });
});

describe('setSharing and sharedContact', () => {
  it('refuses the e-mail of someone who has none; shares it or a contact line otherwise', () => {
    const s = handMade();
    const r = setSharing(s, 'm2', { share: 'email' });
    expect(!r.ok && r.error.code).toBe('invalid');
    expect(!r.ok && r.error.issues).toEqual([{ path: 'share', message: 'no e-mail address on file' }]);
    const email = value(setSharing(s, 'm1', { share: 'email' }));
    expect(email.feedback.m1!.sharing).toEqual({ share: 'email', contact: null });
    expect(sharedContact(email, 'm1')).toBe('ann@example.org');
    const line = value(setSharing(email, 'm2', { share: 'contact', contact: 'bo.example on Signal' }));
    expect(sharedContact(line, 'm2')).toBe('bo.example on Signal');
    expect(value(setSharing(line, 'm2', { share: 'contact', contact: 'bo.example on Signal' }))).toBe(line);
    // Nothing chosen, or 'none': nothing shared.
    expect(sharedContact(s, 'm1')).toBeNull();
    expect(sharedContact(value(setSharing(line, 'm1', { share: 'none' })), 'm1')).toBeNull();
    expect(value(setSharing(s, 'e2', { share: 'none' }))).toBe(s);
    const gone = setSharing(s, 'nobody', { share: 'none' });
    expect(!gone.ok && gone.error.code).toBe('not_found');
  });
});

describe('noteRoundStarts', () => {
  it('records round 1 at the start and nothing new while nothing passes', () => {
    const s = clock(handMade(), { action: 'start' }, T0);
    expect(s.roundStarts).toEqual({ '1': T0 });
    expect(noteRoundStarts(s, T0 + 5000)).toBe(s);
  });

  it('records the rounds whose boundaries passed unseen, at their exact times', () => {
    const started = clock(handMade(), { action: 'start' }, T0);
    // The server saw nothing between the start and round 3 (it was down): the clock is still in phase 0.
    const late = roundAt(3) + 42_000;
    const noted = noteRoundStarts(started, late);
    expect(noted.clock).toBe(started.clock);
    expect(noted.roundStarts).toEqual({ '1': T0, '2': roundAt(2), '3': roundAt(3) });
    expect(tick(started, late).roundStarts).toEqual(noted.roundStarts);
    // Running into the end: every round is recorded, and the clock is finished.
    const over = tick(started, roundAt(4) + ROUND_MS + 1);
    expect(over.clock.status).toBe('finished');
    expect(over.roundStarts).toEqual({ '1': T0, '2': roundAt(2), '3': roundAt(3), '4': roundAt(4) });
  });

  it('counts breaks and skips: a round starts when the clock enters it', () => {
    const breakMs = 300_000;
    const s = clock(handMade({ breaks: [{ afterRound: 1, seconds: breakMs / 1000 }] }), { action: 'start' }, T0);
    const r2 = T0 + ROUND_MS + breakMs;
    expect(noteRoundStarts(s, r2 + ROUND_MS + CHANGE_MS).roundStarts).toEqual({
      '1': T0,
      '2': r2,
      '3': r2 + ROUND_MS + CHANGE_MS,
    });
    // A skip of round 1's meeting and of the break: round 2 starts at the second skip.
    const skip1 = clock(s, { action: 'skip' }, T0 + 100_000);
    const skip2 = clock(skip1, { action: 'skip' }, T0 + 130_000);
    expect(skip2.roundStarts).toEqual({ '1': T0, '2': T0 + 130_000 });
  });

  it('forgets a round an undone skip had entered: it was never held', () => {
    const s = clock(handMade(), { action: 'start' }, T0);
    const skipped = clock(clock(s, { action: 'skip' }, T0 + 10_000), { action: 'skip' }, T0 + 11_000);
    expect(skipped.roundStarts).toEqual({ '1': T0, '2': T0 + 11_000 });
    const undone = noteRoundStarts(value(undoClockCommand(skipped, skipped.clock.version, T0 + 12_000)), T0 + 12_000);
    expect(undone.clock).toMatchObject({ status: 'running', phaseIndex: 1 });
    expect(undone.roundStarts).toEqual({ '1': T0 });
    const ended = clock(undone, { action: 'end' }, T0 + 13_000);
    expect(roundBegun(ended, 2)).toBe(false);
  });

  it('forgets the starts when the clock is reset to idle', () => {
    const s = tick(clock(handMade(), { action: 'start' }, T0), roundAt(2) + 1);
    expect(Object.keys(s.roundStarts)).toEqual(['1', '2']);
    const idle = value(resetClockCommand(s, roundAt(2) + 2, true));
    expect(idle.clock.status).toBe('idle');
    expect(noteRoundStarts(idle, roundAt(2) + 2).roundStarts).toEqual({});
    const clean = handMade();
    expect(noteRoundStarts(clean, T0)).toBe(clean);
  });
});
