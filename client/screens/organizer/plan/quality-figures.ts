import { withArticle } from '../../../../shared/labels/article';
import { roleWords, type RoleWords } from '../../../../shared/labels/role-words';
import type { QualityReport } from '../../../../shared/planner/types';

/** One figure of the Plan panel: a label, the value in big type and a line of detail. */
export interface Figure {
  label: string;
  value: string;
  detail?: string;
}

const pct = (ratio: number) => `${Math.round(ratio * 100)}%`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** The roles as the event names them inside a sentence (issue 17); "mentor" / "mentee" by default. */
const DEFAULT_WORDS = roleWords();

/** The planner's quality report as the few figures an organizer checks before the event. */
export function qualityFigures(q: QualityReport, words: RoleWords = DEFAULT_WORDS): Figure[] {
  const w = words.inline;
  const figures: Figure[] = [];
  figures.push({
    label: 'Different meetings',
    value: `${q.distinctMeetings} of ${q.coverageBound}`,
    detail:
      `${pct(q.coverageRatio)} of the most these rounds allow` +
      (q.repeatMeetings > 0 ? `; ${plural(q.repeatMeetings, 'repeat meeting')}` : ''),
  });
  const b = q.byes;
  // Someone here for part of the event (a walk-in) is not in the spread, but their byes show:
  // the range reaches their most, and the detail says who they are.
  const most = Math.max(b.max, b.partTimeMax);
  figures.push(
    b.total === 0 && b.forced === 0
      ? { label: 'Sitting out', value: 'No one', detail: `every ${w.mentee} sits at a table every round` }
      : {
          label: 'Sitting out',
          value: b.min === most ? `${plural(b.min, 'round')} each` : `${b.min}–${most} rounds`,
          detail:
            `per ${w.mentee} (spread ${b.spread}), ${plural(b.total + b.forced, 'bye')} in all` +
            (b.partTime > 0
              ? `; ${plural(b.partTime, w.mentee, w.mentees)} here for part of the event, ` +
                `up to ${plural(b.partTimeMax, 'round')} out`
              : '') +
            (b.forcedMentees > 0 ? `; ${plural(b.forcedMentees, w.mentee, w.mentees)} with forced byes` : ''),
        },
  );
  figures.push(
    q.wishes.total === 0
      ? { label: 'Wishes met', value: 'None given', detail: `${w.mentees} can name ${w.mentors} they want to meet` }
      : {
          label: 'Wishes met',
          value: `${q.wishes.met} of ${q.wishes.total}`,
          detail: `${pct(q.wishes.ratio)}; first wishes ${q.wishes.topMet} of ${q.wishes.topTotal}`,
        },
  );
  figures.push(...handFigures(q, words));
  const breaches = q.avoidViolations + q.capacityViolations + q.placementViolations;
  figures.push({
    label: 'Rules kept',
    value: breaches === 0 ? 'All' : `${breaches} broken`,
    detail:
      breaches === 0
        ? `no one meets ${withArticle(w.mentor)} they avoid; no table over capacity`
        : `${q.avoidViolations} avoid, ${q.capacityViolations} capacity, ${q.placementViolations} placement`,
  });
  return figures;
}

/**
 * The figures of the organizer's hand (issue 18), each only when it applies: wishes per
 * priority (once mentees have more than one), meetings again of pairs met at earlier events,
 * groups at tables, and pinned meetings held.
 */
export function handFigures(q: QualityReport, words: RoleWords = DEFAULT_WORDS): Figure[] {
  const w = words.inline;
  const figures: Figure[] = [];
  const levels = q.wishesByPriority ?? [];
  if (levels.length > 1 && levels.some((l) => l.wishes > 0)) {
    const top = levels[0]!;
    figures.push({
      label: 'Wishes by priority',
      value:
        top.firstWishes > 0
          ? `${top.firstWishesMet} of ${top.firstWishes} first wishes`
          : `${top.wishesMet} of ${top.wishes} wishes`,
      detail: levels
        .map(
          (l) =>
            `priority ${l.priority} (${plural(l.mentees, w.mentee, w.mentees)}): ` +
            `first wishes ${l.firstWishesMet} of ${l.firstWishes}, wishes ${l.wishesMet} of ${l.wishes}`,
        )
        .join('; '),
    });
  }
  const known = q.metBeforePairs ?? 0;
  if (known > 0) {
    const again = q.repeatsFromHistory ?? 0;
    figures.push({
      label: 'Met at earlier events',
      value: again === 0 ? 'Nobody again' : `${plural(again, 'meeting')} again`,
      detail: `${plural(known, 'pair')} met at earlier events; the plan seats new pairs first`,
    });
  }
  const g = q.groups;
  if (g && g.groupedMentees + g.groupedMentors > 0) {
    figures.push({
      label: 'Groups',
      value: g.menteesSharingTable === 0 ? 'Kept apart' : `${plural(g.menteesSharingTable, 'pair')} together`,
      detail:
        `${w.mentees} of one group at one table (at least ${g.minimumPossible} with these seats); ` +
        `${plural(g.ownGroupMeetings, 'meeting')} with ${withArticle(w.mentor)} of their own group`,
    });
  }
  const p = q.pins;
  if (p && p.total > 0) {
    figures.push({
      label: 'Pinned meetings',
      value: `${p.held} of ${p.total} held`,
      detail: p.unheld.length === 0 ? 'every pinned meeting is in the plan' : `not held: ${p.unheld[0]!.reason}`,
    });
  }
  return figures;
}

/**
 * One sentence on what applying a replan changes in the figures and why, e.g. "1 more mentee
 * takes part; the most different meetings possible rises from 96 to 108; different meetings
 * rise from 92 to 104; nobody is left without a place." Both reports are measured as the Plan
 * tab measures: against the people taking part (before: as they stand now).
 */
export function qualityChange(
  before: QualityReport | null,
  after: QualityReport,
  words: RoleWords = DEFAULT_WORDS,
): string {
  if (!before) return 'Nothing is planned yet: these are the figures of the first plan.';
  const parts: string[] = [];
  const change = (n: number, one: string, many: string) =>
    n === 0 ? [] : [`${Math.abs(n)} ${n > 0 ? 'more' : 'fewer'} ${Math.abs(n) === 1 ? one : many}`];
  const w = words.inline;
  const dMentees = after.mentees - before.mentees;
  const dMentors = after.mentors - before.mentors;
  const who = [...change(dMentees, w.mentee, w.mentees), ...change(dMentors, w.mentor, w.mentors)];
  const one = who.length === 1 && Math.abs(dMentees + dMentors) === 1;
  if (who.length > 0) parts.push(`${who.join(' and ')} ${one ? 'takes' : 'take'} part`);
  if (after.rounds !== before.rounds)
    parts.push(`the event has ${plural(after.rounds, 'round')}, not ${before.rounds}`);
  const goes = (a: number, b: number, rise: string, fall: string) => `${a > b ? rise : fall} from ${b} to ${a}`;
  if (after.coverageBound !== before.coverageBound)
    parts.push(
      `the most different meetings possible ${goes(after.coverageBound, before.coverageBound, 'rises', 'falls')}`,
    );
  if (after.distinctMeetings !== before.distinctMeetings)
    parts.push(`different meetings ${goes(after.distinctMeetings, before.distinctMeetings, 'rise', 'fall')}`);
  if (before.placementViolations > 0 && after.placementViolations === 0)
    parts.push('nobody taking part is left without a place');
  const byes = (q: QualityReport) => q.byes.total + q.byes.forced;
  if (byes(after) !== byes(before)) parts.push(`byes ${goes(byes(after), byes(before), 'rise', 'fall')}`);
  if (after.wishes.met !== before.wishes.met)
    parts.push(`wishes met ${goes(after.wishes.met, before.wishes.met, 'rise', 'fall')}`);
  if (parts.length === 0) return 'The figures stay as they are.';
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
