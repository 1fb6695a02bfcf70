/**
 * Groups (a company, team or school) and the two rules about them: mentees of one group kept
 * apart at tables (soft) and nobody meeting a mentor of their own group (hard, like an avoid).
 * Shared by the model, the coverage bound and quality, so all three read the rules one way.
 */
import type { GroupRules, PlanInput, PlanMentee, PlanMentor, PlanSettings } from './types';

/** A group's key: names compare case-insensitively after trim; an empty name is no group. */
export function groupKey(group: string | null | undefined): string | null {
  if (typeof group !== 'string') return null;
  const key = group.trim().toLowerCase();
  return key.length > 0 ? key : null;
}

/** Whether anyone has a group at all. */
export function anyGroup(mentors: readonly PlanMentor[], mentees: readonly PlanMentee[]): boolean {
  return mentors.some((m) => groupKey(m.group) !== null) || mentees.some((x) => groupKey(x.group) !== null);
}

/**
 * The rules in force: as set, else both on when anyone has a group. Without groups both are off
 * whatever the settings say, so an event without groups plans exactly as before.
 */
export function groupRules(
  settings: PlanSettings | undefined,
  mentors: readonly PlanMentor[],
  mentees: readonly PlanMentee[],
): GroupRules {
  if (!anyGroup(mentors, mentees)) return { menteesApart: false, notOwnGroupMentor: false };
  const set = settings?.groups;
  if (!set || typeof set !== 'object') return { menteesApart: true, notOwnGroupMentor: true };
  return { menteesApart: set.menteesApart === true, notOwnGroupMentor: set.notOwnGroupMentor === true };
}

/**
 * Mentor ids each mentee may never sit with, in mentee order: their avoids and, with the
 * own-group rule, the mentors of their group. Only mentors present are listed.
 */
export function blockedMentors(input: PlanInput): Set<string>[] {
  const { mentors, mentees } = input;
  const present = new Set(mentors.map((m) => m.id));
  const rules = groupRules(input.settings, mentors, mentees);
  const byGroup = new Map<string, string[]>();
  if (rules.notOwnGroupMentor) {
    for (const m of mentors) {
      const g = groupKey(m.group);
      if (g !== null) (byGroup.get(g) ?? byGroup.set(g, []).get(g)!).push(m.id);
    }
  }
  return mentees.map((x) => {
    const blocked = new Set((x.avoid ?? []).filter((id) => present.has(id)));
    const g = groupKey(x.group);
    if (g !== null) for (const id of byGroup.get(g) ?? []) blocked.add(id);
    return blocked;
  });
}
