import { ROLE_LABEL_COLUMN, type CsvRole } from '../csv/role-label';
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
 * Formula-safe cells, a BOM so spreadsheets read names such as Zoë or 李雷. With `roleLabel` (the
 * event's own role words, shared/csv/role-label.ts) a `role_label` column comes last.
 */
export function mergeCsv(rows: readonly MergeRow[], roleLabel?: ((role: CsvRole) => string) | null): string {
  const head = [...MERGE_COLUMNS, ...(roleLabel ? [ROLE_LABEL_COLUMN] : [])];
  const cells = (r: MergeRow) => [r.name, r.email, r.role, r.link, r.subject, r.message];
  return writeCsv([head, ...rows.map((r) => (roleLabel ? [...cells(r), roleLabel(r.role)] : cells(r)))], {
    bom: true,
  });
}
