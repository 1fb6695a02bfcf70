/** Quality figures about wishes: all of them, and per priority level. */
import { menteePriority } from './model';
import type { CompleteQualityReport, PlanInput, QualityReport } from './types';

/** One mentee's valid wishes: present, not blocked (avoided, own group), not met at an earlier event. */
function validWishes(
  wishes: readonly string[] | undefined,
  present: Set<string>,
  blocked: Set<string>,
  history: Set<string> | undefined,
  rounds: number,
): string[] {
  return [...new Set(wishes ?? [])]
    .filter((id) => present.has(id) && !blocked.has(id) && !history?.has(id))
    .slice(0, rounds);
}

/**
 * Wishes met, counting each mentee's first `rounds` valid wishes (mentors present, not avoided
 * nor of the mentee's own group while that rule is on, nor met at an earlier event: the planner
 * treats those as met already): nobody can meet more mentors than there are rounds. Ratio 1 when
 * nobody wished. `byPriority` counts the same per priority level, highest first.
 */
export function wishFigures(
  input: PlanInput,
  rounds: number,
  met: Map<string, Map<string, number>>,
  blocked: Set<string>[],
  history?: Map<string, Set<string>>,
): { wishes: QualityReport['wishes']; byPriority: CompleteQualityReport['wishesByPriority'] } {
  const present = new Set(input.mentors.map((m) => m.id));
  let total = 0;
  let hit = 0;
  let topTotal = 0;
  let topMet = 0;
  const levels = new Map<number, CompleteQualityReport['wishesByPriority'][number]>();
  input.mentees.forEach((x, i) => {
    const valid = validWishes(x.wishes, present, blocked[i]!, history?.get(x.id), rounds);
    const mine = met.get(x.id);
    const isMet = (id: string) => (mine?.get(id) ?? 0) > 0;
    const priority = menteePriority(x);
    const level =
      levels.get(priority) ??
      levels
        .set(priority, { priority, mentees: 0, firstWishes: 0, firstWishesMet: 0, wishes: 0, wishesMet: 0 })
        .get(priority)!;
    const metCount = valid.filter(isMet).length;
    const first = valid.length > 0 ? 1 : 0;
    const firstMet = first && isMet(valid[0]!) ? 1 : 0;
    total += valid.length;
    hit += metCount;
    topTotal += first;
    topMet += firstMet;
    level.mentees++;
    level.wishes += valid.length;
    level.wishesMet += metCount;
    level.firstWishes += first;
    level.firstWishesMet += firstMet;
  });
  return {
    wishes: { met: hit, total, ratio: total > 0 ? hit / total : 1, topMet, topTotal },
    byPriority: [...levels.values()].sort((a, b) => b.priority - a.priority),
  };
}
