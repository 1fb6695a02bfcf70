import { describe, expect, it } from 'vitest';
import type { QualityReport } from '../../../shared/planner/types';
import { qualityFigures } from '../../../client/screens/organizer/plan/quality-figures';

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
  byes: { min: 1, max: 2, spread: 1, total: 6, forced: 0, forcedMentees: 0 },
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
        byes: { min: 0, max: 0, spread: 0, total: 0, forced: 0, forcedMentees: 0 },
        wishes: { met: 0, total: 0, ratio: 1, topMet: 0, topTotal: 0 },
        avoidViolations: 1,
      }),
    );
    expect(f.map((x) => x.value)).toEqual(['7 of 9', 'No one', 'None given', '1 broken']);
    expect(f[0]!.detail).toBe('78% of the most these rounds allow; 2 repeat meetings');
    expect(
      qualityFigures(report({ byes: { min: 2, max: 2, spread: 0, total: 10, forced: 0, forcedMentees: 0 } }))[1]!.value,
    ).toBe('2 rounds each');
  });
});
