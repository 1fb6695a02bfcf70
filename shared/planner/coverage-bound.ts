/** The spec's upper bound on distinct meetings, and the per-person counts it is made of. */
import { blockedMentors } from './groups';
import type { PlanInput } from './types';

/**
 * min(Σ mentees min(rounds, allowed mentors), Σ mentors min(rounds·capacity, mentees allowed to
 * them), rounds·min(mentors·capacity, mentees)): nobody meets more mentors than rounds or than
 * they may, no mentor has more seats than rounds·capacity, and no round holds more than the room.
 * A mentor of the mentee's own group counts as avoided while that rule is on. Meetings at earlier
 * events do not lower it: the bound counts meetings in this event.
 */
export function coverageBound(input: PlanInput, rounds = input.settings.rounds): number {
  const { mentors, mentees } = input;
  const cap = input.settings.tableCapacity;
  const allowedTo = new Map(mentors.map((m) => [m.id, mentees.length] as const));
  const blocked = blockedMentors(input);
  let perMentee = 0;
  mentees.forEach((_, i) => {
    const avoided = blocked[i]!;
    for (const id of avoided) allowedTo.set(id, allowedTo.get(id)! - 1);
    perMentee += Math.min(rounds, mentors.length - avoided.size);
  });
  let perMentor = 0;
  for (const n of allowedTo.values()) perMentor += Math.min(rounds * cap, n);
  return Math.min(perMentee, perMentor, rounds * Math.min(mentors.length * cap, mentees.length));
}
