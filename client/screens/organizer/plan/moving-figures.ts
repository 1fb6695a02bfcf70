import { withArticle } from '../../../../shared/labels/article';
import { roleWords, type RoleWords } from '../../../../shared/labels/role-words';
import { movingQuality } from '../../../../shared/planner/moving';
import type { MovingSchedule } from '../../../../shared/planner/moving';
import type { OrganizerView } from '../../../../shared/protocol/views';
import { planInputOf } from './plan-figures';
import type { Figure } from './quality-figures';

const pct = (ratio: number) => `${Math.round(ratio * 100)}%`;
const range = (s: { min: number; max: number }) => (s.min === s.max ? `${s.min}` : `${s.min}–${s.max}`);

/**
 * The Plan tab's figures when mentors move (issue 17), from movingQuality: the seated groups,
 * different meetings against what the rounds allow, the rhythm (walks that go one table on),
 * and how evenly mentors rest and tables go without a visit.
 */
export function movingFigures(
  schedule: MovingSchedule,
  view: Pick<OrganizerView, 'event' | 'mentors' | 'mentees'>,
  words: RoleWords = roleWords(),
): Figure[] {
  const w = words.inline;
  const q = movingQuality(schedule, planInputOf(view, schedule.rounds.length));
  const figures: Figure[] = [
    {
      label: 'Seated tables',
      value: `${q.tables}`,
      detail: `groups of ${range(q.groupSizes)}; ${w.mentees} stay at their table all event`,
    },
    {
      label: 'Different meetings',
      value: `${q.distinctMeetings} of ${q.coverageBound}`,
      detail:
        `${pct(q.coverageRatio)} of the most these rounds allow` +
        (q.repeats > 0 ? `; ${q.repeats} repeat visits` : ''),
    },
    {
      label: `${words.mentors}’ rhythm`,
      value: q.rhythm.total === 0 ? '—' : pct(q.rhythm.share),
      detail: `${q.rhythm.moves} of ${q.rhythm.total} walks go one table on (T3 → T4)`,
    },
    {
      label: 'Rests',
      value: range(q.rests),
      detail:
        `rounds each ${w.mentor} rests;` +
        ` each table goes ${range(q.groupByes)} rounds without ${withArticle(w.mentor)}`,
    },
  ];
  if (q.wishes.total > 0)
    figures.push({
      label: 'Wishes met',
      value: `${q.wishes.met} of ${q.wishes.total}`,
      detail: `${w.mentors} who visit a table whose ${w.mentee} wished for them`,
    });
  return figures;
}
