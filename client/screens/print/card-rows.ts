import type { OrganizerView } from '../../../shared/protocol/views';

/** One round on a personal card. `table` null: a mentee's bye (or a mentor not yet seated that round). */
export interface CardRound {
  round: number;
  table: string | null;
  /** Mentee: the mentor at the table. Mentor: the mentees seated with them, joined by ", " (empty: a resting table). */
  with: string;
}

/** Everything one personal card shows. */
export interface PersonCard {
  id: string;
  name: string;
  role: 'mentor' | 'mentee';
  /** A mentor's table. */
  table?: string;
  topics: string[];
  link: string;
  rounds: CardRound[];
}

/**
 * The personal cards of an event (pure): mentors in table order, then mentees by name (the
 * order they are handed out at the door), each with their table and company for every round
 * of the schedule. Names come from the current people, falling back to the schedule's lists.
 */
export function personCards(view: Pick<OrganizerView, 'mentors' | 'mentees' | 'schedule'>): PersonCard[] {
  const names = new Map<string, string>();
  for (const p of [
    ...(view.schedule?.mentors ?? []),
    ...(view.schedule?.mentees ?? []),
    ...view.mentors,
    ...view.mentees,
  ])
    names.set(p.id, p.name);
  const tables = new Map<string, string>();
  for (const m of [...(view.schedule?.mentors ?? []), ...view.mentors]) tables.set(m.id, m.table);
  const name = (id: string) => names.get(id) ?? '?';
  const rounds = view.schedule?.rounds ?? [];

  const mentors = view.mentors.map(
    (m): PersonCard => ({
      id: m.id,
      name: m.name,
      role: 'mentor',
      table: m.table,
      topics: m.topics,
      link: m.link,
      rounds: rounds.map((r) => {
        const t = r.tables.find((x) => x.mentorId === m.id);
        return { round: r.round, table: t ? m.table : null, with: t ? t.menteeIds.map(name).join(', ') : '' };
      }),
    }),
  );
  const mentees = [...view.mentees]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(
      (m): PersonCard => ({
        id: m.id,
        name: m.name,
        role: 'mentee',
        topics: [],
        link: m.link,
        rounds: rounds.map((r) => {
          const t = r.tables.find((x) => x.menteeIds.includes(m.id));
          return t
            ? { round: r.round, table: tables.get(t.mentorId) ?? '?', with: name(t.mentorId) }
            : { round: r.round, table: null, with: '' };
        }),
      }),
    );
  return [...mentors, ...mentees];
}

/**
 * How many cards share a page: four quarter-page cards while the rounds fit, else two, else
 * one. A mentor's row lists their table's mentees, which wrap to two lines from three a table.
 */
export function cardsPerPage(rounds: number, tableCapacity = 1): 1 | 2 | 4 {
  const lines = rounds * (tableCapacity >= 3 ? 2 : 1);
  if (lines <= 10) return 4;
  if (lines <= 26) return 2;
  return 1;
}

/** Split a list into consecutive pages of `size`. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}
