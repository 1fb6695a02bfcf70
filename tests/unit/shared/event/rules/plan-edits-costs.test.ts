/**
 * The soft costs of hand edits (schedule.edit's `costs`): allowed and saved, but reported per
 * edit, one kind each here — a meeting again, byes spread by 2 or more, a met first wish lost,
 * two mentees of one group at one table — and none for an edit that makes nothing worse.
 */
import { describe, expect, it } from 'vitest';
import type { EventState } from '../../../../../shared/event/state';
import type { EditCost, PlanEdit } from '../../../../../shared/schemas/plan-edits';
import { deepFreeze } from '../support';
import { ANA, BEA, CLEO, DAN, GRACE, LINUS, ZOE, edit, event } from './plan-edits.fixture';

const cases: { name: string; state?: () => EventState; edits: PlanEdit[]; costs: EditCost[] }[] = [
  {
    name: 'none: a swap that makes nothing worse',
    edits: [{ op: 'swap', round: 3, a: BEA, b: CLEO }],
    costs: [],
  },
  {
    name: 'none: a move to a free seat with someone new',
    edits: [{ op: 'move', round: 1, menteeId: DAN, to: GRACE }],
    costs: [],
  },
  {
    name: 'repeat: a mentor met in another round',
    edits: [{ op: 'swap', round: 3, a: BEA, b: ZOE }],
    costs: [{ edit: 0, kind: 'repeat', message: 'Bea meets Linus Torvalds again (rounds 1 and 3)' }],
  },
  {
    name: 'repeat: a mentor met at an earlier event',
    state: () => event({ metBefore: [{ menteeId: DAN, mentorId: GRACE }] }),
    edits: [{ op: 'move', round: 1, menteeId: DAN, to: GRACE }],
    costs: [{ edit: 0, kind: 'repeat', message: 'Dan meets Grace Hopper again (they met at an earlier event)' }],
  },
  {
    name: 'bye-spread: one mentee sits out two rounds while another sits out none',
    edits: [{ op: 'move', round: 2, menteeId: DAN, to: 'bye' }],
    costs: [{ edit: 0, kind: 'bye-spread', message: 'the byes spread to 2: Dan sits out 2 rounds, Zoë none' }],
  },
  {
    name: 'wish-lost: the only meeting with the first wish',
    edits: [{ op: 'move', round: 1, menteeId: ANA, to: LINUS }],
    costs: [{ edit: 0, kind: 'wish-lost', message: 'Ana no longer meets their first wish, Grace Hopper' }],
  },
  {
    name: 'group-table: two of one group at one table',
    edits: [{ op: 'move', round: 2, menteeId: DAN, to: LINUS }],
    costs: [
      {
        edit: 0,
        kind: 'group-table',
        message: "Cleo and Dan, both from Blue, share Linus Torvalds's table in round 2",
      },
    ],
  },
  {
    name: 'group-table: not while mentees of a group may share tables',
    state: () => {
      const s = event();
      return deepFreeze({
        ...s,
        settings: { ...s.settings, groups: { menteesApart: false, notOwnGroupMentor: true } },
      });
    },
    edits: [{ op: 'move', round: 2, menteeId: DAN, to: LINUS }],
    costs: [],
  },
  {
    name: 'each edit its own costs, by index; an edit of the rules costs nothing',
    edits: [
      { op: 'lock-round', round: 3 },
      { op: 'move', round: 1, menteeId: ANA, to: LINUS },
      { op: 'move', round: 2, menteeId: DAN, to: LINUS },
    ],
    costs: [
      { edit: 1, kind: 'wish-lost', message: 'Ana no longer meets their first wish, Grace Hopper' },
      {
        edit: 2,
        kind: 'group-table',
        message: "Cleo and Dan, both from Blue, share Linus Torvalds's table in round 2",
      },
    ],
  },
  {
    name: 'several kinds from one edit',
    edits: [{ op: 'swap', round: 1, a: ANA, b: CLEO }],
    costs: [
      { edit: 0, kind: 'repeat', message: 'Ana meets Alan Kay again (rounds 1 and 2)' },
      { edit: 0, kind: 'repeat', message: 'Cleo meets Grace Hopper again (rounds 1 and 3)' },
      { edit: 0, kind: 'wish-lost', message: 'Ana no longer meets their first wish, Grace Hopper' },
    ],
  },
];

describe('soft costs are allowed and reported', () => {
  it.each(cases)('$name', ({ state = () => event(), edits, costs }) => {
    const r = edit(state(), edits);
    if (!r.ok) expect.fail(`refused: ${r.error.message}`);
    expect(r.result.costs).toEqual(costs);
    // Saved all the same.
    expect(r.state!.scheduleVersion).toBeGreaterThan(state().scheduleVersion);
  });

  it('a dry run reports the same costs', () => {
    const edits: PlanEdit[] = [{ op: 'move', round: 2, menteeId: DAN, to: 'bye' }];
    const dry = edit(event(), edits, { dryRun: true });
    const real = edit(event(), edits);
    expect(dry.ok && dry.result.costs).toEqual(real.ok && real.result.costs);
    expect(dry.ok && dry.result.costs).toHaveLength(1);
  });

  it('a mentee not taking part counts in no bye spread and loses no wish', () => {
    const s = event();
    const gone = deepFreeze({
      ...s,
      mentees: s.mentees.map((m) => (m.id === ZOE ? { ...m, attendance: 'left' as const } : m)),
    });
    // Without Zoë (who has left) the mentee with the fewest byes named is Ana.
    const r = edit(gone, [{ op: 'move', round: 2, menteeId: DAN, to: 'bye' }]);
    expect(r.ok && r.result.costs).toEqual([
      { edit: 0, kind: 'bye-spread', message: 'the byes spread to 2: Dan sits out 2 rounds, Ana none' },
    ]);
  });
});
