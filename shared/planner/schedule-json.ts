/** Turning seat arrays into the public schedule JSON. */
import type { RoundSeating } from '../schemas/schedule';
import type { Model } from './model';

/** One round's seating: every mentor in table order, mentees in input order, byes last. */
export function roundJson(model: Model, round: number, seat: Int32Array): RoundSeating {
  const tables = model.mentors.map((m) => ({ mentorId: m.id, menteeIds: [] as string[] }));
  const byes: string[] = [];
  for (let x = 0; x < model.M; x++) {
    const id = model.mentees[x]!.id;
    const m = seat[x]!;
    if (m >= 0) tables[m]!.menteeIds.push(id);
    else byes.push(id);
  }
  return { round, tables, byes };
}

/** The mentor entry of the schedule's people list (only the public fields). */
export const mentorEntry = (m: { id: string; name: string; table: string }) => ({
  id: m.id,
  name: m.name,
  table: m.table,
});

/** The mentee entry of the schedule's people list (only the public fields). */
export const menteeEntry = (m: { id: string; name: string }) => ({ id: m.id, name: m.name });
