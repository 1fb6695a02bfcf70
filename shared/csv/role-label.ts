/**
 * The `role_label` column (issue 17, `settings.labels`): an export with a `role` column keeps the
 * canonical `mentor` / `mentee` / `peer` there, since organizers' scripts read it, and only when
 * the event chose its own role words appends `role_label` with them. Without labels the exports
 * stay byte for byte as they were. The import reads past the column (columns.ts).
 */
import { roleLabelOf, roleWords } from '../labels/role-words';
import type { RoleLabels } from '../schemas/role-labels';

/** The name of the column the exports append (the follow-ups list: one per person of a pair). */
export const ROLE_LABEL_COLUMN = 'role_label';

/** A canonical role as the exports write it. */
export type CsvRole = 'mentor' | 'mentee' | 'peer';

/** What an export needs to know of the event's settings to label roles. */
export interface RoleLabelSettings {
  labels?: RoleLabels | null | undefined;
  pairing?: 'mentor-mentee' | 'peer' | undefined;
}

/**
 * The `role_label` cell of each canonical role, or null when the event keeps the default words
 * (then no column is written). In a peer event everyone is a peer, whatever the row's role says.
 */
export function roleLabeller(settings: RoleLabelSettings): ((role: CsvRole) => string) | null {
  if (!settings.labels) return null;
  const words = roleWords(settings.labels);
  const peer = settings.pairing === 'peer';
  return (role) => roleLabelOf(words, peer ? 'peer' : role);
}
