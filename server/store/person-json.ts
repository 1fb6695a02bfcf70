/**
 * The JSON text of each stored person, made once per person object. Adding 7,000 people to
 * an event stringified them all inside the store's save, on the event loop in one piece with
 * the transaction (~130 ms in all). The service prepares the new people's text a batch per
 * turn before it commits a large change; the store then takes the remembered text. People
 * are never changed in place (an edit makes a new object), so a text never goes stale.
 */
import type { Mentee, Mentor } from '../../shared/schemas/people';

const known = new WeakMap<Mentor | Mentee, string>();

/** How many people are turned into text between two turns of the event loop. */
const PEOPLE_PER_TURN = 1000;

/** The person's JSON text: the remembered one when it was prepared, else made now. */
export function personJsonOf(person: Mentor | Mentee): string {
  return known.get(person) ?? JSON.stringify(person);
}

/** Make and remember the text of each of `people` that has none yet, pausing between batches. */
export async function preparePeopleJson(
  people: readonly (Mentor | Mentee)[],
  pause: () => Promise<void>,
): Promise<void> {
  let made = 0;
  for (const p of people) {
    if (known.has(p)) continue;
    known.set(p, JSON.stringify(p));
    if (++made % PEOPLE_PER_TURN === 0) await pause();
  }
}
