import type { PlanEdit } from '../../../../shared/schemas/plan-edits';

/** One hand edit as the undo history keeps it: the edit, the edit that takes it back, and its words. */
export interface UndoEntry {
  edit: PlanEdit;
  inverse: PlanEdit;
  text: string;
}

/** The undo and redo stacks, newest last; immutable (every step returns a new one). */
export interface UndoStack {
  undo: readonly UndoEntry[];
  redo: readonly UndoEntry[];
}

/** How many steps the history keeps (the oldest go first). */
export const UNDO_LIMIT = 50;

/** No history. */
export const EMPTY_STACK: UndoStack = Object.freeze({ undo: [], redo: [] });

/** After a new edit: it can be undone, and nothing can be redone any more. */
export function pushed(stack: UndoStack, entry: UndoEntry, limit = UNDO_LIMIT): UndoStack {
  return { undo: [...stack.undo, entry].slice(-limit), redo: [] };
}

/** The entry Undo takes back, if any. */
export function nextUndo(stack: UndoStack): UndoEntry | null {
  return stack.undo.at(-1) ?? null;
}

/** The entry Redo makes again, if any. */
export function nextRedo(stack: UndoStack): UndoEntry | null {
  return stack.redo.at(-1) ?? null;
}

/** After the newest edit was undone: it moves to the redo stack. */
export function undone(stack: UndoStack): UndoStack {
  const top = nextUndo(stack);
  return top ? { undo: stack.undo.slice(0, -1), redo: [...stack.redo, top] } : stack;
}

/** After the newest undone edit was made again: it moves back to the undo stack. */
export function redone(stack: UndoStack, limit = UNDO_LIMIT): UndoStack {
  const top = nextRedo(stack);
  return top ? { undo: [...stack.undo, top].slice(-limit), redo: stack.redo.slice(0, -1) } : stack;
}
