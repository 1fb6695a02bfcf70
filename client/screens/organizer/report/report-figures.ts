import { MIN_RATINGS_FOR_MEAN, type EventReport } from '../../../../shared/protocol/after-talk';
import { consoleShare } from '../../../i18n/catalogues/console-share';
import type { Bar } from './bar-chart';

const { t } = consoleShare;

/** Meetings held per round, each bar drawn over its planned count (the track). */
export function roundBars(report: EventReport): Bar[] {
  return report.perRound.map((r) => ({
    key: String(r.round),
    label: t('roundLabel', { round: r.round }),
    value: r.held,
    track: r.planned,
    valueText: `${r.held}/${r.planned}`,
    ariaLabel: t('roundBar', { round: r.round, held: r.held, planned: r.planned }),
  }));
}

/** How many ratings gave 1, 2, … 5 (the histogram's index 0 is a rating of 1). */
export function ratingBars(report: EventReport): Bar[] {
  return report.ratings.histogram.map((count, i) => ({
    key: String(i + 1),
    label: t('ratingLabel', { n: i + 1 }),
    value: count,
    valueText: String(count),
    ariaLabel: t('ratingBar', { n: i + 1, count }),
  }));
}

/** A mean rating as the report writes it; none is shown below the fewest ratings (privacy). */
export function meanText(mean: number | null): string {
  return mean === null ? t('meanHidden', { min: MIN_RATINGS_FOR_MEAN }) : mean.toFixed(1);
}

/** All the event's ratings: how many and their mean (the event's mean has no minimum: it names no one). */
export function ratingsText(count: number, mean: number | null): string {
  return count === 0 || mean === null ? t('ratingsNone') : t('ratingsMean', { count, mean: mean.toFixed(1) });
}

/** "45 of 50 (90 %)": held out of planned, with the share when anything was planned. */
export function heldText(held: number, planned: number): string {
  return planned === 0
    ? t('heldOfNone', { held })
    : t('heldOf', { held, planned, percent: Math.round((held / planned) * 100) });
}
