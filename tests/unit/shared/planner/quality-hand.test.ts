/**
 * quality()'s figures for the organizer's hand (issue 18), on hand-written schedules, and the
 * lines formatQuality() adds for them only where they apply.
 */
import { describe, expect, it } from 'vitest';
import { formatQuality, quality, type PlanInput, type Schedule } from '../../../../shared/planner';
import { qualityReportSchema } from '../../../../shared/planner/report-schema';
import { makeMentees, makeMentors } from './support';

/** A schedule from rounds of [tables as mentee lists in mentor order, byes]. */
function schedule(rounds: [string[][], string[]][], mentors: number): Schedule {
  return {
    mentors: makeMentors(mentors).map((m) => ({ ...m })),
    mentees: [],
    rounds: rounds.map(([tables, byes], i) => ({
      round: i + 1,
      tables: tables.map((ids, m) => ({ mentorId: `m${m + 1}`, menteeIds: ids })),
      byes,
    })),
  };
}

describe('quality: groups', () => {
  // 3 mentors (m1 of Acme), 6 mentees: e1–e4 of Acme (spelled three ways), e5–e6 without a group.
  const input: PlanInput = {
    settings: { rounds: 2, tableCapacity: 3 },
    mentors: makeMentors(3).map((m, i) => ({ ...m, group: i === 0 ? 'Acme' : null })),
    mentees: makeMentees(6).map((x, i) => ({ ...x, group: i < 4 ? ['Acme', ' acme', 'ACME '][i % 3]! : null })),
  };
  const s = schedule(
    [
      [
        [
          ['e5', 'e6'],
          ['e1', 'e2'],
          ['e3', 'e4'],
        ],
        [],
      ],
      [[['e1', 'e5'], ['e2', 'e3', 'e4'], ['e6']], []],
    ],
    3,
  );

  it('counts pairs of one group at a table, its lower bound, and meetings with an own-group mentor', () => {
    expect(quality(s, input).groups).toEqual({
      groupedMentees: 4,
      groupedMentors: 1,
      // Round 1: e1–e2, e3–e4; round 2: e2–e3, e2–e4, e3–e4.
      menteesSharingTable: 5,
      // Round 1: 4 of Acme over the 2 tables not Acme's: 2 pairs. Round 2: e1 sits at Acme's
      // own table (so it counts as open), 4 over 3 tables: 1 pair.
      minimumPossible: 3,
      ownGroupMeetings: 1,
    });
    const q = quality(s, input);
    expect(q.avoidViolations).toBe(0);
    expect(formatQuality(q)).toContain(
      '  Groups: 5 pairs of one group at a table (at least 3 with these seats); ' +
        "1 meeting with a mentor of the mentee's own group",
    );
  });

  it('without groups: zeros and no line', () => {
    const plain: PlanInput = { ...input, mentors: makeMentors(3), mentees: makeMentees(6) };
    const q = quality(s, plain);
    expect(q.groups).toEqual({
      groupedMentees: 0,
      groupedMentors: 0,
      menteesSharingTable: 0,
      minimumPossible: 0,
      ownGroupMeetings: 0,
    });
    expect(formatQuality(q).some((l) => l.startsWith('  Groups'))).toBe(false);
    expect(formatQuality(q).some((l) => l.startsWith('  Pinned'))).toBe(false);
  });
});

describe('quality: pins and earlier events', () => {
  const input: PlanInput = {
    settings: { rounds: 2, tableCapacity: 1 },
    mentors: makeMentors(2),
    mentees: makeMentees(2),
  };
  const s = schedule(
    [
      [[['e1'], ['e2']], []],
      [[['e2'], ['e1']], []],
    ],
    2,
  );

  it('counts pins held, lists the others with a reason, and meetings again of pairs met before', () => {
    const pins = [
      { menteeId: 'e1', mentorId: 'm2', round: 2 },
      { menteeId: 'e1', mentorId: 'm1', round: 2 },
      { menteeId: 'e2', mentorId: 'm1' },
      { menteeId: 'e3', mentorId: 'm1' },
    ];
    const metBefore = [
      { menteeId: 'e1', mentorId: 'm1' },
      { menteeId: 'e2', mentorId: 'm1' },
      { menteeId: 'gone', mentorId: 'm1' },
    ];
    const q = quality(s, input, { pins, metBefore });
    expect(q.pins).toEqual({
      total: 4,
      held: 2,
      unheld: [
        { menteeId: 'e1', mentorId: 'm1', round: 2, reason: 'Mentee 1 is pinned to Mentor 2 in round 2 already' },
        { menteeId: 'e3', mentorId: 'm1', reason: 'e3 is not taking part' },
      ],
    });
    expect(q.metBeforePairs).toBe(2);
    expect(q.repeatsFromHistory).toBe(2);
    const lines = formatQuality(q);
    expect(lines).toContain('  Pinned meetings: 2 of 4 held');
    expect(lines).toContain('    not held: e3 with m1: e3 is not taking part');
    expect(lines).toContain('  Met at earlier events: 2 meetings again (2 pairs known)');
    // The report still parses with the shared schema (the wire format of the live preview).
    expect(qualityReportSchema.parse(q)).toEqual(q);
  });

  it('a pin the schedule simply does not hold (a schedule from elsewhere) still gets a reason', () => {
    const pins = [{ menteeId: 'e1', mentorId: 'm2', round: 1 }];
    expect(quality(s, input, { pins }).pins.unheld).toEqual([
      {
        menteeId: 'e1',
        mentorId: 'm2',
        round: 1,
        reason: 'the schedule does not seat Mentee 1 with Mentor 2 in round 1',
      },
    ]);
  });
});
