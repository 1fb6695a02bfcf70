/**
 * One message per attendance state in place of a person's table: every attendance × clock
 * status × role, and when the page shows the person's round instead.
 */
import { describe, expect, it } from 'vitest';
import type { Attendance } from '../../../shared/schemas/people';
import { noticeKind, noticeWords, seatedAhead } from '../../../client/live/attendance-phrases';
import { whereNow } from '../../../client/live/where-now';
import { ZOE_ROUNDS, finishedClock, runningClock } from '../support/fixtures';

const ATTENDANCE: Attendance[] = ['expected', 'present', 'absent', 'left'];
const meeting1 = whereNow(ZOE_ROUNDS, runningClock(0, 60_000));
const byeRound2 = whereNow(ZOE_ROUNDS, runningClock(2, 60_000));
/** Sitting out round 2 and nothing after it: how a person taken off the coming rounds looks. */
const noSeatAhead = whereNow([ZOE_ROUNDS[0]!, ZOE_ROUNDS[1]!], runningClock(2, 60_000));
const notPlanned = whereNow([], runningClock(0, 60_000));
const ended = whereNow(ZOE_ROUNDS, finishedClock());

describe('noticeKind', () => {
  it.each(ATTENDANCE)('%s: ended first, then away, then told, then not planned', (a) => {
    const away = a === 'absent' || a === 'left';
    expect(noticeKind(ended, a, false)).toBe('ended');
    expect(noticeKind(meeting1, a, false)).toBe(away ? 'away' : null);
    expect(noticeKind(notPlanned, a, false)).toBe(away ? 'away' : 'not-planned');
    // Told the organizer, and present now: "they were told" until a seat comes.
    expect(noticeKind(noSeatAhead, a, true)).toBe(away ? 'away' : a === 'present' ? 'told' : null);
    // Seated ahead (a seat kept, or given by the organizer): the round again.
    expect(noticeKind(byeRound2, a, true)).toBe(away ? 'away' : null);
  });

  it('seatedAhead: a table in a round not yet begun', () => {
    expect(seatedAhead(meeting1)).toBe(true);
    expect(seatedAhead(byeRound2)).toBe(true);
    expect(seatedAhead(noSeatAhead)).toBe(false);
    // At a table in the meeting under way, none after: the organizer has yet to seat them.
    const onlyNow = whereNow([ZOE_ROUNDS[0]!, ZOE_ROUNDS[1]!], runningClock(0, 60_000));
    expect(seatedAhead(onlyNow)).toBe(false);
    expect(noticeKind(onlyNow, 'present', true)).toBe('told');
    // The changeover to a round with a table: that round has not begun.
    expect(seatedAhead(whereNow([ZOE_ROUNDS[0]!], { status: 'idle', phase: null }))).toBe(true);
    expect(seatedAhead(whereNow(ZOE_ROUNDS.slice(0, 3), runningClock(3, 60_000)))).toBe(true);
  });
});

describe('noticeWords', () => {
  it('after the end: thanks as they took part', () => {
    expect(noticeWords('ended', 'mentee', 'present', 'finished')).toEqual({
      title: 'The event has ended',
      text: 'Thank you for taking part! Your schedule below shows everyone you met.',
      button: null,
    });
    expect(noticeWords('ended', 'mentor', 'expected', 'finished').text).toBe(
      'Thank you for mentoring! Your notes stay on this device.',
    );
    // A no-show is not thanked for taking part, nor told "marked as not here" beside a thank-you.
    expect(noticeWords('ended', 'mentee', 'absent', 'finished').text).toBe(
      'You were marked as not here, so you had no table. We hope to see you next time!',
    );
    expect(noticeWords('ended', 'mentor', 'absent', 'finished').text).toBe(
      'You were marked as not here, so you had no mentees. We hope to see you next time!',
    );
    expect(noticeWords('ended', 'mentee', 'left', 'finished').text).toBe(
      'You left before the end. Thank you for taking part! Your schedule below shows everyone you met.',
    );
  });

  it.each(['running', 'paused'] as const)('marked absent or gone, %s: what it means and the button', (status) => {
    expect(noticeWords('away', 'mentee', 'absent', status)).toEqual({
      title: 'You are marked as not here',
      text:
        'You have no table in the rounds still to come. If you are here after all, tell the organizer: ' +
        'they can seat you from the next round.',
      button: 'I’m here after all',
    });
    expect(noticeWords('away', 'mentor', 'left', status)).toEqual({
      title: 'You are marked as gone',
      text:
        'No mentees come to your table in the rounds still to come. If you are here after all, tell the ' +
        'organizer: they can send you mentees from the next round.',
      button: 'I’m here after all',
    });
  });

  it('before the start, marked as not coming', () => {
    expect(noticeWords('away', 'mentee', 'absent', 'idle').text).toBe(
      'The organizer has you down as not coming. If you are here after all, tell the organizer: ' +
        'they can seat you before the start.',
    );
  });

  it('told: the organizer knows, and the page will show the seat', () => {
    expect(noticeWords('told', 'mentee', 'present', 'running')).toEqual({
      title: 'The organizer was told you are here',
      text: 'They can seat you from the next round. Your table appears here as soon as they do.',
      button: null,
    });
    expect(noticeWords('told', 'mentor', 'present', 'paused').text).toBe(
      'They can send you mentees from the next round. Your mentees appear here as soon as they do.',
    );
  });

  it('not planned yet', () => {
    expect(noticeWords('not-planned', 'mentor', 'expected', 'idle')).toEqual({
      title: 'Your schedule is not ready yet',
      text: 'Your mentees appear here as soon as the organizer has planned the rounds.',
      button: null,
    });
    expect(noticeWords('not-planned', 'mentee', 'present', 'running').text).toMatch(/^Your table appears here/);
  });

  it('has words for every kind, role, attendance and status', () => {
    for (const kind of ['ended', 'not-planned', 'away', 'told'] as const)
      for (const role of ['mentee', 'mentor'] as const)
        for (const a of ATTENDANCE)
          for (const status of ['idle', 'running', 'paused', 'finished'] as const) {
            const w = noticeWords(kind, role, a, status);
            expect(w.title.length).toBeGreaterThan(5);
            expect(w.text.length).toBeGreaterThan(20);
            expect(w.button !== null).toBe(kind === 'away');
          }
  });
});
