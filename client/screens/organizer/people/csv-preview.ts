import { roleWords, type RoleWords } from '../../../../shared/labels/role-words';
import { parseParticipantsCsv, type ParticipantsCsvResult } from '../../../../shared/csv/parse-participants';
import type { Issue } from '../../../../shared/schemas/errors';

/** What the import preview shows for the pasted text. */
export type CsvPreview =
  | { state: 'empty' }
  | { state: 'ready'; mentors: string[]; mentees: string[]; summary: string }
  | { state: 'invalid'; lines: string[]; summary: string };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Parse the pasted CSV locally (nothing is sent) and say what an import would add, or every bad line. */
export function previewCsv(
  text: string,
  parse: (t: string) => ParticipantsCsvResult = parseParticipantsCsv,
  { inline: w }: RoleWords = roleWords(),
): CsvPreview {
  if (text.trim() === '') return { state: 'empty' };
  const r = parse(text);
  if (!r.ok) {
    return {
      state: 'invalid',
      lines: issueLines(r.issues),
      summary: `${plural(r.issues.length, 'problem')} found. Nothing will be saved until the file is fixed.`,
    };
  }
  const mentors = r.mentors.map((m) => m.name);
  const mentees = r.mentees.map((m) => m.name);
  return {
    state: 'ready',
    mentors,
    mentees,
    summary:
      `Ready to import ${plural(mentors.length, w.mentor, w.mentors)}` +
      ` and ${plural(mentees.length, w.mentee, w.mentees)}.`,
  };
}

/** Issues as "line N: what is wrong" (or "path: message" for issues without a line). */
export function issueLines(issues: Issue[]): string[] {
  return issues.map((i) => `${i.path}: ${i.message}`);
}
