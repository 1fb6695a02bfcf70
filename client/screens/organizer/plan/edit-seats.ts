import { BYE, type PlanEdit } from '../../../../shared/schemas/plan-edits';
import type { Schedule } from '../../../../shared/schemas/schedule';
import type { PlanMatrix } from './plan-matrix';

/**
 * A seat of the editable matrix: a mentee where they sit (a mentor's id, or "bye"), a free seat
 * at a table, or the "sit out" target of a round's byes row. Free seats and the sit-out target
 * show only in the round of a pick in progress: they are places to go, not people.
 */
export type Slot =
  | { kind: 'mentee'; round: number; place: string; menteeId: string }
  | { kind: 'free'; round: number; place: string }
  | { kind: 'sit-out'; round: number; place: typeof BYE };

/** A mentee picked to be moved: where they sit in which round. */
export interface Pick {
  round: number;
  menteeId: string;
  place: string;
}

/** The slots of the matrix: rows (the matrix's tables, then the byes) × rounds (by index). */
export interface SeatGrid {
  rounds: number[];
  /** cells[row][roundIndex]: the slots of that cell, in order. */
  cells: Slot[][][];
}

/** A position in the grid (row, round index, slot within the cell). */
export interface GridPos {
  row: number;
  col: number;
  slot: number;
}

/**
 * Pure: the grid of slots for a matrix (its rows must include the byes row, last). Free seats
 * (up to the table's capacity, only for mentors present that round) and the sit-out target
 * appear only in the round of the pick in progress, and never where the picked mentee already is.
 */
export function seatGrid(matrix: PlanMatrix, schedule: Schedule, capacity: number, pick: Pick | null): SeatGrid {
  const openRound = pick?.round ?? null;
  const present = schedule.rounds.map((r) => new Set(r.tables.map((t) => t.mentorId)));
  const cells = matrix.rows.map((row) =>
    matrix.rounds.map((round, c): Slot[] => {
      const seats = row.seats[c] ?? [];
      if (row.kind === 'byes') {
        const out: Slot[] = seats.map((s) => ({ kind: 'mentee', round, place: BYE, menteeId: s.id }));
        if (round === openRound && pick?.place !== BYE) out.push({ kind: 'sit-out', round, place: BYE });
        return out;
      }
      const out: Slot[] = seats.map((s) => ({ kind: 'mentee', round, place: row.key, menteeId: s.id }));
      if (round === openRound && pick?.place !== row.key && present[c]?.has(row.key))
        for (let i = seats.length; i < capacity; i++) out.push({ kind: 'free', round, place: row.key });
      return out;
    }),
  );
  return { rounds: matrix.rounds, cells };
}

/** The edit that moving the picked mentee to this slot makes, or null when the slot is no target. */
export function editFor(pick: Pick, slot: Slot): PlanEdit | null {
  if (slot.round !== pick.round || slot.place === pick.place) return null;
  switch (slot.kind) {
    case 'mentee':
      return slot.menteeId === pick.menteeId
        ? null
        : { op: 'swap', round: pick.round, a: pick.menteeId, b: slot.menteeId };
    case 'free':
      return { op: 'move', round: pick.round, menteeId: pick.menteeId, to: slot.place };
    case 'sit-out':
      return { op: 'move', round: pick.round, menteeId: pick.menteeId, to: BYE };
  }
}

/** Whether the slot is the picked mentee's own seat. */
export function isPicked(pick: Pick | null, slot: Slot): boolean {
  return !!pick && slot.kind === 'mentee' && slot.round === pick.round && slot.menteeId === pick.menteeId;
}

/** The slot at a position, if there is one. */
export function slotAt(grid: SeatGrid, pos: GridPos): Slot | null {
  return grid.cells[pos.row]?.[pos.col]?.[pos.slot] ?? null;
}

/** The position of a slot (by round, place and mentee), if it is in the grid. */
export function positionOf(grid: SeatGrid, want: { round: number; menteeId: string }): GridPos | null {
  const col = grid.rounds.indexOf(want.round);
  if (col < 0) return null;
  for (let row = 0; row < grid.cells.length; row++) {
    const slot = grid.cells[row]![col]!.findIndex((s) => s.kind === 'mentee' && s.menteeId === want.menteeId);
    if (slot >= 0) return { row, col, slot };
  }
  return null;
}

/** The nearest position holding a slot (the same one when it does), or null for an empty grid. */
export function clampPos(grid: SeatGrid, pos: GridPos): GridPos | null {
  if (slotAt(grid, pos)) return pos;
  const cols = grid.rounds.length;
  const col = Math.min(Math.max(pos.col, 0), cols - 1);
  const rows = grid.cells.length;
  // The same cell's last slot, then the nearest row in this column, then any column.
  for (const c of [col, ...Array.from({ length: cols }, (_, i) => i).filter((i) => i !== col)])
    for (let d = 0; d < rows; d++)
      for (const row of [pos.row - d, pos.row + d]) {
        const n = grid.cells[row]?.[c]?.length ?? 0;
        if (n > 0) return { row, col: c, slot: Math.min(pos.slot, n - 1) };
      }
  return null;
}

/** Keys that move the focus over the grid. */
export type GridKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

/**
 * Pure: where a key moves the focus. Up and down walk the seats of a round (through a cell,
 * then on to the next table's); left and right go to the same row in the round before or
 * after (the first round that row has someone in); Home and End to the row's first and last
 * such round. At an edge the focus stays.
 */
export function moveFocus(grid: SeatGrid, pos: GridPos, key: GridKey): GridPos {
  const len = (row: number, col: number) => grid.cells[row]?.[col]?.length ?? 0;
  const rows = grid.cells.length;
  const cols = grid.rounds.length;
  switch (key) {
    case 'ArrowDown': {
      if (pos.slot + 1 < len(pos.row, pos.col)) return { ...pos, slot: pos.slot + 1 };
      for (let row = pos.row + 1; row < rows; row++) if (len(row, pos.col) > 0) return { row, col: pos.col, slot: 0 };
      return pos;
    }
    case 'ArrowUp': {
      if (pos.slot > 0) return { ...pos, slot: pos.slot - 1 };
      for (let row = pos.row - 1; row >= 0; row--)
        if (len(row, pos.col) > 0) return { row, col: pos.col, slot: len(row, pos.col) - 1 };
      return pos;
    }
    case 'ArrowRight':
    case 'ArrowLeft':
    case 'Home':
    case 'End': {
      const step = key === 'ArrowRight' || key === 'End' ? 1 : -1;
      const far = key === 'Home' || key === 'End';
      let found: GridPos | null = null;
      for (let col = pos.col + step; col >= 0 && col < cols; col += step) {
        const n = len(pos.row, col);
        if (n === 0) continue;
        found = { row: pos.row, col, slot: Math.min(pos.slot, n - 1) };
        if (!far) break;
      }
      return found ?? pos;
    }
  }
}
