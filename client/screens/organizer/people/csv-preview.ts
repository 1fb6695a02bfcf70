import { localRoleWords } from '../../../i18n/role-words';
import type { RoleWords } from '../../../../shared/labels/role-words';
import { parseParticipantsCsv, type ParticipantsCsvResult } from '../../../../shared/csv/parse-participants';
import type { Issue } from '../../../../shared/schemas/errors';
import { consoleSignup } from '../../../i18n/catalogues/console-signup';
import { csvIssueText } from './csv-issue-text';

/** What the import preview shows for the pasted text. */
export type CsvPreview =
  | { state: 'empty' }
  | { state: 'ready'; mentors: string[]; mentees: string[]; summary: string }
  | { state: 'invalid'; lines: string[]; summary: string };

/** "2 mentors", "1 mentee": the placeholders of csvReady and csvImported, in the event's words. */
export function countedPeople(
  file: { mentors: readonly unknown[]; mentees: readonly unknown[] },
  w: RoleWords['inline'],
): { mentorCount: string; menteeCount: string } {
  return {
    mentorCount: consoleSignup.t('csvMentorCount', {
      count: file.mentors.length,
      mentor: w.mentor,
      mentors: w.mentors,
    }),
    menteeCount: consoleSignup.t('csvMenteeCount', {
      count: file.mentees.length,
      mentee: w.mentee,
      mentees: w.mentees,
    }),
  };
}

/** Parse the pasted CSV locally (nothing is sent) and say what an import would add, or every bad line. */
export function previewCsv(
  text: string,
  parse: (t: string) => ParticipantsCsvResult = parseParticipantsCsv,
  { inline: w }: RoleWords = localRoleWords(null),
): CsvPreview {
  if (text.trim() === '') return { state: 'empty' };
  const r = parse(text);
  if (!r.ok) {
    return {
      state: 'invalid',
      lines: issueLines(r.issues),
      summary: consoleSignup.t('csvProblems', { count: r.issues.length }),
    };
  }
  const mentors = r.mentors.map((m) => m.name);
  const mentees = r.mentees.map((m) => m.name);
  return { state: 'ready', mentors, mentees, summary: consoleSignup.t('csvReady', countedPeople(r, w)) };
}

/** Issues as "line N: what is wrong" (or "path: message" for issues without a line). */
export function issueLines(issues: Issue[]): string[] {
  // In the page's language where the issue has a code (English: the parser's and server's words, unchanged).
  return issues.map(csvIssueText);
}
