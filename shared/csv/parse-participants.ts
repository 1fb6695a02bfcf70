import type { Issue } from '../schemas/errors';
import type { Locale } from '../schemas/locale';
import { assignTables, duplicateNames, duplicateTables, resolveChoices, type LineProblem } from './cross-checks';
import { readHeader } from './header';
import { readRecords } from './read-rows';
import { peerProblems, peerRowsOf } from './peer-rows';
import { csvProblem } from './problem';
import { readRow, type MenteeRow, type MentorRow } from './rows';

/** A mentor read from the participants CSV; `line` is where its record starts. */
export interface ParsedMentor {
  line: number;
  name: string;
  table: string;
  bio?: string;
  topics: string[];
  email?: string;
  /** A company, team or school (the `group` column). */
  group?: string;
  /** A remote table's video-call link (the `meeting_url` column), https only. */
  meetingUrl?: string;
  /** The person's own language (the `locale` column, issue 19): their mail is written in it. */
  locale?: Locale;
}

/**
 * A mentee read from the participants CSV; wishes (ranked) and avoid hold mentor names as the
 * mentor rows spell them.
 */
export interface ParsedMentee {
  line: number;
  name: string;
  questions: string[];
  wishes: string[];
  avoid: string[];
  email?: string;
  group?: string;
  /** The `priority` column: a whole number, higher served first; left out when 0 (the default). */
  priority?: number;
  /** The `table` column on a mentee row: the seat kept when mentors move (issue 17). */
  table?: string;
  locale?: Locale;
}

/** The people of a participants CSV that passed every check. */
export interface ParsedParticipants {
  mentors: ParsedMentor[];
  mentees: ParsedMentee[];
  /** Rows of role `peer` (issue 17, peer rounds); left out when the file has none. */
  peers?: ParsedPeer[];
}

/** A peer read from the participants CSV; wishes and avoid hold peer names as the peer rows spell them. */
export interface ParsedPeer {
  line: number;
  name: string;
  wishes: string[];
  avoid: string[];
  email?: string;
}

/**
 * The result of reading a participants CSV: everyone, or every problem (`path` is `line N`), each
 * with its code and params (shared/schemas/csv-issue-codes.ts) beside the English message.
 */
export type ParticipantsCsvResult = ({ ok: true } & ParsedParticipants) | { ok: false; issues: Issue[] };

/**
 * Read a participants CSV (header row; columns role, name, table, questions, wishes, avoid,
 * bio, topics, email, group, priority and meeting_url in any order and case). A file with any
 * problem is refused whole, with every problem located by the line its record starts on. Pure:
 * no I/O.
 */
export function parseParticipantsCsv(text: string): ParticipantsCsvResult {
  const { records, errors } = readRecords(text);
  const problems: LineProblem[] = [...errors];
  const [headerRecord, ...data] = records;
  if (!headerRecord) {
    problems.push({
      line: 1,
      ...csvProblem(
        'the file is empty; expected a header row such as role,name,table,questions,wishes,avoid',
        'csvEmptyFile',
      ),
    });
    return refuse(problems);
  }
  const header = readHeader(headerRecord.cells);
  problems.push(...header.problems.map((p) => ({ line: headerRecord.line, ...p })));
  if (header.fatal) return refuse(problems);

  const rows = data.map((r) => readRow(r, header));
  for (const row of rows) problems.push(...row.problems.map((p) => ({ line: row.line, ...p })));
  problems.push(...duplicateNames(rows), ...duplicateTables(rows));
  const mentorRows: MentorRow[] = [];
  const menteeRows: MenteeRow[] = [];
  for (const row of rows) {
    if (row.role === 'mentor' && row.person) mentorRows.push(row.person);
    if (row.role === 'mentee' && row.person) menteeRows.push(row.person);
  }
  const { choices, problems: choiceProblems } = resolveChoices(rows);
  problems.push(...choiceProblems, ...peerProblems(rows));
  if (problems.length > 0) return refuse(problems);
  const mentees = menteeRows.map((m) => ({ ...m, ...choices.get(m.line) }));
  const peers = peerRowsOf(rows);
  return { ok: true, mentors: assignTables(mentorRows), mentees, ...(peers.length ? { peers } : {}) };
}

/** Issues as `line N: what is wrong`, one per line. */
export function formatCsvIssues(issues: Issue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('\n');
}

function refuse(problems: LineProblem[]): { ok: false; issues: Issue[] } {
  const sorted = problems.map((p, i) => ({ ...p, i })).sort((a, b) => a.line - b.line || a.i - b.i);
  return {
    ok: false,
    issues: sorted.map((p) => ({
      path: `line ${p.line}`,
      message: p.message,
      code: p.code,
      ...(p.params ? { params: p.params } : {}),
    })),
  };
}
