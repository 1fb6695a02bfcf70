import { describe, expect, it } from 'vitest';
import { feedbackRounds, feedbackStillOpen } from '../../../client/screens/feedback/feedback-rounds';
import { meeting, meetingsAnswer } from '../support/feedback-fixtures';
import { T0, finishedClock, idleClock, menteeMe, mentorMe, pausedClock, runningClock } from '../support/fixtures';

const zoe = menteeMe();
const grace = mentorMe();
const who = (rounds: ReturnType<typeof feedbackRounds>) => rounds.map((r) => [r.round, r.people.map((p) => p.name)]);

describe('feedbackRounds', () => {
  it('shows nothing before the first round begins', () => {
    expect(feedbackRounds(zoe, idleClock(), null, T0)).toEqual([]);
  });

  it('from the start of a round: a mentee rates the mentor and the table-mates of a group table', () => {
    const rounds = feedbackRounds(zoe, runningClock(0, 60_000), null, T0);
    expect(rounds).toEqual([
      {
        round: 1,
        table: 'T1',
        people: [
          { id: 'm1', name: 'Grace Hopper', role: 'mentor', feedback: null, mutual: false, contact: null },
          { id: 'e2', name: '李雷', role: 'mentee', feedback: null, mutual: false, contact: null },
        ],
      },
    ]);
  });

  it('a changeover into round 2 is not round 2 yet; its meeting phase is, paused too', () => {
    expect(who(feedbackRounds(grace, runningClock(1, 60_000), null, T0))).toEqual([[1, ['Zoë', '李雷']]]);
    expect(who(feedbackRounds(grace, pausedClock(2, 60_000), null, T0))).toEqual([
      [2, ['Sam Okafor']],
      [1, ['Zoë', '李雷']],
    ]);
  });

  it('a bye round and a resting table have no cards', () => {
    expect(who(feedbackRounds(zoe, runningClock(2, 60_000), null, T0))).toEqual([[1, ['Grace Hopper', '李雷']]]);
    expect(who(feedbackRounds(grace, runningClock(4, 60_000), null, T0)).map(([r]) => r)).toEqual([2, 1]);
    expect(who(feedbackRounds(zoe, runningClock(4, 60_000), null, T0))).toEqual([
      [3, ['عمر']],
      [1, ['Grace Hopper', '李雷']],
    ]);
  });

  it('adds my feedback and a mutual follow-up from the meetings answer, by round and person', () => {
    const answer = meetingsAnswer([
      meeting(1, 'm1', 'Grace Hopper', {
        feedback: { rating: 5, followUp: true, note: 'COBOL' },
        mutual: true,
        contact: 'grace@example.org',
      }),
      meeting(1, 'e2', '李雷'),
    ]);
    const [r1] = feedbackRounds(zoe, runningClock(2, 60_000), answer, T0);
    expect(r1!.people[0]).toMatchObject({
      feedback: { rating: 5, followUp: true, note: 'COBOL' },
      mutual: true,
      contact: 'grace@example.org',
    });
    expect(r1!.people[1]).toMatchObject({ feedback: null, mutual: false });
  });

  it('drops whom the server does not count as met in a round it lists (marked absent)', () => {
    const answer = meetingsAnswer([meeting(1, 'm1', 'Grace Hopper')]);
    expect(who(feedbackRounds(zoe, runningClock(4, 60_000), answer, T0))).toEqual([
      // Round 3 is not in the answer yet (it began after it): the schedule says whom I sat with.
      [3, ['عمر']],
      [1, ['Grace Hopper']],
    ]);
  });

  it('after the end: the rounds the server says were held, or all of them until it says', () => {
    const answer = meetingsAnswer([meeting(1, 'e1', 'Zoë'), meeting(1, 'e2', '李雷')]);
    expect(who(feedbackRounds(grace, finishedClock(), answer, T0))).toEqual([[1, ['Zoë', '李雷']]]);
    expect(who(feedbackRounds(grace, finishedClock(), null, T0)).map(([r]) => r)).toEqual([2, 1]);
    const ended = finishedClock();
    if (ended.status !== 'finished') throw new Error('expected a finished clock');
    const neverStarted = { ...ended, startedAt: null };
    expect(feedbackRounds(grace, neverStarted, null, T0)).toEqual([]);
  });

  it('shows nothing once feedback has closed, or to a person marked absent', () => {
    const closed = meetingsAnswer([], { feedbackOpen: false });
    expect(feedbackRounds(zoe, runningClock(0, 60_000), closed, T0)).toEqual([]);
    const closesNow = meetingsAnswer([], { feedbackClosesAt: T0 });
    expect(feedbackStillOpen(closesNow, T0 - 1)).toBe(true);
    expect(feedbackRounds(zoe, finishedClock(), closesNow, T0)).toEqual([]);
    const absent = menteeMe({ person: { ...zoe.person, attendance: 'absent' } });
    expect(feedbackRounds(absent, runningClock(2, 60_000), null, T0)).toEqual([]);
  });
});
