import type { ProjectorView } from '../../../shared/protocol/views';

/** One table of a round as the projector lists it. */
export interface SeatRow {
  table: string;
  mentorName: string;
  mentees: string[];
}

/**
 * Pure: the seating of `round` by table (in the schedule's table order) and the names of
 * the mentees sitting it out. Empty when that round is not planned.
 */
export function seatingOf(view: Pick<ProjectorView, 'tables' | 'mentees' | 'rounds'>, round: number): { rows: SeatRow[]; byes: string[] } {
  const seating = view.rounds.find((r) => r.round === round);
  if (!seating) return { rows: [], byes: [] };
  const mentors = new Map(view.tables.map((t) => [t.mentorId, t]));
  const mentees = new Map(view.mentees.map((m) => [m.id, m.name]));
  const name = (id: string) => mentees.get(id) ?? '?';
  const rows = seating.tables.map((t) => {
    const m = mentors.get(t.mentorId);
    return { table: m?.table ?? '?', mentorName: m?.name ?? '', mentees: t.menteeIds.map(name) };
  });
  return { rows, byes: seating.byes.map(name) };
}

/** The projector's big line: phase and round ("Round 3 of 8 — talk"). */
export function projectorHeadline(clock: { status: string; phase: { kind: string; round: number } | null; rounds: number }): string {
  if (clock.status === 'idle') return 'Starting soon — find your first table';
  if (clock.status === 'finished') return 'That’s all — thank you!';
  const p = clock.phase;
  if (!p) return '';
  const paused = clock.status === 'paused' ? ' (paused)' : '';
  switch (p.kind) {
    case 'meeting':
      return `Round ${p.round} of ${clock.rounds} — talk${paused}`;
    case 'changeover':
      return `Round ${p.round} of ${clock.rounds} — move to your table${paused}`;
    case 'break':
      return `Break — round ${p.round} of ${clock.rounds} next${paused}`;
    default:
      return '';
  }
}
