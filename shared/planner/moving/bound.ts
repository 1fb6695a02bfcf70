/**
 * The coverage bound of a moving-mentors event: the most distinct (mentee, mentor) meetings the
 * rules allow for these seated groups. A mentor visits a whole table, so a mentor blocked by one
 * member is lost to every member of that table. It is the smaller of
 * - per table: with tables ≤ mentors every table is visited every round, by at most
 *   min(rounds, mentors it allows) different mentors; with more tables than mentors the
 *   rounds·mentors visits are shared with byes within one, the extra visits going to the
 *   largest tables (the rule "byes spread ≤ 1" is part of the bound);
 * - per mentor: at most min(rounds, tables it may visit) tables, the largest of them.
 */
import { blockedMentors } from '../groups';
import type { PlanInput } from '../types';

/** The most distinct meetings for these tables (member ids; unknown ids are ignored) over `rounds`. */
export function movingCoverageBound(
  input: PlanInput,
  tables: readonly { menteeIds: readonly string[] }[],
  rounds = input.settings.rounds,
): number {
  const blocked = blockedMentors(input);
  const index = new Map(input.mentees.map((x, i) => [x.id, i] as const));
  const T = input.mentors.length;
  const groups = tables
    .map((t) => {
      const members = t.menteeIds.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
      const shut = new Set<string>();
      for (const i of members) for (const id of blocked[i]!) shut.add(id);
      return { size: members.length, shut, allowed: T - shut.size };
    })
    .filter((g) => g.size > 0);
  const G = groups.length;
  if (G === 0 || T === 0 || rounds <= 0) return 0;
  let perTable = 0;
  if (G <= T) {
    for (const g of groups) perTable += g.size * Math.min(rounds, g.allowed);
  } else {
    const visits = rounds * T;
    const q = Math.floor(visits / G);
    const extra = visits - q * G;
    const bySize = [...groups].sort((a, b) => b.size - a.size || b.allowed - a.allowed);
    bySize.forEach((g, i) => {
      perTable += g.size * Math.min(q + (i < extra ? 1 : 0), g.allowed);
    });
  }
  let perMentor = 0;
  for (const m of input.mentors) {
    const sizes = groups.filter((g) => !g.shut.has(m.id)).map((g) => g.size);
    sizes.sort((a, b) => b - a);
    for (let i = 0; i < Math.min(rounds, sizes.length); i++) perMentor += sizes[i]!;
  }
  return Math.min(perTable, perMentor);
}
