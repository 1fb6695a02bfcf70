import type { RoleWords } from '../../../shared/labels/role-words';
import type { RoleLabels } from '../../../shared/schemas/role-labels';
import { language } from '../../i18n/current-language';
import { localRoleWords } from '../../i18n/role-words';

/**
 * The role words the join messages take as placeholders (issue 17): `{mentor}` … `{mentees}`
 * inside a sentence, `{Mentor}` … `{Mentees}` as a label or heading of their own.
 */
export interface RoleParams {
  mentor: string;
  mentors: string;
  mentee: string;
  mentees: string;
  Mentor: string;
  Mentors: string;
  Mentee: string;
  Mentees: string;
}

/**
 * The placeholders for an event's `labels`, in the page's language; reactive (call it in a
 * render). English writes an organizer's "Investor" as "investor" inside a sentence; other
 * languages keep the event's words as written (German nouns keep their capital), and without
 * labels every language has its own words (the common catalogue's).
 */
export function roleParams(labels: RoleLabels | null | undefined): RoleParams {
  return roleParamsOf(localRoleWords(labels));
}

/** The same placeholders from role words already chosen (the console's, from its provider). */
export function roleParamsOf(w: RoleWords): RoleParams {
  const inline = w.custom && language() !== 'en' ? w : w.inline;
  return {
    mentor: inline.mentor,
    mentors: inline.mentors,
    mentee: inline.mentee,
    mentees: inline.mentees,
    Mentor: w.mentor,
    Mentors: w.mentors,
    Mentee: w.mentee,
    Mentees: w.mentees,
  };
}
