/** Quality figures about wishes. */
import type { PlanInput, QualityReport } from './types';

/**
 * Wishes met, counting each mentee's first `rounds` valid wishes (mentors present and not also
 * avoided): nobody can meet more mentors than there are rounds. Ratio 1 when nobody wished.
 */
export function wishFigures(
  input: PlanInput,
  rounds: number,
  met: Map<string, Map<string, number>>,
): QualityReport['wishes'] {
  const present = new Set(input.mentors.map((m) => m.id));
  let total = 0;
  let hit = 0;
  let topTotal = 0;
  let topMet = 0;
  for (const x of input.mentees) {
    const avoid = new Set(x.avoid ?? []);
    const valid = [...new Set(x.wishes ?? [])].filter((id) => present.has(id) && !avoid.has(id)).slice(0, rounds);
    const mine = met.get(x.id);
    const isMet = (id: string) => (mine?.get(id) ?? 0) > 0;
    total += valid.length;
    hit += valid.filter(isMet).length;
    if (valid.length > 0) {
      topTotal++;
      if (isMet(valid[0]!)) topMet++;
    }
  }
  return { met: hit, total, ratio: total > 0 ? hit / total : 1, topMet, topTotal };
}
