/**
 * diffSchedules(): who moves where between two versions of a schedule, per mentee per round,
 * for the live-change preview ("Ada: round 5 T3 → T7").
 */
import type { RoundSeating, Schedule } from '../schemas/schedule';
import type { Place, ScheduleDiff, SeatChange, TableChange } from './types';

type Seating = { places: Map<string, Place>; tables: Set<string> };

function seating(schedule: Schedule, round: RoundSeating | undefined): Seating {
  const label = new Map(schedule.mentors.map((m) => [m.id, m.table] as const));
  const places = new Map<string, Place>();
  const tables = new Set<string>();
  for (const t of round?.tables ?? []) {
    tables.add(t.mentorId);
    for (const id of t.menteeIds)
      places.set(id, { kind: 'table', mentorId: t.mentorId, table: label.get(t.mentorId) ?? t.mentorId });
  }
  for (const id of round?.byes ?? []) places.set(id, { kind: 'bye' });
  return { places, tables };
}

const same = (a: Place, b: Place) =>
  a.kind === b.kind && (a.kind !== 'table' || (b.kind === 'table' && a.mentorId === b.mentorId));

/** Compare two schedules from `fromRound` (default 1) on: changed places, tables added or removed. */
export function diffSchedules(before: Schedule, after: Schedule, fromRound = 1): ScheduleDiff {
  const byNumber = (s: Schedule) => new Map(s.rounds.map((r) => [r.round, r] as const));
  const b = byNumber(before);
  const a = byNumber(after);
  const numbers = [...new Set([...b.keys(), ...a.keys()])].filter((n) => n >= fromRound).sort((x, y) => x - y);
  // Mentees in a stable order: the "after" list first, then anyone only in "before".
  const order = [...new Set([...after.mentees.map((m) => m.id), ...before.mentees.map((m) => m.id)])];
  const seats: SeatChange[] = [];
  const tables: TableChange[] = [];
  const rounds: ScheduleDiff['rounds'] = [];
  const affected = new Set<string>();
  const absent: Place = { kind: 'absent' };
  for (const n of numbers) {
    const was = seating(before, b.get(n));
    const now = seating(after, a.get(n));
    let changes = 0;
    for (const id of order) {
      const p = was.places.get(id) ?? absent;
      const q = now.places.get(id) ?? absent;
      if (same(p, q)) continue;
      seats.push({ round: n, menteeId: id, before: p, after: q });
      affected.add(id);
      changes++;
    }
    for (const id of now.tables) if (!was.tables.has(id)) tables.push({ round: n, mentorId: id, change: 'added' });
    for (const id of was.tables) if (!now.tables.has(id)) tables.push({ round: n, mentorId: id, change: 'removed' });
    rounds.push({ round: n, seatChanges: changes });
  }
  return {
    fromRound,
    seats,
    tables,
    rounds,
    affectedMentees: order.filter((id) => affected.has(id)),
    roundsAdded: numbers.filter((n) => a.has(n) && !b.has(n)),
    roundsRemoved: numbers.filter((n) => b.has(n) && !a.has(n)),
  };
}
