import { writeCsv } from '../csv/write-csv';

/** One person's row of the mail-merge file. */
export interface MergeRow {
  name: string;
  email: string;
  role: 'mentor' | 'mentee';
  link: string;
  subject: string;
  /** The plain text the mail would carry. */
  message: string;
}

/** The columns of the mail-merge CSV, in order. */
export const MERGE_COLUMNS = ['name', 'email', 'role', 'link', 'subject', 'message'] as const;

/**
 * The mail-merge CSV (pure): one row per person, for a mail merge of the organizer's own
 * (name, e-mail, role, personal link, and the subject and text this server would send).
 * Formula-safe cells, a BOM so spreadsheets read names such as Zoë or 李雷.
 */
export function mergeCsv(rows: readonly MergeRow[]): string {
  return writeCsv([[...MERGE_COLUMNS], ...rows.map((r) => [r.name, r.email, r.role, r.link, r.subject, r.message])], {
    bom: true,
  });
}
