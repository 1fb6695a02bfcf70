import { localRoleWords } from '../../../i18n/role-words';
import { withArticle } from '../../../../shared/labels/article';
import type { RoleWords } from '../../../../shared/labels/role-words';
import { BYE, type PlanEdit } from '../../../../shared/schemas/plan-edits';
import type { Schedule } from '../../../../shared/schemas/schedule';
import { consolePlanEdit } from '../../../i18n/catalogues/console-plan-edit';
import { pinOf, type PlanRulesView } from './edit-rules';

const { t } = consolePlanEdit;

/**
 * The `{an}` of the editor's messages: "yes" when English writes "an" before the event's role
 * word ("an investor"). A select, so that other languages can leave it out.
 */
export function articleOf(word: string): 'yes' | 'no' {
  return withArticle(word).startsWith('an ') ? 'yes' : 'no';
}

/** Names by id, for the words of an edit. */
export interface EditNames {
  mentee(id: string): string;
  /** "T2 · 李雷" */
  table(id: string): string;
  mentor(id: string): string;
}

/** The names of a schedule's people. */
export function editNames(
  schedule: Pick<Schedule, 'mentors' | 'mentees'>,
  words: RoleWords = localRoleWords(null),
): EditNames {
  const mentees = new Map(schedule.mentees.map((m) => [m.id, m.name] as const));
  const mentors = new Map(schedule.mentors.map((m) => [m.id, m] as const));
  return {
    mentee: (id) => mentees.get(id) ?? t('goneMentee'),
    table: (id) => {
      const m = mentors.get(id);
      return m ? `${m.table} · ${m.name}` : t('goneTable');
    },
    mentor: (id) =>
      mentors.get(id)?.name ?? t('goneMentor', { an: articleOf(words.inline.mentor), mentor: words.inline.mentor }),
  };
}

/** An edit in a few words, e.g. "Ana and Sam swap places in round 2". */
export function describeEdit(edit: PlanEdit, names: EditNames): string {
  switch (edit.op) {
    case 'swap':
      return t('editSwap', { a: names.mentee(edit.a), b: names.mentee(edit.b), round: edit.round });
    case 'move':
      return edit.to === BYE
        ? t('editSitOut', { mentee: names.mentee(edit.menteeId), round: edit.round })
        : t('editMove', { mentee: names.mentee(edit.menteeId), table: names.table(edit.to), round: edit.round });
    case 'pin': {
      const pair = { mentee: names.mentee(edit.menteeId), mentor: names.mentor(edit.mentorId) };
      return edit.round === undefined ? t('editPinAny', pair) : t('editPinRound', { ...pair, round: edit.round });
    }
    case 'unpin':
      return t('editUnpin', { mentee: names.mentee(edit.menteeId), mentor: names.mentor(edit.mentorId) });
    case 'lock-round':
      return t('editLock', { round: edit.round });
    case 'unlock-round':
      return t('editUnlock', { round: edit.round });
  }
}

/** Where a mentee sits in a round of a schedule: a mentor's id, "bye", or null (not in that round). */
export function placeOf(schedule: Schedule, round: number, menteeId: string): string | null {
  const r = schedule.rounds.find((x) => x.round === round);
  if (!r) return null;
  if (r.byes.includes(menteeId)) return BYE;
  return r.tables.find((t) => t.menteeIds.includes(menteeId))?.mentorId ?? null;
}

/**
 * Pure: the edit that takes `edit` back, from the plan and rules it was made on: a swap again,
 * a move back to where the mentee was, an unpin for a pin (and the pin as it was for an
 * unpin), an unlock for a lock. Null when there is nothing to take back.
 */
export function inverseEdit(edit: PlanEdit, before: Schedule, rules: PlanRulesView): PlanEdit | null {
  switch (edit.op) {
    case 'swap':
      return edit;
    case 'move': {
      const from = placeOf(before, edit.round, edit.menteeId);
      return from === null || from === edit.to ? null : { ...edit, to: from };
    }
    case 'pin': {
      const was = pinOf(rules, edit.menteeId, edit.mentorId);
      if (was) return was.round === edit.round ? null : { op: 'pin', ...was };
      return { op: 'unpin', menteeId: edit.menteeId, mentorId: edit.mentorId };
    }
    case 'unpin': {
      const was = pinOf(rules, edit.menteeId, edit.mentorId);
      return was ? { op: 'pin', ...was } : null;
    }
    case 'lock-round':
      return rules.lockedRounds.includes(edit.round) ? null : { op: 'unlock-round', round: edit.round };
    case 'unlock-round':
      return rules.lockedRounds.includes(edit.round) ? { op: 'lock-round', round: edit.round } : null;
  }
}
