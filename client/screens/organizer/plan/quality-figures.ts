import { withArticle } from '../../../../shared/labels/article';
import type { RoleWords } from '../../../../shared/labels/role-words';
import type { QualityReport } from '../../../../shared/planner/types';
import { consolePlan } from '../../../i18n/catalogues/console-plan';
import { localRoleWords } from '../../../i18n/role-words';

const { t } = consolePlan;

/** One figure of the Plan panel: a label, the value in big type and a line of detail. */
export interface Figure {
  label: string;
  value: string;
  detail?: string;
}

const percent = (ratio: number) => Math.round(ratio * 100);
/** The roles as the event names them (issue 17); else the page language's "mentor" / "mentee". */
const defaultWords = () => localRoleWords(null);

/** "yes" when English writes "an" before the word (the messages' {an}: "an investor"). */
export const anOf = (word: string): 'yes' | 'no' => (withArticle(word).startsWith('an ') ? 'yes' : 'no');
/** Parts of one detail line, in the page language's way of listing them. */
export const joinParts = (...xs: (string | false)[]): string =>
  xs.filter((x): x is string => x !== false).join(t('partsSeparator'));
/** "3 mentees" in the event's words. */
export const countMentees = (count: number, words: RoleWords): string =>
  t('countMentees', { count, mentee: words.inline.mentee, mentees: words.inline.mentees });

/** The planner's quality report as the few figures an organizer checks before the event. */
export function qualityFigures(q: QualityReport, words: RoleWords = defaultWords()): Figure[] {
  const w = words.inline;
  const figures: Figure[] = [];
  figures.push({
    label: t('figDifferent'),
    value: t('ofTotal', { n: q.distinctMeetings, total: q.coverageBound }),
    detail: joinParts(
      t('coverage', { percent: percent(q.coverageRatio) }),
      q.repeatMeetings > 0 && t('repeatMeetings', { count: q.repeatMeetings }),
    ),
  });
  const b = q.byes;
  // Someone here for part of the event (a walk-in) is not in the spread, but their byes show:
  // the range reaches their most, and the detail says who they are.
  const most = Math.max(b.max, b.partTimeMax);
  figures.push(
    b.total === 0 && b.forced === 0
      ? { label: t('figSittingOut'), value: t('noOne'), detail: t('everyoneSeated', { mentee: w.mentee }) }
      : {
          label: t('figSittingOut'),
          value: b.min === most ? t('byesEach', { count: b.min }) : t('byesRange', { min: b.min, max: most }),
          detail: joinParts(
            t('byesDetail', { mentee: w.mentee, spread: b.spread, count: b.total + b.forced }),
            b.partTime > 0 && t('byesPartTime', { who: countMentees(b.partTime, words), count: b.partTimeMax }),
            b.forcedMentees > 0 && t('byesForced', { who: countMentees(b.forcedMentees, words) }),
          ),
        },
  );
  figures.push(
    q.wishes.total === 0
      ? {
          label: t('figWishes'),
          value: t('noneGiven'),
          detail: t('canName', { mentees: w.mentees, mentors: w.mentors }),
        }
      : {
          label: t('figWishes'),
          value: t('ofTotal', { n: q.wishes.met, total: q.wishes.total }),
          detail: t('wishesDetail', {
            percent: percent(q.wishes.ratio),
            met: q.wishes.topMet,
            total: q.wishes.topTotal,
          }),
        },
  );
  figures.push(...handFigures(q, words));
  const breaches = q.avoidViolations + q.capacityViolations + q.placementViolations;
  figures.push({
    label: t('figRules'),
    value: breaches === 0 ? t('allKept') : t('broken', { count: breaches }),
    detail:
      breaches === 0
        ? t('rulesKeptDetail', { an: anOf(w.mentor), mentor: w.mentor })
        : t('rulesBroken', {
            avoid: q.avoidViolations,
            capacity: q.capacityViolations,
            placement: q.placementViolations,
          }),
  });
  return figures;
}

/**
 * The figures of the organizer's hand (issue 18), each only when it applies: wishes per
 * priority (once mentees have more than one), meetings again of pairs met at earlier events,
 * groups at tables, and pinned meetings held.
 */
export function handFigures(q: QualityReport, words: RoleWords = defaultWords()): Figure[] {
  const w = words.inline;
  const figures: Figure[] = [];
  const levels = q.wishesByPriority ?? [];
  if (levels.length > 1 && levels.some((l) => l.wishes > 0)) {
    const top = levels[0]!;
    figures.push({
      label: t('figPriority'),
      value:
        top.firstWishes > 0
          ? t('firstWishesOf', { met: top.firstWishesMet, total: top.firstWishes })
          : t('wishesOf', { met: top.wishesMet, total: top.wishes }),
      detail: joinParts(
        ...levels.map((l) =>
          t('priorityLevel', {
            priority: l.priority,
            who: countMentees(l.mentees, words),
            firstMet: l.firstWishesMet,
            first: l.firstWishes,
            met: l.wishesMet,
            total: l.wishes,
          }),
        ),
      ),
    });
  }
  const known = q.metBeforePairs ?? 0;
  if (known > 0) {
    const again = q.repeatsFromHistory ?? 0;
    figures.push({
      label: t('figMetBefore'),
      value: again === 0 ? t('nobodyAgain') : t('meetingsAgain', { count: again }),
      detail: t('metBeforeDetail', { count: known }),
    });
  }
  const g = q.groups;
  if (g && g.groupedMentees + g.groupedMentors > 0) {
    figures.push({
      label: t('figGroups'),
      value: g.menteesSharingTable === 0 ? t('keptApart') : t('pairsTogether', { count: g.menteesSharingTable }),
      detail: joinParts(
        t('groupsAtTable', { mentees: w.mentees, min: g.minimumPossible }),
        t('groupsOwn', {
          meetings: t('meetings', { count: g.ownGroupMeetings }),
          an: anOf(w.mentor),
          mentor: w.mentor,
        }),
      ),
    });
  }
  const p = q.pins;
  if (p && p.total > 0) {
    figures.push({
      label: t('figPins'),
      value: t('pinsHeld', { held: p.held, total: p.total }),
      detail: p.unheld.length === 0 ? t('pinsAll') : t('pinsNotHeld', { why: p.unheld[0]!.reason }),
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
  words: RoleWords = defaultWords(),
): string {
  if (!before) return t('changeFirst');
  const changes: string[] = [];
  const w = words.inline;
  const dMentees = after.mentees - before.mentees;
  const dMentors = after.mentors - before.mentors;
  const menteeWords = { mentee: w.mentee, mentees: w.mentees };
  const mentorWords = { mentor: w.mentor, mentors: w.mentors };
  const who = [
    ...(dMentees === 0
      ? []
      : [t(dMentees > 0 ? 'moreMentees' : 'fewerMentees', { count: Math.abs(dMentees), ...menteeWords })]),
    ...(dMentors === 0
      ? []
      : [t(dMentors > 0 ? 'moreMentors' : 'fewerMentors', { count: Math.abs(dMentors), ...mentorWords })]),
  ];
  const one = who.length === 1 && Math.abs(dMentees + dMentors) === 1;
  if (who.length > 0) {
    const list = who.length === 2 ? t('andJoin', { first: who[0]!, second: who[1]! }) : who[0]!;
    changes.push(t('takePart', { who: list, one: one ? 'yes' : 'no' }));
  }
  if (after.rounds !== before.rounds) changes.push(t('changeRounds', { count: after.rounds, before: before.rounds }));
  const goes = (a: number, b: number) => ({ up: a > b ? 'yes' : 'no', from: b, to: a });
  if (after.coverageBound !== before.coverageBound)
    changes.push(t('changeBound', goes(after.coverageBound, before.coverageBound)));
  if (after.distinctMeetings !== before.distinctMeetings)
    changes.push(t('changeMeetings', goes(after.distinctMeetings, before.distinctMeetings)));
  if (before.placementViolations > 0 && after.placementViolations === 0) changes.push(t('nobodyLeft'));
  const byes = (q: QualityReport) => q.byes.total + q.byes.forced;
  if (byes(after) !== byes(before)) changes.push(t('changeByes', goes(byes(after), byes(before))));
  if (after.wishes.met !== before.wishes.met)
    changes.push(t('changeWishes', goes(after.wishes.met, before.wishes.met)));
  if (changes.length === 0) return t('figuresStay');
  const text = joinParts(...changes);
  return t('sentence', { text: `${text.charAt(0).toUpperCase()}${text.slice(1)}` });
}
