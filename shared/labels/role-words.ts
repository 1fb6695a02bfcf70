/**
 * The words every screen, printable, e-mail and export uses for the two roles (issue 17,
 * `settings.labels`): the event's own when it set them, else "Mentor" / "Mentee". Pure, shared
 * by the client and the server so a phone, a tent and a mail say the same.
 */
import type { RoleLabels } from '../schemas/role-labels';

export interface RoleWords {
  /** As a heading, badge or column head: "Mentor", "Investor", "Reverse mentor". */
  mentor: string;
  mentors: string;
  mentee: string;
  mentees: string;
  /** Inside a sentence: "meet 3 mentors", "meet 3 investors", "meet 3 VCs". */
  inline: { mentor: string; mentors: string; mentee: string; mentees: string };
  /** Whether the event chose its own words (translations then keep them as written). */
  custom: boolean;
}

export const DEFAULT_ROLE_LABELS: RoleLabels = { mentor: 'Mentor', mentee: 'Mentee' };

/** The English plural of a role name, on its last word: "Alumna" is the one to spell out. */
export function englishPlural(label: string): string {
  const m = /^(.*?)(\S+)$/su.exec(label);
  if (!m) return label;
  const [, head, last] = m as unknown as [string, string, string];
  let plural: string;
  const shouting = last.length > 1 && last === last.toUpperCase();
  if (!/\p{Script=Latin}$/u.test(last))
    plural = last; // 导师: no plural form to add
  else if (/[^aeiou]y$/iu.test(last)) plural = `${last.slice(0, -1)}${shouting ? 'IES' : 'ies'}`;
  else if (/(s|x|z|ch|sh)$/iu.test(last)) plural = `${last}${shouting ? 'ES' : 'es'}`;
  else plural = `${last}s`; // "VCs" as well as "mentors"
  return head + plural;
}

/**
 * A role name as it reads inside a sentence: a capital that only starts the word goes ("Investor"
 * → "investor", "Reverse mentor" → "reverse mentor"); acronyms and names keep theirs ("VC",
 * "iOS lead", "McKinsey partner").
 */
export function inlineWord(label: string): string {
  const first = label.split(/\s/u)[0] ?? '';
  const rest = first.slice(1);
  if (rest !== rest.toLowerCase() || first[0] === first[0]?.toLowerCase()) return label;
  return label[0]!.toLowerCase() + label.slice(1);
}

/** The event's role words from its `settings.labels` (null or left out: the defaults). */
export function roleWords(labels?: RoleLabels | null): RoleWords {
  const l = labels ?? DEFAULT_ROLE_LABELS;
  const mentors = l.mentors ?? englishPlural(l.mentor);
  const mentees = l.mentees ?? englishPlural(l.mentee);
  return {
    mentor: l.mentor,
    mentors,
    mentee: l.mentee,
    mentees,
    inline: {
      mentor: inlineWord(l.mentor),
      mentors: inlineWord(mentors),
      mentee: inlineWord(l.mentee),
      mentees: inlineWord(mentees),
    },
    custom: labels !== undefined && labels !== null,
  };
}

/** The label of a canonical CSV role, as the exports' `role_label` column writes it. */
export function roleLabelOf(words: RoleWords, role: 'mentor' | 'mentee' | 'peer'): string {
  return role === 'peer' ? 'Peer' : words[role];
}
