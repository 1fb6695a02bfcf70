/**
 * Every refusal the event's rules give a phone's own commands (check-in, "here after all",
 * questions, feedback, sharing, language) carries a stable `reason` with exactly the params
 * REASON_CODES lists for it (issue 19), beside its English message, which stays as it was.
 */
import { describe, expect, it } from 'vitest';
import { apply } from '../../../../shared/event/apply';
import type { EventCommand } from '../../../../shared/event/commands';
import type { EventState } from '../../../../shared/event/state';
import { REASON_CODES } from '../../../../shared/schemas/issue-codes';
import { allMarked, cmd, finished, idle, makeEnv, must, running, T0 } from './support';

const NOW = T0 + 200_000;

/** Who sits with mentee `menteeId` in `round` of a running event's schedule. */
function mentorOf(s: EventState, round: number, menteeId: string): string {
  return s.schedule!.rounds[round - 1]!.tables.find((t) => t.menteeIds.includes(menteeId))!.mentorId;
}
const nameOf = (s: EventState, id: string) => s.mentors.find((m) => m.id === id)!.name;
const give = (round: number, withId: string) =>
  cmd({ type: 'feedback.give', personId: 'p3', round, withId, rating: 4 });

interface Case {
  name: string;
  state: () => EventState | null;
  command: (s: EventState | null) => EventCommand;
  now?: number;
  message: string | ((s: EventState | null) => string);
  reason: keyof typeof REASON_CODES;
  params?: (s: EventState | null) => Record<string, string | number>;
}

const CASES: Case[] = [
  {
    name: 'checking in once the event runs',
    state: running,
    command: () => cmd({ type: 'attendance.check-in', personId: 'p3' }),
    message: 'the event has started: check in with the organizer at the door',
    reason: 'checkInStarted',
  },
  {
    name: 'checking in after the end',
    state: finished,
    command: () => cmd({ type: 'attendance.check-in', personId: 'p3' }),
    message: 'the event has ended; check-in is closed',
    reason: 'checkInEnded',
  },
  {
    name: '"here after all" after the end',
    state: finished,
    command: () => cmd({ type: 'attendance.here-after-all', personId: 'p4' }),
    message: 'the event has ended; check-in is closed',
    reason: 'checkInEnded',
  },
  {
    name: '"here after all" of someone no longer in the event',
    state: idle,
    command: () => cmd({ type: 'attendance.here-after-all', personId: 'gone' }),
    message: 'no person "gone" in this event',
    reason: 'noSuchPerson',
    params: () => ({ personId: 'gone' }),
  },
  {
    name: 'questions after the end',
    state: finished,
    command: () => cmd({ type: 'questions.update', personId: 'p3', questions: ['Late?'] }),
    message: 'the event has ended; questions can no longer change',
    reason: 'questionsEnded',
  },
  {
    name: 'questions of a mentor',
    state: idle,
    command: () => cmd({ type: 'questions.update', personId: 'p1', questions: ['Mine?'] }),
    message: 'no such mentee',
    reason: 'noSuchMentee',
  },
  {
    name: 'feedback on round 2 during round 1',
    state: running,
    command: (s) => give(2, mentorOf(s!, 2, 'p3')),
    message: 'round 2 has not begun yet',
    reason: 'roundNotBegun',
    params: () => ({ round: 2 }),
  },
  {
    name: 'feedback on the mentor of the other table',
    state: running,
    command: (s) => give(1, mentorOf(s!, 1, 'p4')),
    message: (s) => `you did not sit with ${nameOf(s!, mentorOf(s!, 1, 'p4'))} in round 1`,
    reason: 'notMetWith',
    params: (s) => ({ name: nameOf(s!, mentorOf(s!, 1, 'p4')), round: 1 }),
  },
  {
    name: 'feedback on someone no longer listed',
    state: running,
    command: () => give(1, 'gone'),
    message: 'you did not sit with this person in round 1',
    reason: 'notMetInRound',
    params: () => ({ round: 1 }),
  },
  {
    name: 'feedback from a person marked absent',
    state: () => allMarked(running(), 'mentees', 'absent', T0 + 1_000),
    command: (s) => give(1, s!.mentors[0]!.id),
    message: 'you are marked as not here, so there are no meetings to give feedback on',
    reason: 'feedbackAbsent',
  },
  {
    name: 'feedback a week after the end',
    state: () => must(running(), cmd({ type: 'clock.command', command: { action: 'end' } }), NOW),
    command: (s) => give(1, mentorOf(s!, 1, 'p3')),
    now: NOW + 7 * 24 * 3600 * 1000 + 1,
    message: 'feedback for this event has closed',
    reason: 'feedbackClosed',
  },
  {
    name: 'sharing an e-mail address not on file',
    state: idle,
    command: () => cmd({ type: 'sharing.set', personId: 'p3', body: { share: 'email' } }),
    message: 'there is no e-mail address for you in this event; share a contact line instead',
    reason: 'noEmailToShare',
  },
  {
    name: 'sharing of someone no longer in the event',
    state: idle,
    command: () => cmd({ type: 'sharing.set', personId: 'gone', body: { share: 'none' } }),
    message: 'this person was removed from the event',
    reason: 'personRemoved',
  },
  {
    name: 'the language of someone no longer in the event',
    state: idle,
    command: () => cmd({ type: 'person.locale', personId: 'gone', locale: 'de' }),
    message: 'this person was removed from the event',
    reason: 'personRemoved',
  },
  {
    name: 'anything to an event that is gone',
    state: () => null,
    command: () => cmd({ type: 'attendance.check-in', personId: 'p3' }),
    message: 'no such event',
    reason: 'noSuchEvent',
  },
];

describe("the reasons of a phone's refusals", () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const state = c.state();
    const r = apply(state, c.command(state), c.now ?? NOW, makeEnv());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const message = typeof c.message === 'function' ? c.message(state) : c.message;
    expect(r.error.message).toBe(message);
    expect(r.error.reason).toBe(c.reason);
    expect(r.error.params).toEqual(c.params?.(state));
    // Exactly the params its code always carries.
    expect(Object.keys(r.error.params ?? {}).sort()).toEqual([...REASON_CODES[c.reason]].sort());
  });

  it('covers each reason the rules give a phone', () => {
    expect(new Set(CASES.map((c) => c.reason))).toEqual(
      new Set([
        'checkInStarted',
        'checkInEnded',
        'noSuchPerson',
        'questionsEnded',
        'noSuchMentee',
        'roundNotBegun',
        'notMetWith',
        'notMetInRound',
        'feedbackAbsent',
        'feedbackClosed',
        'noEmailToShare',
        'personRemoved',
        'noSuchEvent',
      ]),
    );
  });
});
