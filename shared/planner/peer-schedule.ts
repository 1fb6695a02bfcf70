/**
 * A peer plan as today's Schedule JSON (issue 17), so every consumer of a schedule keeps working:
 * each table keeps `mentorId` (the peer who stays at that table when one does, else its first
 * peer) and `menteeIds` (the others), and adds `peerIds` (everyone at the table, in the plan's
 * order) and `table` (its label). The people list holds the peers as `mentees`; `mentors` is
 * empty. `pairing: 'peer'` at top level says how to read it.
 */
import type { RoundSeating, Schedule, SeatingTable } from '../schemas/schedule';
import type { PeerRound, PeerTable } from './peer';
import type { PlanMentee } from './types';

/** A schedule planned as peer rounds: its tables carry `peerIds` and `table`. */
export interface PeerSchedule extends Schedule {
  pairing: 'peer';
  seed: number | string;
  settings: { rounds: number; tableCapacity: number };
}

/** Whether a schedule was planned as peer rounds. */
export const isPeerSchedule = (s: Schedule | null | undefined): s is PeerSchedule =>
  s != null && (s as { pairing?: unknown }).pairing === 'peer';

function tableJson(t: PeerTable): SeatingTable {
  const host = t.stays ?? t.peerIds[0]!;
  return { mentorId: host, table: t.table, menteeIds: t.peerIds.filter((id) => id !== host), peerIds: t.peerIds };
}

/** One peer round in the schedule's shape, numbered `round`. */
export const roundJson = (r: PeerRound, round: number): RoundSeating => ({
  round,
  tables: r.tables.map(tableJson),
  byes: r.byes,
});

/** The whole schedule from its rounds. */
export function peerScheduleJson(
  peers: PlanMentee[],
  rounds: RoundSeating[],
  seed: number | string,
  tableCapacity: number,
): PeerSchedule {
  return {
    mentors: [],
    mentees: peers.map((p) => ({ id: p.id, name: p.name })),
    rounds,
    seed,
    settings: { rounds: rounds.length, tableCapacity },
    pairing: 'peer',
  };
}

/** Everyone at a table of any schedule: `peerIds` for peer rounds, else the mentor and the mentees. */
export const peersAt = (t: SeatingTable): string[] => t.peerIds ?? [t.mentorId, ...t.menteeIds];
