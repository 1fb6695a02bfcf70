import type { Mentee, Mentor } from '../../schemas/people';
import type { EventState } from '../state';

/** Names by id: current people first, then the schedule's own lists (people removed later). */
export interface Lookup {
  mentor(id: string): Mentor | undefined;
  mentee(id: string): Mentee | undefined;
  name(id: string): string;
  table(mentorId: string): string | null;
}

// Views are built for many sockets from the same immutable state: build its lookup once.
const cache = new WeakMap<EventState, Lookup>();

export function lookup(s: EventState): Lookup {
  const hit = cache.get(s);
  if (hit) return hit;
  const made = build(s);
  cache.set(s, made);
  return made;
}

function build(s: EventState): Lookup {
  const mentors = new Map(s.mentors.map((m) => [m.id, m]));
  const mentees = new Map(s.mentees.map((m) => [m.id, m]));
  const scheduled = new Map<string, { name: string; table?: string }>();
  for (const p of [...(s.schedule?.mentors ?? []), ...(s.schedule?.mentees ?? [])])
    scheduled.set(p.id, p as { name: string; table?: string });
  return {
    mentor: (id) => mentors.get(id),
    mentee: (id) => mentees.get(id),
    name: (id) => mentors.get(id)?.name ?? mentees.get(id)?.name ?? scheduled.get(id)?.name ?? '(removed)',
    table: (id) => mentors.get(id)?.table ?? scheduled.get(id)?.table ?? null,
  };
}
