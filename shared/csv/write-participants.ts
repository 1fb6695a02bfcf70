import { COLUMNS, SEPARATORS, type Column } from './columns';
import { writeCsv, type CsvWriteOptions } from './write-csv';

/** A mentor to write to the participants CSV. */
export interface MentorCsvRow {
  name: string;
  table?: string;
  bio?: string;
  topics?: string[];
  email?: string;
}

/** A mentee to write to the participants CSV; wishes and avoid are mentor names. */
export interface MenteeCsvRow {
  name: string;
  questions?: string[];
  wishes?: string[];
  avoid?: string[];
  email?: string;
}

/**
 * Write people in the participants CSV format, mentors first, so that
 * `parseParticipantsCsv(participantsToCsv(m, e))` gives them back. A list item holding its
 * own separator (`;` in topics, wishes and avoid, `|` in questions) comes back split.
 */
export function participantsToCsv(
  mentors: MentorCsvRow[],
  mentees: MenteeCsvRow[],
  opts: CsvWriteOptions = {},
): string {
  const list = (items: string[] | undefined, c: keyof typeof SEPARATORS) => (items ?? []).join(`${SEPARATORS[c]} `);
  const row = (values: Partial<Record<Column, string>>) => COLUMNS.map((c) => values[c] ?? '');
  return writeCsv(
    [
      [...COLUMNS],
      ...mentors.map((m) =>
        row({
          role: 'mentor',
          name: m.name,
          table: m.table,
          topics: list(m.topics, 'topics'),
          bio: m.bio,
          email: m.email,
        }),
      ),
      ...mentees.map((m) =>
        row({
          role: 'mentee',
          name: m.name,
          questions: list(m.questions, 'questions'),
          wishes: list(m.wishes, 'wishes'),
          avoid: list(m.avoid, 'avoid'),
          email: m.email,
        }),
      ),
    ],
    opts,
  );
}
