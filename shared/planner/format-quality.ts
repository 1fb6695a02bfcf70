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
  lines.push(...handLines(q));
  const broken = q.avoidViolations + q.capacityViolations + q.placementViolations;
  lines.push(
    broken === 0
      ? '  Hard rules: all kept'
      : `  Hard rules BROKEN: ${q.avoidViolations} avoid, ${q.capacityViolations} capacity, ` +
          `${q.placementViolations} placement`,
  );
  return lines;
}

/** Pins not held listed by name in the text, at most; the rest are counted. */
const UNHELD_LISTED = 5;

/** Lines for the organizer's hand, each only where it applies: pins, earlier events, groups, priorities. */
function handLines(q: QualityReport): string[] {
  const lines: string[] = [];
  const pins = q.pins;
  if (pins && pins.total > 0) {
    lines.push(`  Pinned meetings: ${pins.held} of ${pins.total} held`);
    for (const u of pins.unheld.slice(0, UNHELD_LISTED)) {
      const when = u.round !== undefined ? ` in round ${u.round}` : '';
      lines.push(`    not held: ${u.menteeId} with ${u.mentorId}${when}: ${u.reason}`);
    }
    if (pins.unheld.length > UNHELD_LISTED) lines.push(`    and ${pins.unheld.length - UNHELD_LISTED} more not held`);
  }
  if ((q.metBeforePairs ?? 0) > 0) {
    lines.push(
      `  Met at earlier events: ${plural(q.repeatsFromHistory ?? 0, 'meeting')} again ` +
        `(${plural(q.metBeforePairs!, 'pair')} known)`,
    );
  }
  const g = q.groups;
  if (g && g.groupedMentees + g.groupedMentors > 0) {
    lines.push(
      `  Groups: ${plural(g.menteesSharingTable, 'pair')} of one group at a table ` +
        `(at least ${g.minimumPossible} with these seats); ` +
        `${plural(g.ownGroupMeetings, 'meeting')} with a mentor of the mentee's own group`,
    );
  }
  const levels = q.wishesByPriority ?? [];
  if (levels.length > 1) {
    const parts = levels.map(
      (l) =>
        `priority ${l.priority}: first wishes ${l.firstWishesMet} of ${l.firstWishes}, ` +
        `wishes ${l.wishesMet} of ${l.wishes}`,
    );
    lines.push(`  Wishes by priority: ${parts.join('; ')}`);
  }
  return lines;
}
