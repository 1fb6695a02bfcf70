import type { RoleWords } from '../../../../shared/labels/role-words';
import { movingQuality } from '../../../../shared/planner/moving';
import type { MovingSchedule } from '../../../../shared/planner/moving';
import type { OrganizerView } from '../../../../shared/protocol/views';
import { consolePlan } from '../../../i18n/catalogues/console-plan';
import { localRoleWords } from '../../../i18n/role-words';
import { planInputOf } from './plan-figures';
import { anOf, joinParts, type Figure } from './quality-figures';

const { t } = consolePlan;
const range = (s: { min: number; max: number }) => (s.min === s.max ? `${s.min}` : `${s.min}–${s.max}`);

/**
 * The Plan tab's figures when mentors move (issue 17), from movingQuality: the seated groups,
 * different meetings against what the rounds allow, the rhythm (walks that go one table on),
 * and how evenly mentors rest and tables go without a visit.
 */
export function movingFigures(
  schedule: MovingSchedule,
  view: Pick<OrganizerView, 'event' | 'mentors' | 'mentees'>,
  words: RoleWords = localRoleWords(null),
): Figure[] {
  const w = words.inline;
  const q = movingQuality(schedule, planInputOf(view, schedule.rounds.length));
  const figures: Figure[] = [
    {
      label: t('figSeated'),
      value: `${q.tables}`,
      detail: t('seatedDetail', { range: range(q.groupSizes), mentees: w.mentees }),
    },
    {
      label: t('figDifferent'),
      value: t('ofTotal', { n: q.distinctMeetings, total: q.coverageBound }),
      detail: joinParts(
        t('coverage', { percent: Math.round(q.coverageRatio * 100) }),
        q.repeats > 0 && t('repeatVisits', { count: q.repeats }),
      ),
    },
    {
      label: t('figRhythm', { Mentors: words.mentors }),
      value: q.rhythm.total === 0 ? '—' : t('percentValue', { percent: Math.round(q.rhythm.share * 100) }),
      detail: t('rhythmDetail', { moves: q.rhythm.moves, total: q.rhythm.total }),
    },
    {
      label: t('figRests'),
      value: range(q.rests),
      detail: joinParts(
        t('restsDetail', { mentor: w.mentor }),
        t('tableRests', { range: range(q.groupByes), an: anOf(w.mentor), mentor: w.mentor }),
      ),
    },
  ];
  if (q.wishes.total > 0)
    figures.push({
      label: t('figWishes'),
      value: t('ofTotal', { n: q.wishes.met, total: q.wishes.total }),
      detail: t('movingWishes', { mentors: w.mentors, mentee: w.mentee }),
    });
  return figures;
}
