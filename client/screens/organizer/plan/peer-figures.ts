import { takesPart } from '../../../../shared/attendance/pending';
import type { PeerSchedule } from '../../../../shared/planner/peer-schedule';
import { peerScheduleQuality } from '../../../../shared/planner/peer-schedule-quality';
import type { OrganizerView } from '../../../../shared/protocol/views';
import { consolePlan } from '../../../i18n/catalogues/console-plan';
import type { Figure } from './quality-figures';

const { t } = consolePlan;

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
      label: t('figPairs'),
      value: t('ofTotal', { n: q.pairsCovered, total: q.pairsBound }),
      detail: t('pairsDetail'),
    },
    { label: t('figRepeated'), value: `${q.repeatedPairs}`, detail: t('repeatedDetail') },
    { label: t('figSitOuts'), value: range(q.byes), detail: t('sitOutsDetail') },
  ];
  if (q.wishesTotal > 0)
    figures.push({
      label: t('figWishes'),
      value: t('ofTotal', { n: q.wishesMet, total: q.wishesTotal }),
      detail: t('peerWishes'),
    });
  return figures;
}
