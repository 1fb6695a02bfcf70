import { takesPart } from '../../../../shared/attendance/pending';
import type { PeerSchedule } from '../../../../shared/planner/peer-schedule';
import { peerScheduleQuality } from '../../../../shared/planner/peer-schedule-quality';
import type { OrganizerView } from '../../../../shared/protocol/views';
import type { Figure } from './quality-figures';

const range = (s: { min: number; max: number }) => (s.min === s.max ? `${s.min}` : `${s.min}–${s.max}`);

/**
 * The Plan tab's figures in peer rounds (issue 17), from peerQuality: pairs met against the most
 * these rounds allow, repeated pairs, and how evenly peers sit out.
 */
export function peerFigures(schedule: PeerSchedule, view: Pick<OrganizerView, 'event' | 'mentees'>): Figure[] {
  const peers = view.mentees
    .filter((m) => takesPart(m.attendance))
    .map(({ id, name, wishes, avoid }) => ({ id, name, wishes: [...wishes], avoid: [...avoid] }));
  const q = peerScheduleQuality(schedule, peers, view.event.tableCapacity);
  const figures: Figure[] = [
    {
      label: 'Pairs met',
      value: `${q.pairsCovered} of ${q.pairsBound}`,
      detail: 'different pairs of peers who share a table, of the most these rounds allow',
    },
    { label: 'Repeated pairs', value: `${q.repeatedPairs}`, detail: 'pairs who share a table more than once' },
    { label: 'Sit-outs', value: range(q.byes), detail: 'rounds each peer sits out' },
  ];
  if (q.wishesTotal > 0)
    figures.push({
      label: 'Wishes met',
      value: `${q.wishesMet} of ${q.wishesTotal}`,
      detail: 'peers who meet a peer they wished for',
    });
  return figures;
}
