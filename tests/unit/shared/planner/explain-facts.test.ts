/**
 * explainFacts(): the decisions behind the planner's explanation (explain() in English and the
 * console's sentence in six languages both word these), checked as facts, not words.
 */
import { describe, expect, it } from 'vitest';
import { explainFacts } from '../../../../shared/planner/explain-facts';

describe('explainFacts', () => {
  it('a full room: everyone meets as many mentors as rounds, nobody sits out, no table-mate twice', () => {
    expect(explainFacts({ rounds: 6, tableCapacity: 3 }, { mentors: 7, mentees: 21 })).toEqual({
      kind: 'plan',
      mentees: 21,
      mentors: 7,
      cap: 3,
      rounds: 6,
      meetings: { kind: 'same', count: 6 },
      sitOut: null,
      spare: null,
      peers: 'noTwice',
      repeats: null,
    });
  });

  it('too many mentees: who sits out and for how many rounds', () => {
    const f = explainFacts({ rounds: 4, tableCapacity: 1 }, { mentors: 3, mentees: 5 });
    expect(f).toMatchObject({
      kind: 'plan',
      meetings: { kind: 'range', least: 2, most: 3 },
      sitOut: { out: 2, rounds: { least: 1, most: 2 } },
      spare: null,
      peers: null,
    });
  });

  it('spare seats: resting rounds at tables of one, empty seats at larger tables', () => {
    expect(explainFacts({ rounds: 3, tableCapacity: 1 }, { mentors: 3, mentees: 2 })).toMatchObject({
      spare: { unit: 'rounds', per: { least: 1, most: 1 } },
    });
    expect(explainFacts({ rounds: 3, tableCapacity: 2 }, { mentors: 3, mentees: 5 })).toMatchObject({
      spare: { unit: 'seats', per: { least: 1, most: 1 } },
    });
  });

  it('more rounds than mentors: every mentor met twice, and some a third time', () => {
    expect(explainFacts({ rounds: 7, tableCapacity: 1 }, { mentors: 3, mentees: 3 })).toMatchObject({
      meetings: { kind: 'all', mentors: 3 },
      repeats: { rounds: 7, mentors: 3, fact: { kind: 'everyAnd', times: 2, mentors: 1 } },
    });
  });

  it('no mentors, no mentees and refused settings are facts of their own', () => {
    expect(explainFacts({ rounds: 3, tableCapacity: 1 }, { mentors: 0, mentees: 4 })).toEqual({ kind: 'noMentors' });
    expect(explainFacts({ rounds: 3, tableCapacity: 2 }, { mentors: 2, mentees: 0 })).toEqual({
      kind: 'noMentees',
      mentors: 2,
      cap: 2,
      rounds: 3,
    });
    const refused = explainFacts({ rounds: 3, tableCapacity: 0 }, { mentors: 2, mentees: 2 });
    expect(refused.kind).toBe('refused');
    expect(refused.kind === 'refused' && refused.message).toMatch(/table/i);
  });
});
