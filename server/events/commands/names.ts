import type { Mentor } from '../../../shared/schemas/people';

/** The key two names are compared by: trimmed, Unicode-normalised, case-folded. */
export function nameKey(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}

/** Looks mentors up by name; a name two mentors share is ambiguous. */
export interface MentorIndex {
  find(name: string): { id: string } | { error: string };
}

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
