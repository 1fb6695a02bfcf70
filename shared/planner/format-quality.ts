/** Human lines for the CLI from a quality report. */
import type { QualityReport, Spread } from './types';

const pct = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const range = (s: Spread) => (s.spread === 0 ? `${s.min}` : `${s.min}–${s.max}`);

/** The quality report as short lines, one figure each, for `tablehop plan --format text`. */
export function formatQuality(q: QualityReport): string[] {
  const people = `${plural(q.mentees, 'mentee')}, ${plural(q.mentors, 'mentor')}`;
  const lines = [`Quality (${people}, ${plural(q.rounds, 'round')}, tables of ${q.tableCapacity})`];
  lines.push(
    `  Different meetings: ${q.distinctMeetings} of at most ${q.coverageBound} (${pct(q.coverageRatio)}); ` +
      `${plural(q.repeatMeetings, 'repeat')}, ${q.avoidableRepeats} avoidable`,
  );
  const one = q.byes.forcedMentees === 1;
  const forced =
    q.byes.forcedMentees > 0
      ? `; ${plural(q.byes.forcedMentees, 'mentee')} ${one ? 'avoids' : 'avoid'} every mentor ` +
        `and ${one ? 'sits' : 'sit'} out every round`
      : '';
  const partTime =
    q.byes.partTime > 0
      ? `; ${plural(q.byes.partTime, 'mentee')} here for part of the event, ` +
        `up to ${plural(q.byes.partTimeMax, 'round')} out`
      : '';
  lines.push(
    q.byes.total === 0
      ? `  Sitting out: nobody${forced}`
      : `  Sitting out: ${range(q.byes)} rounds per mentee (spread ${q.byes.spread}), ` +
          `${plural(q.byes.total, 'bye')} in all${partTime}${forced}`,
  );
  lines.push(
    q.idleSeats.total === 0
      ? '  Empty seats: none'
      : `  Empty seats: ${range(q.idleSeats)} per mentor over the event (spread ${q.idleSeats.spread}), ` +
          `${q.idleSeats.total} in all`,
  );
  if (q.tableCapacity > 1) lines.push(`  Table-mates met more than once: ${plural(q.repeatedPeerPairs, 'pair')}`);
  lines.push(
    q.wishes.total === 0
      ? '  Wishes: none given'
      : `  Wishes met: ${q.wishes.met} of ${q.wishes.total} (${pct(q.wishes.ratio)}); ` +
          `first wishes ${q.wishes.topMet} of ${q.wishes.topTotal}`,
  );
  if (q.oneTableOn.total > 0) {
    lines.push(
      `  One table on: ${q.oneTableOn.moves} of ${plural(q.oneTableOn.total, 'move')} (${pct(q.oneTableOn.share)})`,
    );
  }
  const broken = q.avoidViolations + q.capacityViolations + q.placementViolations;
  lines.push(
    broken === 0
      ? '  Hard rules: all kept'
      : `  Hard rules BROKEN: ${q.avoidViolations} avoid, ${q.capacityViolations} capacity, ` +
          `${q.placementViolations} placement`,
  );
  return lines;
}
