/**
 * movingQuality's figures in words (issue 17), for `tablehop plan --moving mentors` and the
 * console's Plan tab: the figures that matter when mentors move, in formatQuality's style.
 */
import type { MovingQualityReport } from './moving/quality';

const pct = (x: number) => `${Math.round(x * 100)}%`;

const firstWishes = (q: MovingQualityReport) => `${q.wishes.firstMet} of ${q.wishes.firstTotal}`;

/** One line per figure, every one a plain sentence. */
export function movingQualityLines(q: MovingQualityReport): string[] {
  const lines = [
    'Mentors move:',
    `  Seated tables: ${q.tables} (group sizes ${q.groupSizes.min}–${q.groupSizes.max})`,
    `  Distinct meetings: ${q.distinctMeetings} of at most ${q.coverageBound} (${pct(q.coverageRatio)})`,
    `  Rhythm: ${q.rhythm.moves} of ${q.rhythm.total} walks go one table on (${pct(q.rhythm.share)})`,
    `  Rests per mentor: ${q.rests.min}–${q.rests.max}; rounds without a mentor per table: ` +
      `${q.groupByes.min}–${q.groupByes.max}`,
    `  Repeats at a table: ${q.repeats} (avoidable: ${q.avoidableRepeats})`,
  ];
  if (q.wishes.total > 0)
    lines.push(`  Wishes met: ${q.wishes.met} of ${q.wishes.total} (first wishes ${firstWishes(q)})`);
  if (q.avoidBreaks + q.doubleVisits + q.seatMoves > 0)
    lines.push(`  Rule breaks: ${q.avoidBreaks} avoids, ${q.doubleVisits} double visits, ${q.seatMoves} seat moves`);
  return lines;
}
