import { describe, expect, it } from 'vitest';
import { whereNow } from '../../../client/live/where-now';
import { byeText, menteeAnnouncement, nextLine, seatedLead } from '../../../client/screens/mentee/mentee-text';
import { ZOE_ROUNDS, finishedClock, idleClock, runningClock } from '../support/fixtures';

const timeOf = (round: number) => (round === 3 ? '14:19' : null);

describe('byeText', () => {
  it('during the bye round says so and when and where the next meeting is', () => {
    const w = whereNow(ZOE_ROUNDS, runningClock(2, 1000));
    expect(byeText(w, timeOf)).toEqual({
      title: 'You sit out this round',
      detail: 'Your next meeting: round 3 at 14:19, T3 — عمر.',
    });
  });

  it('in the changeover before a bye names the round', () => {
    const w = whereNow(ZOE_ROUNDS, runningClock(1, 1000));
    expect(byeText(w, () => null)).toEqual({
      title: 'You sit out round 2',
      detail: 'Your next meeting: round 3, T3 — عمر.',
    });
  });

  it('with no meeting left says thank you', () => {
    const rounds = [ZOE_ROUNDS[0]!, ZOE_ROUNDS[1]!];
    expect(byeText(whereNow(rounds, runningClock(2, 1000)), timeOf).detail).toMatch(/no more meetings/);
  });
});

describe('nextLine and seatedLead', () => {
  it('describes the round after this one', () => {
    expect(nextLine(ZOE_ROUNDS[0]!)).toBe('Round 1: T1 — Grace Hopper');
    expect(nextLine(ZOE_ROUNDS[1]!)).toBe('Round 2: you sit out.');
    expect(nextLine(null)).toBe('This is your last round.');
  });

  it('leads in by stage', () => {
    expect(seatedLead('changeover', 2)).toBe('Go to');
    expect(seatedLead('meeting', 2)).toBe('Your table now');
    expect(seatedLead('before', 1)).toBe('Your first table (round 1)');
    expect(seatedLead('break', 3)).toBe('After the break, go to');
  });
});

describe('menteeAnnouncement', () => {
  it('tells what to do, for a screen reader', () => {
    expect(menteeAnnouncement(whereNow(ZOE_ROUNDS, runningClock(3, 1000)), 'Move to your next table')).toBe(
      'Move to your next table. Go to T3 — عمر.',
    );
    expect(menteeAnnouncement(whereNow(ZOE_ROUNDS, runningClock(0, 1000)), 'Round 1 of 3 — talk')).toBe(
      'Round 1 of 3 — talk. You are at T1 — Grace Hopper.',
    );
    expect(menteeAnnouncement(whereNow(ZOE_ROUNDS, runningClock(2, 1000)), 'Round 2 of 3 — talk')).toBe(
      'Round 2 of 3 — talk. You sit out round 2.',
    );
    expect(menteeAnnouncement(whereNow(ZOE_ROUNDS, idleClock()), 'Not started yet')).toBe(
      'Not started yet. Your first table is T1 — Grace Hopper.',
    );
    expect(menteeAnnouncement(whereNow(ZOE_ROUNDS, finishedClock()), 'The event has ended')).toBe(
      'The event has ended',
    );
  });
});
