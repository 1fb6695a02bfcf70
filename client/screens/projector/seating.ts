import type { ProjectorView } from '../../../shared/protocol/views';
import { compareLabels } from '../../../shared/planner/moving/labels';

/** One table of a round as the projector lists it. */
export interface SeatRow {
  table: string;
  mentorName: string;
  mentees: string[];
  /** A remote table (issue 17): the mentor meets by video call; listed after the room's tables. */
  remote?: boolean;
}

/**
 * Pure: the seating of `round` by table (in the schedule's table order) and the names of
 * the mentees sitting it out, alphabetical (a long list is read to find one's own name).
 * Remote tables come after the room's, so the room reads its own tables first. Empty when
 * that round is not planned.
 */
export function seatingOf(
  view: Pick<ProjectorView, 'tables' | 'mentees' | 'rounds'>,
  round: number,
): { rows: SeatRow[]; byes: string[] } {
  const seating = view.rounds.find((r) => r.round === round);
  if (!seating) return { rows: [], byes: [] };
  const mentors = new Map(view.tables.map((t) => [t.mentorId, t]));
  const mentees = new Map(view.mentees.map((m) => [m.id, m.name]));
  const name = (id: string) => mentees.get(id) ?? '?';
  // Mentors moving (issue 17): each seat names the table the mentor visits; a resting mentor
  // has none and is not a table of the room. The tables then read in label order (T2 before T10).
  const moving = seating.tables.some((t) => t.table !== undefined);
  const seats = moving ? seating.tables.filter((t) => t.table !== undefined) : seating.tables;
  const rows = seats.map((t): SeatRow => {
    const m = mentors.get(t.mentorId);
    // Peer rounds (issue 17): everyone at the table is a peer (`peerIds`), listed under its label.
    const row = {
      table: t.table ?? m?.table ?? '?',
      mentorName: m?.name ?? '',
      mentees: (t.peerIds ?? t.menteeIds).map(name),
    };
    return m?.remote ? { ...row, remote: true } : row;
  });
  if (moving) rows.sort((a, b) => compareLabels(a.table, b.table));
  const inRoom = rows.filter((r) => !r.remote);
  const remote = rows.filter((r) => r.remote);
  return {
    rows: remote.length ? [...inRoom, ...remote] : rows,
    byes: seating.byes.map(name).sort((a, b) => a.localeCompare(b)),
  };
}
