import type { ProjectorView } from '../../../shared/protocol/views';
import { compareLabels } from '../../../shared/planner/moving/labels';

/** One mentor's walk for a round when mentors move: where they go, or that they rest. */
export interface MentorMove {
  name: string;
  /** The table they go to; null: they rest that round. */
  table: string | null;
}

/**
 * Pure: when mentors move (issue 17), where each mentor goes for `round` ("Grace Hopper → T3"),
 * in table order, the resting ones last by name. Empty when mentees move or the round is not planned.
 */
export function mentorMovesOf(view: Pick<ProjectorView, 'tables' | 'rounds'>, round: number): MentorMove[] {
  const seating = view.rounds.find((r) => r.round === round);
  if (!seating?.tables.some((t) => t.table !== undefined)) return [];
  const names = new Map(view.tables.map((t) => [t.mentorId, t.name]));
  const moves = seating.tables.map((t) => ({ name: names.get(t.mentorId) ?? '?', table: t.table ?? null }));
  return moves.sort((a, b) =>
    a.table !== null && b.table !== null
      ? compareLabels(a.table, b.table)
      : a.table !== null
        ? -1
        : b.table !== null
          ? 1
          : a.name.localeCompare(b.name),
  );
}
