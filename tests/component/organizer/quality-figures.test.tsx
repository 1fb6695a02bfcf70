import { describe, expect, it } from 'vitest';
import type { QualityReport } from '../../../shared/planner/types';
import { qualityChange, qualityFigures } from '../../../client/screens/organizer/plan/quality-figures';

const report = (over: Partial<QualityReport> = {}): QualityReport => ({
  rounds: 3,
  mentors: 3,
  mentees: 5,
  tableCapacity: 1,
  meetings: 9,
  distinctMeetings: 9,
  coverageBound: 9,
  coverageRatio: 1,
  repeatMeetings: 0,
  avoidableRepeats: 0,
  byes: { min: 1, max: 2, spread: 1, total: 6, forced: 0, forcedMentees: 0, partTime: 0, partTimeMax: 0 },
  idleSeats: { min: 0, max: 0, spread: 0, total: 0 },
  repeatedPeerPairs: 0,
  wishes: { met: 3, total: 4, ratio: 0.75, topMet: 2, topTotal: 3 },
  oneTableOn: { moves: 0, total: 0, share: 0 },
  avoidViolations: 0,
  capacityViolations: 0,
  placementViolations: 0,
  ...over,
});

describe('qualityFigures', () => {
  it('shows meetings against the bound, the bye spread and the wishes met', () => {
    expect(qualityFigures(report())).toEqual([
      { label: 'Different meetings', value: '9 of 9', detail: '100% of the most these rounds allow' },
      { label: 'Sitting out', value: '1–2 rounds', detail: 'per mentee (spread 1), 6 byes in all' },
      { label: 'Wishes met', value: '3 of 4', detail: '75%; first wishes 2 of 3' },
      { label: 'Rules kept', value: 'All', detail: 'no one meets a mentor they avoid; no table over capacity' },
    ]);
  });

  it('reads well at the edges', () => {
    const f = qualityFigures(
      report({
        distinctMeetings: 7,
        coverageRatio: 7 / 9,
        repeatMeetings: 2,
        byes: { min: 0, max: 0, spread: 0, total: 0, forced: 0, forcedMentees: 0, partTime: 0, partTimeMax: 0 },
        wishes: { met: 0, total: 0, ratio: 1, topMet: 0, topTotal: 0 },
        avoidViolations: 1,
      }),
    );
    expect(f.map((x) => x.value)).toEqual(['7 of 9', 'No one', 'None given', '1 broken']);
    expect(f[0]!.detail).toBe('78% of the most these rounds allow; 2 repeat meetings');
    expect(
      qualityFigures(
        report({
          byes: { min: 2, max: 2, spread: 0, total: 10, forced: 0, forcedMentees: 0, partTime: 0, partTimeMax: 0 },
        }),
      )[1]!.value,
    ).toBe('2 rounds each');
  });

  it('counts a walk-in who sat out in the "Sitting out" figure, though they are not in the spread', () => {
    const byes = { min: 0, max: 1, spread: 1, total: 5, forced: 0, forcedMentees: 0, partTime: 1, partTimeMax: 2 };
    expect(qualityFigures(report({ byes }))[1]).toEqual({
      label: 'Sitting out',
      value: '0–2 rounds',
      detail: 'per mentee (spread 1), 5 byes in all; 1 mentee here for part of the event, up to 2 rounds out',
    });
    const even = { ...byes, min: 1, max: 1, spread: 0, partTimeMax: 1 };
    expect(qualityFigures(report({ byes: even }))[1]!.value).toBe('1 round each');
  });
});

describe('qualityChange', () => {
  it('says what applying changes, and why the most possible moved', () => {
    // Planning with the checked-in people only: 3 mentees fewer, the bound falls with them.
    const now = report({ mentees: 12, distinctMeetings: 108, coverageBound: 108 });
    const after = report({ mentees: 9, distinctMeetings: 92, coverageBound: 96 });
    expect(qualityChange(now, after)).toBe(
      '3 fewer mentees take part; the most different meetings possible falls from 108 to 96; ' +
        'different meetings fall from 108 to 92.',
    );
    // A walk-in seated: they were counted but had no place.
    const walkIn = report({ placementViolations: 3, distinctMeetings: 8 });
    expect(qualityChange(walkIn, report())).toBe(
      'Different meetings rise from 8 to 9; nobody taking part is left without a place.',
    );
    expect(qualityChange(report({ mentees: 4 }), report())).toBe('1 more mentee takes part.');
    expect(qualityChange(report(), report())).toBe('The figures stay as they are.');
    expect(qualityChange(null, report())).toMatch(/^Nothing is planned yet/);
  });
});
