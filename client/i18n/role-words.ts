import type { RoleLabels } from '../../shared/schemas/role-labels';
import { roleWords, type RoleWords } from '../../shared/labels/role-words';
import { common } from './catalogues/common';

/**
 * The role words of a translated screen (issues 17 and 19): the event's own words as written
 * when it set `settings.labels` (an organizer's "Investor" stays "Investor" in every language),
 * else the page language's words for mentor and mentee. Reactive: call it inside a render.
 * Pass the result's fields to messages as placeholders (`{mentors}`), headings take the first
 * four, sentences `inline`.
 */
export function localRoleWords(labels: RoleLabels | null | undefined): RoleWords {
  if (labels) return roleWords(labels);
  return {
    mentor: common.t('roleMentor'),
    mentors: common.t('roleMentors'),
    mentee: common.t('roleMentee'),
    mentees: common.t('roleMentees'),
    inline: {
      mentor: common.t('roleMentorInline'),
      mentors: common.t('roleMentorsInline'),
      mentee: common.t('roleMenteeInline'),
      mentees: common.t('roleMenteesInline'),
    },
    custom: false,
  };
}
