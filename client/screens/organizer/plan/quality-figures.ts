import type { QualityReport } from '../../../../shared/planner/types';

/** One figure of the Plan panel: a label, the value in big type and a line of detail. */
export interface Figure {
  label: string;
  value: string;
  detail?: string;
}

const pct = (ratio: number) => `${Math.round(ratio * 100)}%`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The planner's quality report as the few figures an organizer checks before the event. */
export function qualityFigures(q: QualityReport): Figure[] {
  const figures: Figure[] = [];
  figures.push({
    label: 'Different meetings',
    value: `${q.distinctMeetings} of ${q.coverageBound}`,
    detail:
      `${pct(q.coverageRatio)} of the most these rounds allow` +
      (q.repeatMeetings > 0 ? `; ${plural(q.repeatMeetings, 'repeat meeting')}` : ''),
  });
  const b = q.byes;
  figures.push(
    b.total === 0 && b.forced === 0
      ? { label: 'Sitting out', value: 'No one', detail: 'every mentee sits at a table every round' }
      : {
          label: 'Sitting out',
          value: b.spread === 0 ? `${plural(b.min, 'round')} each` : `${b.min}–${b.max} rounds`,
          detail:
            `per mentee (spread ${b.spread}), ${plural(b.total + b.forced, 'bye')} in all` +
            (b.forcedMentees > 0 ? `; ${plural(b.forcedMentees, 'mentee')} with forced byes` : ''),
        },
  );
  figures.push(
    q.wishes.total === 0
      ? { label: 'Wishes met', value: 'None given', detail: 'mentees can name mentors they want to meet' }
      : {
          label: 'Wishes met',
          value: `${q.wishes.met} of ${q.wishes.total}`,
          detail: `${pct(q.wishes.ratio)}; first wishes ${q.wishes.topMet} of ${q.wishes.topTotal}`,
        },
  );
  const breaches = q.avoidViolations + q.capacityViolations + q.placementViolations;
  figures.push({
    label: 'Rules kept',
    value: breaches === 0 ? 'All' : `${breaches} broken`,
    detail:
      breaches === 0
        ? 'no one meets a mentor they avoid; no table over capacity'
        : `${q.avoidViolations} avoid, ${q.capacityViolations} capacity, ${q.placementViolations} placement`,
  });
  return figures;
}
