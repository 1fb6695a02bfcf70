import { nameKey } from '../../csv/cells';
import type { Mentor } from '../../schemas/people';

export { nameKey };

/** Looks mentors up by name; a name two mentors share is ambiguous. */
export interface MentorIndex {
  find(name: string): { id: string } | { error: string };
}

/** An index of mentors by name key. */
export function indexMentors(mentors: readonly Pick<Mentor, 'id' | 'name'>[]): MentorIndex {
  const byKey = new Map<string, string[]>();
  for (const m of mentors) {
    const k = nameKey(m.name);
    byKey.set(k, [...(byKey.get(k) ?? []), m.id]);
  }
  return {
    find(name) {
      const ids = byKey.get(nameKey(name)) ?? [];
      if (ids.length === 1) return { id: ids[0]! };
      if (ids.length === 0) return { error: `no mentor named ${JSON.stringify(name)}` };
      return { error: `${ids.length} mentors are named ${JSON.stringify(name)}; rename one to tell them apart` };
    },
  };
}

/** The first free default table label: T1, T2, … */
export function nextTableLabel(taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const label = `T${n}`;
    if (!taken.has(nameKey(label))) return label;
  }
}
