import { describe, expect, it } from 'vitest';
import { explain } from '../../../../shared/planner';

const say = (mentees: number, mentors: number, rounds: number, tableCapacity = 1) =>
  explain({ rounds, tableCapacity }, { mentors, mentees });

describe('explain', () => {
  it('tables of 3: the spec example word for word', () => {
    expect(say(21, 7, 6, 3)).toBe(
      '21 mentees, 7 mentors, tables of 3, 6 rounds: ' +
        'everyone meets 6 different mentors, nobody sits out, no two mentees share a table twice',
    );
  });

  it('more mentors than mentees: how often each mentor rests', () => {
    expect(say(6, 8, 6)).toBe(
      '6 mentees, 8 mentors, 6 rounds: ' +
        'everyone meets 6 different mentors, nobody sits out, each mentor rests 1 or 2 rounds',
    );
  });

  it('more rounds than mentors: which repeats are coming', () => {
    expect(say(6, 6, 8)).toBe(
      '6 mentees, 6 mentors, 8 rounds: everyone meets all 6 mentors, nobody sits out; ' +
        '8 rounds but only 6 mentors: each mentee meets two mentors twice',
    );
    expect(say(6, 6, 12)).toMatch(/each mentee meets every mentor twice$/);
    expect(say(6, 6, 13)).toMatch(/each mentee meets every mentor twice, and one of them 3 times$/);
  });

  it('more mentees than seats: who sits out and how often', () => {
    expect(say(11, 4, 4)).toBe(
      '11 mentees, 4 mentors, 4 rounds: everyone meets 1 or 2 different mentors, ' +
        '7 sit out each round, so each mentee sits out 2 or 3 rounds',
    );
    expect(say(4, 3, 3)).toContain('1 sits out each round');
  });

  it('group tables that cannot always be fresh say so', () => {
    expect(say(3, 2, 3, 10)).toContain('some mentees share a table more than once');
    expect(say(11, 4, 4, 3)).toContain('each mentor has 1 empty seat over the event');
  });

  it('answers plainly for an empty room or impossible settings', () => {
    expect(say(4, 0, 3)).toBe('no mentors yet: add at least one mentor before planning');
    expect(say(0, 5, 5, 2)).toBe(
      '0 mentees, 5 mentors, tables of 2, 5 rounds: no mentees yet, so every table stays empty',
    );
    expect(say(4, 3, 0)).toBe('rounds must be a whole number from 1 to 1000 (got 0)');
    expect(say(1, 1, 3)).toBe(
      '1 mentee, 1 mentor, 3 rounds: everyone meets the mentor, nobody sits out; ' +
        '3 rounds but only 1 mentor: each mentee meets the mentor 3 times',
    );
  });
});
