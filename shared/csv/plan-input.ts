import type { PlanMentee, PlanMentor } from '../planner';
import { nameKey } from './cells';
import type { ParsedParticipants } from './parse-participants';

/** The people of a parsed participants CSV as the planner takes them. */
export interface PlanPeople {
  mentors: PlanMentor[];
  mentees: PlanMentee[];
}

/** Groups compare like names, as the server's plans compare them (shared/event/rules/schedule.ts). */
const groupKey = (group: string | undefined) => (group ? { group: nameKey(group) } : {});

/**
 * Give parsed people stable ids in file order (mentors `m1`, `m2`, …, mentees `e1`, …, each
 * after `idPrefix`) and turn wishes and avoid from mentor names into mentor ids. A group is
 * passed as its `nameKey` ("ACME" is "Acme"), a priority when not 0.
 */
export function toPlanInput(parsed: ParsedParticipants, idPrefix = ''): PlanPeople {
  const mentors = parsed.mentors.map((m, i) => ({
    id: `${idPrefix}m${i + 1}`,
    name: m.name,
    table: m.table,
    ...groupKey(m.group),
  }));
  const idByName = new Map<string, string>();
  for (const m of mentors) if (!idByName.has(nameKey(m.name))) idByName.set(nameKey(m.name), m.id);
  const toId = (name: string): string => {
    const id = idByName.get(nameKey(name));
    if (id === undefined) throw new Error(`toPlanInput: ${JSON.stringify(name)} names no mentor`);
    return id;
  };
  const mentees = parsed.mentees.map((m, i) => ({
    id: `${idPrefix}e${i + 1}`,
    name: m.name,
    wishes: m.wishes.map(toId),
    avoid: m.avoid.map(toId),
    ...groupKey(m.group),
    ...(m.priority ? { priority: m.priority } : {}),
    ...(m.table ? { table: m.table } : {}),
  }));
  return { mentors, mentees };
}
