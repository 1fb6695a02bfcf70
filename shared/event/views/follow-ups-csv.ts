/**
 * The organizer's list of mutual follow-ups (`follow-ups.csv`): each pair in which both said
 * "I'd like to stay in touch", once, with what each chose to share (nothing, their e-mail or
 * a contact line). One-sided yeses never appear. Formula cells neutralised (shared/csv). Pure.
 */
import { roleLabeller } from '../../csv/role-label';
import { writeCsv } from '../../csv/write-csv';
import { sharedContact } from '../rules/feedback';
import type { EventState } from '../state';
import { lookup } from './people-lookup';

/** The columns of `follow-ups.csv`, in order. */
export const FOLLOW_UPS_CSV_COLUMNS = ['person_a', 'role_a', 'contact_a', 'person_b', 'role_b', 'contact_b'] as const;

/** The columns appended when the event has its own role words: each person's role in them. */
export const FOLLOW_UPS_LABEL_COLUMNS = ['role_label_a', 'role_label_b'] as const;

/**
 * The mutual pairs as CSV: a mentor before a mentee in a pair (two mentees by name), pairs
 * sorted by the first person's name, then the second's. An event with its own role words gets
 * `role_label_a` and `role_label_b` last (`role_a` / `role_b` keep `mentor` / `mentee`).
 */
export function followUpsCsv(s: EventState): string {
  const look = lookup(s);
  const role = (id: string): 'mentor' | 'mentee' => (look.mentor(id) ? 'mentor' : 'mentee');
  const yes = new Map<string, Set<string>>();
  for (const writer of Object.keys(s.feedback))
    for (const e of s.feedback[writer]!.given) {
      if (!e.followUp) continue;
      let mine = yes.get(writer);
      if (!mine) {
        mine = new Set();
        yes.set(writer, mine);
      }
      mine.add(e.withId);
    }
  const rows: Array<{ a: string; b: string; nameA: string; nameB: string }> = [];
  for (const [x, theirs] of yes)
    for (const y of theirs) {
      if (!(x < y) || !yes.get(y)?.has(x)) continue;
      const [nx, ny] = [look.name(x), look.name(y)];
      const xFirst = role(x) !== role(y) ? role(x) === 'mentor' : nx.localeCompare(ny) < 0 || (nx === ny && x < y);
      rows.push(xFirst ? { a: x, b: y, nameA: nx, nameB: ny } : { a: y, b: x, nameA: ny, nameB: nx });
    }
  rows.sort((p, q) => p.nameA.localeCompare(q.nameA) || p.nameB.localeCompare(q.nameB) || (p.a < q.a ? -1 : 1));
  const label = roleLabeller(s.settings);
  return writeCsv([
    [...FOLLOW_UPS_CSV_COLUMNS, ...(label ? FOLLOW_UPS_LABEL_COLUMNS : [])],
    ...rows.map((p) => [
      p.nameA,
      role(p.a),
      sharedContact(s, p.a) ?? '',
      p.nameB,
      role(p.b),
      sharedContact(s, p.b) ?? '',
      ...(label ? [label(role(p.a)), label(role(p.b))] : []),
    ]),
  ]);
}
