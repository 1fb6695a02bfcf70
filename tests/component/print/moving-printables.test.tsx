/**
 * Printables when mentors move (issue 17), the pure part: a tent per seated table naming its
 * group; a mentor's card lists the table of each round (rests as rests); a mentee's card says
 * their table for the whole event.
 */
import { describe, expect, it } from 'vitest';
import { personCards } from '../../../client/screens/print/card-rows';
import { seatedTents } from '../../../client/screens/print/seated-tents';
import type { OrganizerView } from '../../../shared/protocol/views';

const person = { topics: [], link: 'https://x/p#token=t', token: 't', attendance: 'present' as const };
const view = {
  mentors: [
    { id: 'm1', name: 'Grace Hopper', table: 'T1', ...person },
    { id: 'm2', name: 'Ada Lovelace', table: 'T2', ...person },
  ],
  mentees: [
    { id: 'e1', name: 'Zoë', questions: [], wishes: [], avoid: [], ...person },
    { id: 'e2', name: 'Sam', questions: [], wishes: [], avoid: [], ...person },
  ],
  schedule: {
    mentors: [
      { id: 'm1', name: 'Grace Hopper', table: 'T1' },
      { id: 'm2', name: 'Ada Lovelace', table: '' },
    ],
    mentees: [
      { id: 'e1', name: 'Zoë' },
      { id: 'e2', name: 'Sam' },
    ],
    tables: [{ table: 'T1', menteeIds: ['e1', 'e2'] }],
    rounds: [
      {
        round: 1,
        tables: [
          { mentorId: 'm1', table: 'T1', menteeIds: ['e1', 'e2'] },
          { mentorId: 'm2', menteeIds: [] },
        ],
        byes: [],
      },
      {
        round: 2,
        tables: [
          { mentorId: 'm1', menteeIds: [] },
          { mentorId: 'm2', table: 'T1', menteeIds: ['e1', 'e2'] },
        ],
        byes: [],
      },
    ],
  },
} as unknown as Pick<OrganizerView, 'mentors' | 'mentees' | 'schedule'>;

describe('printables when mentors move', () => {
  it('one tent per seated table, naming the group seated there', () => {
    expect(seatedTents(view)).toEqual([{ table: 'T1', names: ['Zoë', 'Sam'] }]);
    expect(seatedTents({ ...view, schedule: { ...view.schedule!, tables: undefined } as never })).toBeNull();
  });

  it('a mentor’s card lists the tables to visit by round; a mentee’s card says their table all event', () => {
    const cards = personCards(view);
    const ada = cards.find((c) => c.name === 'Ada Lovelace')!;
    expect(ada).toMatchObject({
      moving: true,
      rounds: [
        { round: 1, table: null },
        { round: 2, table: 'T1', with: 'Zoë, Sam' },
      ],
    });
    expect(ada).not.toHaveProperty('table');
    const zoe = cards.find((c) => c.name === 'Zoë')!;
    expect(zoe).toMatchObject({ table: 'T1', moving: true });
    expect(zoe.rounds.map((r) => [r.table, r.with])).toEqual([
      ['T1', 'Grace Hopper'],
      ['T1', 'Ada Lovelace'],
    ]);
  });
});
