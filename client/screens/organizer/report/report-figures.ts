import { MIN_RATINGS_FOR_MEAN, type EventReport } from '../../../../shared/protocol/after-talk';
import type { Bar } from './bar-chart';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Meetings held per round, each bar drawn over its planned count (the track). */
export function roundBars(report: EventReport): Bar[] {
  return report.perRound.map((r) => ({
    key: String(r.round),
    label: `Round ${r.round}`,
    value: r.held,
    track: r.planned,
    valueText: `${r.held}/${r.planned}`,
    ariaLabel: `Round ${r.round}: ${r.held} of ${plural(r.planned, 'meeting', 'meetings')} held`,
  }));
}

/** How many ratings gave 1, 2, … 5 (the histogram's index 0 is a rating of 1). */
export function ratingBars(report: EventReport): Bar[] {
  return report.ratings.histogram.map((count, i) => ({
    key: String(i + 1),
    label: `${i + 1} of 5`,
    value: count,
    valueText: String(count),
    ariaLabel: `Rated ${i + 1} of 5: ${plural(count, 'rating', 'ratings')}`,
  }));
}

/** A mean rating as the report writes it; none is shown below the fewest ratings (privacy). */
export function meanText(mean: number | null): string {
  return mean === null ? `—, fewer than ${MIN_RATINGS_FOR_MEAN} ratings` : mean.toFixed(1);
}

/** All the event's ratings: how many and their mean (the event's mean has no minimum: it names no one). */
export function ratingsText(count: number, mean: number | null): string {
  return count === 0 || mean === null ? 'none yet' : `${count}, mean ${mean.toFixed(1)}`;
}

/** "45 of 50 (90 %)": held out of planned, with the share when anything was planned. */
export function heldText(held: number, planned: number): string {
  return planned === 0 ? `${held} of 0` : `${held} of ${planned} (${Math.round((held / planned) * 100)} %)`;
}
