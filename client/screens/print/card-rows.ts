import { isMovingSchedule } from '../../../shared/planner/moving-dispatch';
import type { MovingSchedule } from '../../../shared/planner/moving/types';
import type { OrganizerView } from '../../../shared/protocol/views';
import { isPeerSchedule, peersAt } from '../../../shared/planner/peer-schedule';
import type { Schedule } from '../../../shared/schemas/schedule';

/**
 * Peer rounds (issue 17): a card per peer (by name), each round's table and the peers met there
 * (`with`); a round sat out has no table.
 */
function peerCards(view: Pick<OrganizerView, 'mentees'>, schedule: Schedule, name: (id: string) => string) {
  return [...view.mentees]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(
      (p): PersonCard => ({
        id: p.id,
        name: p.name,
        role: 'mentee',
        peer: true,
        topics: [],
        link: p.link,
        rounds: schedule.rounds.map((r) => {
          const t = r.tables.find((x) => peersAt(x).includes(p.id));
          const mates = t ? peersAt(t).filter((id) => id !== p.id) : [];
          return { round: r.round, table: t?.table ?? null, with: mates.map(name).join(', ') };
        }),
      }),
    );
}

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
  /** A mentor's table; when mentors move, a mentee's table for the whole event (and none for a mentor). */
  table?: string;
  /** Mentors move (issue 17): a mentor's rows are the tables to visit; a mentee stays at `table`. */
  moving?: true;
  /** Peer rounds (issue 17): `with` names the other peers at the table. */
  peer?: true;
  topics: string[];
  link: string;
  /** A mentor's video-call link (a remote table, issue 17): printed as a second QR code. */
  meetingUrl?: string;
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
  if (view.schedule && isMovingSchedule(view.schedule)) return movingCards(view, view.schedule, name);
  if (isPeerSchedule(view.schedule)) return peerCards(view, view.schedule, name);

  const mentors = view.mentors.map(
    (m): PersonCard => ({
      id: m.id,
      name: m.name,
      role: 'mentor',
      table: m.table,
      topics: m.topics,
      link: m.link,
      ...(m.meetingUrl ? { meetingUrl: m.meetingUrl } : {}),
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
 * The cards when mentors move (issue 17): a mentor's rows are the table they visit each round
 * (null: they rest) and its mentees; a mentee's card says their table for the whole event and
 * who comes each round. Same order as personCards.
 */
function movingCards(
  view: Pick<OrganizerView, 'mentors' | 'mentees'>,
  schedule: MovingSchedule,
  name: (id: string) => string,
): PersonCard[] {
  const seatOf = new Map(schedule.tables.flatMap((t) => t.menteeIds.map((id) => [id, t.table] as const)));
  const mentors = view.mentors.map(
    (m): PersonCard => ({
      id: m.id,
      name: m.name,
      role: 'mentor',
      moving: true,
      topics: m.topics,
      link: m.link,
      ...(m.meetingUrl ? { meetingUrl: m.meetingUrl } : {}),
      rounds: schedule.rounds.map((r) => {
        const t = r.tables.find((x) => x.mentorId === m.id);
        return { round: r.round, table: t?.table ?? null, with: t ? t.menteeIds.map(name).join(', ') : '' };
      }),
    }),
  );
  const mentees = [...view.mentees]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((m): PersonCard => {
      const seat = seatOf.get(m.id);
      return {
        id: m.id,
        name: m.name,
        role: 'mentee',
        moving: true,
        ...(seat ? { table: seat } : {}),
        topics: [],
        link: m.link,
        rounds: schedule.rounds.map((r) => {
          const t = r.tables.find((x) => x.menteeIds.includes(m.id));
          return t
            ? { round: r.round, table: t.table ?? seat ?? '?', with: name(t.mentorId) }
            : { round: r.round, table: null, with: '' };
        }),
      };
    });
  return [...mentors, ...mentees];
}

/**
 * How many cards to try a page first: four quarter-page cards while the schedule should fit
 * one (each round a line, each break a line; a mentor's row lists their table's mentees, which
 * often wrap from three a table), else two (side by side, each the full height), else one.
 * Only a first guess, which spares trying layouts that cannot fit: the printable measures, and
 * makes the type smaller before it gives up a card a page.
 */
export function cardsPerPage(rounds: number, tableCapacity = 1, breaks = 0): 1 | 2 | 4 {
  const lines = rounds * (tableCapacity >= 3 ? 1.5 : 1) + breaks;
  if (lines <= 16) return 4;
  if (lines <= 44) return 2;
  return 1;
}

/** A line of a card's timed schedule: a round, or a break between two rounds. */
export type ScheduleLine =
  | { kind: 'round'; round: CardRound; startsAt: number | null }
  | { kind: 'break'; afterRound: number; seconds: number; startsAt: number | null };

/**
 * Pure: a card's rounds in order with the event's breaks where they fall, each with its start
 * time (`times[r − 1]`: when round r starts; null where unknown). A break starts its own
 * length before the round after it. A break after the last round of the card is left out.
 */
export function timedSchedule(
  rounds: readonly CardRound[],
  breaks: ReadonlyArray<{ afterRound: number; seconds: number }>,
  times: ReadonlyArray<number | null>,
): ScheduleLine[] {
  const breakAfter = new Map(breaks.map((b) => [b.afterRound, b.seconds]));
  const lines: ScheduleLine[] = [];
  rounds.forEach((r, i) => {
    const seconds = breakAfter.get(r.round - 1);
    if (i > 0 && seconds !== undefined) {
      const next = times[r.round - 1] ?? null;
      lines.push({
        kind: 'break',
        afterRound: r.round - 1,
        seconds,
        startsAt: next === null ? null : next - seconds * 1000,
      });
    }
    lines.push({ kind: 'round', round: r, startsAt: times[r.round - 1] ?? null });
  });
  return lines;
}

/** Split a list into consecutive pages of `size`. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}
