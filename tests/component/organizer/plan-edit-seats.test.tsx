import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../../shared/schemas/schedule';
import { NO_RULES, planRulesOf, rulesAfter, seatPin } from '../../../client/screens/organizer/plan/edit-rules';
import {
  clampPos,
  editFor,
  isPicked,
  moveFocus,
  positionOf,
  seatGrid,
  slotAt,
  type Slot,
} from '../../../client/screens/organizer/plan/edit-seats';
import { describeEdit, editNames, inverseEdit } from '../../../client/screens/organizer/plan/edit-words';
import { editShortcut } from '../../../client/screens/organizer/plan/plan-editor';
import { planMatrix } from '../../../client/screens/organizer/plan/plan-matrix';

// Two tables of two seats, three rounds; T2's mentor is away in round 3.
const schedule: Schedule = {
  mentors: [
    { id: 'm1', name: 'Grace Hopper', table: 'T1' },
    { id: 'm2', name: 'Alan Kay', table: 'T2' },
  ],
  mentees: [
    { id: 'e1', name: 'Zoë' },
    { id: 'e2', name: 'Ana' },
    { id: 'e3', name: 'Sam' },
    { id: 'e4', name: 'Lin' },
  ],
  rounds: [
    {
      round: 1,
      tables: [
        { mentorId: 'm1', menteeIds: ['e1', 'e2'] },
        { mentorId: 'm2', menteeIds: ['e3'] },
      ],
      byes: ['e4'],
    },
    {
      round: 2,
      tables: [
        { mentorId: 'm1', menteeIds: ['e3'] },
        { mentorId: 'm2', menteeIds: ['e1', 'e4'] },
      ],
      byes: ['e2'],
    },
    { round: 3, tables: [{ mentorId: 'm1', menteeIds: ['e4', 'e2'] }], byes: ['e1', 'e3'] },
  ],
};
const matrix = planMatrix(schedule, new Map(), { alwaysByes: true });
const kinds = (slots: Slot[]) => slots.map((s) => (s.kind === 'mentee' ? s.menteeId : s.kind));

describe('seatGrid', () => {
  it('without a pick: only the mentees, by table then the byes row', () => {
    const g = seatGrid(matrix, schedule, 2, null);
    expect(g.cells.map((row) => row.map(kinds))).toEqual([
      [['e1', 'e2'], ['e3'], ['e4', 'e2']],
      [['e3'], ['e1', 'e4'], []],
      [['e4'], ['e2'], ['e1', 'e3']],
    ]);
  });

  it('in the round of a pick: free seats up to the capacity where the mentor is present, and "sit out"', () => {
    const pick2 = { round: 2, menteeId: 'e1', place: 'm2' };
    expect(seatGrid(matrix, schedule, 2, pick2).cells.map((row) => kinds(row[1]!))).toEqual([
      ['e3', 'free'],
      ['e1', 'e4'],
      ['e2', 'sit-out'],
    ]);
    // Round 3: T2's mentor is not there, so no free seat at T2.
    const pick3 = { round: 3, menteeId: 'e4', place: 'm1' };
    expect(seatGrid(matrix, schedule, 2, pick3).cells.map((row) => kinds(row[2]!))).toEqual([
      ['e4', 'e2'],
      [],
      ['e1', 'e3', 'sit-out'],
    ]);
  });

  it('no free seat at the picked mentee’s own table, no "sit out" for one who already sits out', () => {
    const atT1 = { round: 2, menteeId: 'e3', place: 'm1' };
    expect(seatGrid(matrix, schedule, 2, atT1).cells.map((row) => kinds(row[1]!))).toEqual([
      ['e3'],
      ['e1', 'e4'],
      ['e2', 'sit-out'],
    ]);
    const out = { round: 2, menteeId: 'e2', place: 'bye' };
    expect(seatGrid(matrix, schedule, 2, out).cells.map((row) => kinds(row[1]!))).toEqual([
      ['e3', 'free'],
      ['e1', 'e4'],
      ['e2'],
    ]);
  });
});

describe('editFor: what a seat does for a pick', () => {
  const pick = { round: 2, menteeId: 'e3', place: 'm1' };
  const g = seatGrid(matrix, schedule, 2, { round: 2, menteeId: 'e1', place: 'm2' });
  const at = (row: number, slot: number) => slotAt(g, { row, col: 1, slot })!;

  it('another mentee of the round at another place: a swap', () => {
    expect(editFor(pick, at(1, 0))).toEqual({ op: 'swap', round: 2, a: 'e3', b: 'e1' });
    expect(editFor(pick, at(2, 0))).toEqual({ op: 'swap', round: 2, a: 'e3', b: 'e2' });
  });

  it('a free seat at another table, or sitting out: a move', () => {
    const free = { kind: 'free' as const, round: 2, place: 'm2' };
    expect(editFor(pick, free)).toEqual({ op: 'move', round: 2, menteeId: 'e3', to: 'm2' });
    expect(editFor(pick, at(2, 1))).toEqual({ op: 'move', round: 2, menteeId: 'e3', to: 'bye' });
  });

  it('no target: the same seat, the same place, or another round', () => {
    expect(editFor(pick, at(0, 0))).toBeNull(); // the picked mentee
    expect(editFor(pick, at(0, 1))).toBeNull(); // a free seat at their own table
    expect(editFor(pick, { kind: 'mentee', round: 1, place: 'm2', menteeId: 'e3' })).toBeNull();
    expect(editFor({ round: 2, menteeId: 'e2', place: 'bye' }, at(2, 1))).toBeNull(); // already sits out
    expect(isPicked(pick, at(0, 0))).toBe(true);
    expect(isPicked(pick, at(1, 0))).toBe(false);
  });
});

describe('moveFocus: arrow keys over the seats', () => {
  const g = seatGrid(matrix, schedule, 2, null);

  it('up and down walk a round: through a cell, then to the next table that has someone', () => {
    let p = { row: 0, col: 0, slot: 0 };
    p = moveFocus(g, p, 'ArrowDown');
    expect(p).toEqual({ row: 0, col: 0, slot: 1 });
    p = moveFocus(g, p, 'ArrowDown');
    expect(p).toEqual({ row: 1, col: 0, slot: 0 });
    p = moveFocus(g, p, 'ArrowDown');
    expect(p).toEqual({ row: 2, col: 0, slot: 0 });
    expect(moveFocus(g, p, 'ArrowDown')).toEqual(p); // the edge
    // Round 3: T2 is empty, so up from the byes goes straight to T1's last seat.
    expect(moveFocus(g, { row: 2, col: 2, slot: 0 }, 'ArrowUp')).toEqual({ row: 0, col: 2, slot: 1 });
  });

  it('left and right keep the row, skip a round the row has nobody in, and clamp the seat', () => {
    expect(moveFocus(g, { row: 0, col: 0, slot: 1 }, 'ArrowRight')).toEqual({ row: 0, col: 1, slot: 0 });
    expect(moveFocus(g, { row: 1, col: 1, slot: 1 }, 'ArrowRight')).toEqual({ row: 1, col: 1, slot: 1 });
    expect(moveFocus(g, { row: 2, col: 2, slot: 1 }, 'ArrowLeft')).toEqual({ row: 2, col: 1, slot: 0 });
    expect(moveFocus(g, { row: 0, col: 0, slot: 0 }, 'End')).toEqual({ row: 0, col: 2, slot: 0 });
    expect(moveFocus(g, { row: 0, col: 2, slot: 1 }, 'Home')).toEqual({ row: 0, col: 0, slot: 1 });
  });

  it('a focus on a seat that is gone lands on the nearest one; a mentee is found by round', () => {
    expect(clampPos(g, { row: 1, col: 2, slot: 0 })).toEqual({ row: 0, col: 2, slot: 0 });
    expect(clampPos(g, { row: 0, col: 0, slot: 5 })).toEqual({ row: 0, col: 0, slot: 1 });
    expect(positionOf(g, { round: 2, menteeId: 'e4' })).toEqual({ row: 1, col: 1, slot: 1 });
    expect(positionOf(g, { round: 9, menteeId: 'e4' })).toBeNull();
  });
});

describe('the words and the inverse of an edit', () => {
  const names = editNames(schedule);

  it('says each edit plainly', () => {
    expect(describeEdit({ op: 'swap', round: 2, a: 'e3', b: 'e1' }, names)).toBe('Sam and Zoë swap places in round 2');
    expect(describeEdit({ op: 'move', round: 1, menteeId: 'e4', to: 'm2' }, names)).toBe(
      'Lin moves to T2 · Alan Kay in round 1',
    );
    expect(describeEdit({ op: 'move', round: 1, menteeId: 'e3', to: 'bye' }, names)).toBe('Sam sits out round 1');
    expect(describeEdit({ op: 'pin', menteeId: 'e1', mentorId: 'm1', round: 1 }, names)).toBe(
      'Zoë meets Grace Hopper in round 1 (pinned)',
    );
    expect(describeEdit({ op: 'lock-round', round: 3 }, names)).toBe('round 3 locked');
  });

  it('takes back a swap by the same swap, a move by moving back, a pin by unpinning, a lock by unlocking', () => {
    const swap = { op: 'swap' as const, round: 2, a: 'e3', b: 'e1' };
    expect(inverseEdit(swap, schedule, NO_RULES)).toEqual(swap);
    expect(inverseEdit({ op: 'move', round: 2, menteeId: 'e3', to: 'bye' }, schedule, NO_RULES)).toEqual({
      op: 'move',
      round: 2,
      menteeId: 'e3',
      to: 'm1',
    });
    expect(inverseEdit({ op: 'move', round: 2, menteeId: 'e2', to: 'm1' }, schedule, NO_RULES)).toEqual({
      op: 'move',
      round: 2,
      menteeId: 'e2',
      to: 'bye',
    });
    expect(inverseEdit({ op: 'pin', menteeId: 'e1', mentorId: 'm1', round: 1 }, schedule, NO_RULES)).toEqual({
      op: 'unpin',
      menteeId: 'e1',
      mentorId: 'm1',
    });
    const rules = { ...NO_RULES, pins: [{ menteeId: 'e1', mentorId: 'm1', round: 1 }], lockedRounds: [2] };
    expect(inverseEdit({ op: 'unpin', menteeId: 'e1', mentorId: 'm1' }, schedule, rules)).toEqual({
      op: 'pin',
      menteeId: 'e1',
      mentorId: 'm1',
      round: 1,
    });
    expect(inverseEdit({ op: 'lock-round', round: 3 }, schedule, rules)).toEqual({ op: 'unlock-round', round: 3 });
    expect(inverseEdit({ op: 'unlock-round', round: 2 }, schedule, rules)).toEqual({ op: 'lock-round', round: 2 });
    // Nothing to take back: locking a locked round.
    expect(inverseEdit({ op: 'lock-round', round: 2 }, schedule, rules)).toBeNull();
  });
});

describe('the rules as the console sees them', () => {
  it('reads planRules from the view, and no rules from a view without them', () => {
    expect(planRulesOf({})).toEqual(NO_RULES);
    expect(planRulesOf({ planRules: { pins: 'x' } })).toEqual(NO_RULES);
    const view = { planRules: { pins: [{ menteeId: 'e1', mentorId: 'm1' }], lockedRounds: [2], metBeforeCount: 3 } };
    expect(planRulesOf(view)).toEqual(view.planRules);
  });

  it('follows an accepted edit until the pushed view brings the rules, and marks pinned seats', () => {
    let r = rulesAfter(NO_RULES, { op: 'pin', menteeId: 'e1', mentorId: 'm1', round: 2 });
    expect(seatPin(r, 'e1', 'm1', 2)).toBe('round');
    expect(seatPin(r, 'e1', 'm1', 1)).toBeNull();
    r = rulesAfter(r, { op: 'pin', menteeId: 'e1', mentorId: 'm1' });
    expect(r.pins).toEqual([{ menteeId: 'e1', mentorId: 'm1' }]);
    expect(seatPin(r, 'e1', 'm1', 1)).toBe('any');
    r = rulesAfter(rulesAfter(r, { op: 'lock-round', round: 3 }), { op: 'lock-round', round: 1 });
    expect(r.lockedRounds).toEqual([1, 3]);
    r = rulesAfter(rulesAfter(r, { op: 'unlock-round', round: 3 }), { op: 'unpin', menteeId: 'e1', mentorId: 'm1' });
    expect(r).toEqual({ pins: [], lockedRounds: [1], metBeforeCount: 0 });
  });
});

describe('editShortcut', () => {
  it('Ctrl or ⌘ with Z undoes, with Shift+Z or Y redoes; never while typing', () => {
    expect(editShortcut({ key: 'z', ctrlKey: true })).toBe('undo');
    expect(editShortcut({ key: 'z', metaKey: true })).toBe('undo');
    expect(editShortcut({ key: 'Z', ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(editShortcut({ key: 'y', ctrlKey: true })).toBe('redo');
    expect(editShortcut({ key: 'z' })).toBeNull();
    expect(editShortcut({ key: 'z', ctrlKey: true, altKey: true })).toBeNull();
    const input = document.createElement('input');
    expect(editShortcut({ key: 'z', ctrlKey: true, target: input })).toBeNull();
  });
});
