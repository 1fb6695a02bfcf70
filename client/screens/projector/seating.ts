import type { ProjectorView } from '../../../shared/protocol/views';
import { compareLabels } from '../../../shared/planner/moving/labels';
import { phaseText, type LabelClock, type PhaseWords } from '../../live/phase-label';

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

/** The projector speaks to the whole room, so its words say what everyone does next. */
const PROJECTOR_WORDS: PhaseWords = {
  idle: 'Starting soon — find your first table',
  finished: 'That’s all — thank you!',
  meeting: (of) => `Round ${of} — talk`,
  changeover: (of) => `Round ${of} — move to your table`,
  break: (of) => `Break — round ${of} next`,
};

/** When mentors move (issue 17) the room's instruction is the other way round: mentees stay. */
const MOVING_WORDS: PhaseWords = {
  ...PROJECTOR_WORDS,
  idle: 'Starting soon — mentees, take your seat; mentors, go to your first table',
  changeover: (of) => `Round ${of} — mentors move, mentees stay`,
};

/**
 * The projector's big line: phase and round ("Round 3 of 8 — talk"), with " (paused)" for the
 * screen reader's announcement; the visible line leaves it out (`spoken: false`), since the
 * big "Paused" under the digits says it already.
 */
export function projectorHeadline(clock: LabelClock, spoken = true, mentorsMove = false): string {
  const words = mentorsMove ? MOVING_WORDS : PROJECTOR_WORDS;
  return phaseText(spoken || clock.status !== 'paused' ? clock : { ...clock, status: 'running' }, words);
}
