import type { PlanInput, PlanMentee } from '../../shared/planner';
import { createRng } from '../../shared/planner/prng';

/** The size of a seeded room. */
export interface RoomSize {
  mentors: number;
  mentees: number;
  tableCapacity: number;
  rounds: number;
}

/**
 * A seeded event (the benches' common generator): mentors m1… at tables T1… (`tables: false`
 * leaves their table empty, for mentors who move), mentees e1… with 3 wishes and 2 avoids, all
 * different mentors.
 */
export function seededRoom(c: RoomSize, seed: number, opts: { tables?: boolean } = {}): PlanInput {
  const rng = createRng(seed);
  const mentors = Array.from({ length: c.mentors }, (_, i) => ({
    id: `m${i + 1}`,
    name: `Mentor ${i + 1}`,
    table: opts.tables === false ? '' : `T${i + 1}`,
  }));
  const mentee = (i: number): PlanMentee => {
    const picked = new Set<number>();
    while (picked.size < Math.min(5, c.mentors)) picked.add(rng.int(c.mentors));
    const ids = [...picked].map((k) => `m${k + 1}`);
    return { id: `e${i + 1}`, name: `Mentee ${i + 1}`, wishes: ids.slice(0, 3), avoid: ids.slice(3, 5) };
  };
  return {
    settings: { rounds: c.rounds, tableCapacity: c.tableCapacity },
    mentors,
    mentees: Array.from({ length: c.mentees }, (_, i) => mentee(i)),
  };
}
