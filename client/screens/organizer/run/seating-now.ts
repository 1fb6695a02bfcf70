import type { ClockSnapshot } from '../../../../shared/schemas/clock';
import type { Schedule } from '../../../../shared/schemas/schedule';
import { consoleRun } from '../../../i18n/catalogues/console-run';

/** One table of the seating shown on the Run panel. */
export interface SeatRow {
  mentorId: string;
  table: string;
  mentor: string;
  mentees: Array<{ id: string; name: string }>;
}

/** The seating of one round with a heading saying whether it is now or coming up. */
export interface SeatingNow {
  round: number;
  heading: string;
  tables: SeatRow[];
  byes: Array<{ id: string; name: string }>;
}

/**
 * The round the room is in (during a meeting) or moving to (in a changeover or break, and
 * before the start); null after the end or without a schedule.
 */
export function roundToShow(
  clock: Pick<ClockSnapshot, 'status' | 'phase'> | null,
): { round: number; when: 'now' | 'next' } | null {
  if (!clock || clock.status === 'finished') return null;
  if (clock.status === 'idle' || !clock.phase) return { round: 1, when: 'next' };
  return { round: clock.phase.round, when: clock.phase.kind === 'meeting' ? 'now' : 'next' };
}

type Named = { id: string; name: string };

/**
 * Who sits where in the round to show, with current names (people renamed after planning keep
 * their new name; the schedule's own names are the fallback).
 */
export function seatingNow(
  clock: Pick<ClockSnapshot, 'status' | 'phase'> | null,
  schedule: Schedule | null,
  people: { mentors: Array<Named & { table: string }>; mentees: Named[] },
): SeatingNow | null {
  const which = roundToShow(clock);
  if (!which || !schedule) return null;
  const seating = schedule.rounds.find((r) => r.round === which.round);
  if (!seating) return null;
  const mentorById = new Map<string, Named & { table: string }>(
    [...schedule.mentors, ...people.mentors].map((m) => [m.id, m]),
  );
  const menteeName = new Map<string, string>([...schedule.mentees, ...people.mentees].map((m) => [m.id, m.name]));
  const named = (id: string) => ({ id, name: menteeName.get(id) ?? id });
  return {
    round: which.round,
    heading: consoleRun.t(which.when === 'now' ? 'seatingNow' : 'seatingNext', { round: which.round }),
    tables: seating.tables.map((t) => {
      const m = mentorById.get(t.mentorId);
      return {
        mentorId: t.mentorId,
        table: m?.table ?? '?',
        mentor: m?.name ?? t.mentorId,
        mentees: t.menteeIds.map(named),
      };
    }),
    byes: seating.byes.map(named),
  };
}
