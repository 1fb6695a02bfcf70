import { z } from 'zod';
import { nameText } from './common';

/** The longest role name an event may use: it has to fit a phone's badge and a table tent. */
export const ROLE_LABEL_MAX = 30;

const label = nameText(ROLE_LABEL_MAX);

/**
 * The event's own words for its two roles (issue 17, `settings.labels`): reverse mentoring
 * ("Reverse mentor" / "Executive"), office hours ("Investor" / "Founder"), career fairs
 * ("Recruiter" / "Student"). `mentors` and `mentees` are the plurals, for the languages and
 * words where adding an "s" is wrong ("Alumnus" / "Alumni"); left out, they are derived.
 * The CSV's `role` column keeps the canonical `mentor` / `mentee` / `peer` whatever these say.
 */
export const roleLabelsSchema = z
  .object({
    mentor: label,
    mentee: label,
    mentors: label.optional(),
    mentees: label.optional(),
  })
  .strict();
export type RoleLabels = z.infer<typeof roleLabelsSchema>;
