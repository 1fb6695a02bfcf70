/**
 * peerQuality of a peer-rounds schedule (issue 17), for the console's Plan tab and
 * `tablehop plan --pairing peer`: the schedule's tables back into the peer planner's shape, then
 * its own recount (pairs covered against the bound, repeated pairs, byes, wishes, hard rules).
 */
import { type PeerQuality, peerQuality } from './peer';
import { peerTableSize } from './peer-rounds-default';
import { type PeerSchedule, peersAt } from './peer-schedule';
import type { PlanMentee } from './types';

/** The figures of `schedule` for these peers (the people present; wishes and avoids name peers). */
export function peerScheduleQuality(schedule: PeerSchedule, peers: PlanMentee[], tableCapacity: number): PeerQuality {
  const settings = { rounds: schedule.rounds.length, tableSize: peerTableSize(tableCapacity) };
  const plan = {
    seed: schedule.seed,
    settings,
    rounds: schedule.rounds.map((r) => ({
      round: r.round,
      tables: r.tables.map((t) => ({ table: t.table ?? '', peerIds: peersAt(t) })),
      byes: r.byes,
    })),
  };
  const present = new Set(peers.map((p) => p.id));
  const known = (ids: string[]) => ids.filter((id) => present.has(id));
  const input = {
    settings,
    peers: peers.map((p) => ({ id: p.id, name: p.name, wishes: known(p.wishes), avoid: known(p.avoid) })),
  };
  return peerQuality(plan, input);
}

/** peerQuality in words, one plain sentence a line, in formatQuality's style. */
export function peerQualityLines(q: PeerQuality): string[] {
  const lines = [
    'Peer rounds:',
    `  Pairs met: ${q.pairsCovered} of at most ${q.pairsBound}`,
    `  Repeated pairs: ${q.repeatedPairs}`,
    `  Sit-outs per peer: ${q.byes.min}–${q.byes.max}`,
    `  Table sizes: ${q.tableSizes.min}–${q.tableSizes.max}`,
  ];
  if (q.wishesTotal > 0) lines.push(`  Wishes met: ${q.wishesMet} of ${q.wishesTotal}`);
  if (q.avoidBreaks + q.placementBreaks > 0)
    lines.push(`  Rule breaks: ${q.avoidBreaks} avoids, ${q.placementBreaks} placements`);
  return lines;
}
