/** A slice of the wall sheet that fits one page: a range of tables (rows) and of rounds (columns). */
export interface SheetPart {
  /** Table rows [from, to) in table order. */
  tables: { from: number; to: number };
  /** Rounds [from, to], 1-based and inclusive. */
  rounds: { from: number; to: number };
}

/** One page holds up to this many tables, readable from a step away. */
export const TABLES_PER_PAGE = 20;
/** and up to this many rounds side by side (landscape). */
export const ROUNDS_PER_PAGE = 10;

/** Split `n` items into the fewest chunks of at most `max`, as even as possible (25 → 13 + 12). */
export function evenChunks(n: number, max: number): Array<{ from: number; to: number }> {
  if (n <= 0) return [{ from: 0, to: 0 }];
  const count = Math.ceil(n / max);
  const base = Math.floor(n / count);
  const extra = n % count;
  const out: Array<{ from: number; to: number }> = [];
  let from = 0;
  for (let i = 0; i < count; i++) {
    const size = base + (i < extra ? 1 : 0);
    out.push({ from, to: from + size });
    from += size;
  }
  return out;
}

/**
 * The pages of the wall sheet (pure): everything on one page up to `tablesPerPage` (20) tables
 * and ROUNDS_PER_PAGE rounds; beyond that the tables (then the rounds) are split evenly, each
 * page a whole block of tables × rounds. Fewer tables a page when long names need the room.
 */
export function sheetParts(tableCount: number, roundCount: number, tablesPerPage = TABLES_PER_PAGE): SheetPart[] {
  const parts: SheetPart[] = [];
  for (const r of evenChunks(roundCount, ROUNDS_PER_PAGE)) {
    for (const t of evenChunks(tableCount, tablesPerPage))
      parts.push({ tables: t, rounds: { from: r.from + 1, to: r.to } });
  }
  return parts;
}
