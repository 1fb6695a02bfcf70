import { describe, expect, it } from 'vitest';
import {
  EMPTY_STACK,
  nextRedo,
  nextUndo,
  pushed,
  redone,
  UNDO_LIMIT,
  undone,
  type UndoEntry,
} from '../../../client/screens/organizer/plan/undo-stack';

const entry = (n: number): UndoEntry => ({
  edit: { op: 'lock-round', round: n },
  inverse: { op: 'unlock-round', round: n },
  text: `round ${n} locked`,
});

describe('the undo stack', () => {
  it('undoes newest first, redoes what was undone, and a new edit clears the redo', () => {
    let s = pushed(pushed(EMPTY_STACK, entry(1)), entry(2));
    expect(nextUndo(s)).toEqual(entry(2));
    expect(nextRedo(s)).toBeNull();
    s = undone(s);
    expect(nextUndo(s)).toEqual(entry(1));
    expect(nextRedo(s)).toEqual(entry(2));
    s = undone(s);
    expect(nextUndo(s)).toBeNull();
    expect(s.redo.map((e) => e.text)).toEqual(['round 2 locked', 'round 1 locked']);
    s = redone(s);
    expect(nextUndo(s)).toEqual(entry(1));
    expect(nextRedo(s)).toEqual(entry(2));
    s = pushed(s, entry(3));
    expect(s.undo.map((e) => e.text)).toEqual(['round 1 locked', 'round 3 locked']);
    expect(nextRedo(s)).toBeNull();
  });

  it('keeps at least 20 steps (the oldest go first past the limit), and is never changed in place', () => {
    expect(UNDO_LIMIT).toBeGreaterThanOrEqual(20);
    let s = EMPTY_STACK;
    for (let i = 1; i <= UNDO_LIMIT + 5; i++) s = pushed(s, entry(i));
    expect(s.undo).toHaveLength(UNDO_LIMIT);
    expect(s.undo[0]).toEqual(entry(6));
    for (let i = 0; i < 20; i++) s = undone(s);
    expect(s.redo).toHaveLength(20);
    expect(nextUndo(s)).toEqual(entry(UNDO_LIMIT + 5 - 20));
    expect(EMPTY_STACK).toEqual({ undo: [], redo: [] });
    expect(undone(EMPTY_STACK)).toBe(EMPTY_STACK);
    expect(redone(EMPTY_STACK)).toBe(EMPTY_STACK);
  });
});
