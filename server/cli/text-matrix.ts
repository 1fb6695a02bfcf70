import type { Schedule } from '../../shared/schemas/schedule';
import { scheduleMatrix } from '../../shared/csv/schedule-matrix';
import { isMovingSchedule } from '../../shared/planner/moving-dispatch';
import { displayWidth, padToWidth } from './display-width';

/**
 * The schedule as a readable matrix: a row per round, a column per table (table label and
 * mentor name in the header), one mentee name per line in a cell, and a Byes column (names on
 * one line, so a round takes as many lines as its fullest table).
 */
export function formatScheduleText(schedule: Schedule): string[] {
  const { columns, rows } = scheduleMatrix(schedule);
  // When mentors move a column is a mentor who walks ("Mentor"); each cell says where ("at T3").
  const moving = isMovingSchedule(schedule);
  const unlabelled = moving ? 'Mentor' : '?';
  const header: string[][] = [['Round', ''], ...columns.map((c) => [c.table || unlabelled, c.mentor]), ['Byes', '']];
  const body = rows.map((r) => [
    [String(r.round)],
    ...r.cells.map((names) => (names.length ? names : [moving ? 'rests' : '-'])),
    [r.byes.join(', ')],
  ]);
  const cleaned = [header, ...body].map((row) => row.map((cell) => cell.map(oneLine)));
  const widths = cleaned[0]!.map((_, col) =>
    Math.max(...cleaned.map((row) => Math.max(0, ...row[col]!.map(displayWidth)))),
  );
  const render = (row: string[][]): string[] => {
    const height = Math.max(1, ...row.map((cell) => cell.length));
    return Array.from({ length: height }, (_, i) =>
      row
        .map((cell, col) => padToWidth(cell[i] ?? '', widths[col]!))
        .join(' | ')
        .trimEnd(),
    );
  };
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  const multiLine = body.some((row) => row.some((cell) => cell.length > 1));
  const lines = [...render(cleaned[0]!), rule];
  cleaned.slice(1).forEach((row, i) => {
    if (multiLine && i > 0) lines.push(rule);
    lines.push(...render(row));
  });
  return lines;
}

/** Names may hold newlines or tabs (quoted CSV cells); a matrix cell shows one line. */
function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
}
