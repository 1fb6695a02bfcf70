import type { Issue } from '../../schemas/errors';
import type { Break, EventSettingsPatch } from '../../schemas/settings';
import { refuse, type Outcome } from '../domain-error';
import {
  hasStarted,
  movingOf,
  pairingOf,
  phasesOf,
  sortedBreaks,
  type EventState,
  type StoredSettings,
} from '../state';
import { pairingConflict, withPairing } from './pairing';
import { defaultPlanner, type Planner } from '../planner';
import { reconcileSchedule } from './schedule';

function breakIssues(breaks: Break[], rounds: number | null): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<number>();
  breaks.forEach((b, i) => {
    const path = `breaks.${i}.afterRound`;
    if (seen.has(b.afterRound)) {
      const message = `a break after round ${b.afterRound} is already set`;
      issues.push({ path, message, code: 'breakTwice', params: { round: b.afterRound } });
    }
    seen.add(b.afterRound);
    if (rounds !== null && b.afterRound >= rounds) {
      const message = `must be before the last round (${rounds})`;
      issues.push({ path, message, code: 'breakAfterLast', params: { rounds } });
    }
  });
  return issues;
}

/** What an ended event may still change. */
const AFTER_THE_END = new Set(['name', 'feedbackClosesAt', 'labels', 'locale', 'timeZone']);

/** Sets an optional setting, or removes it when the patch says null (back to the default). */
function setOrDrop<K extends 'labels' | 'locale' | 'timeZone'>(
  s: StoredSettings,
  key: K,
  value: StoredSettings[K] | null,
) {
  if (value === null) delete s[key];
  else s[key] = value;
}

/** The breaks whose phase (the changeover after round k, phase 2k−1) has begun by `phaseIndex`. */
const begunBreaks = (breaks: Break[], phaseIndex: number) =>
  JSON.stringify(sortedBreaks(breaks.filter((b) => 2 * b.afterRound - 1 <= phaseIndex)));

/** Why a change of a running event's settings would rewrite what has already happened, or null. */
function rewritesThePast(state: EventState, next: EventState, phaseIndex: number): string | null {
  const before = phasesOf(state);
  const after = phasesOf(next);
  const current = before[phaseIndex];
  const rounds = next.settings.rounds;
  if (current && rounds !== null && rounds < current.round) {
    return `round ${current.round} is under way: rounds must be at least ${current.round}`;
  }
  if (begunBreaks(state.settings.breaks, phaseIndex) !== begunBreaks(next.settings.breaks, phaseIndex)) {
    return 'a break that has begun or passed cannot be added, removed or changed; use extend for the current phase';
  }
  for (let i = 0; i <= phaseIndex; i++) {
    if (before[i]?.kind !== after[i]?.kind || before[i]?.round !== after[i]?.round) {
      return 'this change would rewrite phases that have already begun';
    }
  }
  return null;
}

/**
 * Change settings. Before the start anything goes; once started only what shapes future
 * phases (lengths, later breaks, a round count not below the current round, the name, the
 * table capacity for rounds not yet begun); after the end only the name and when feedback closes.
 */
export function patchSettings(
  state: EventState,
  patch: EventSettingsPatch,
  now: number,
  planner: Planner = defaultPlanner,
): Outcome<EventState> {
  const clock = state.clock;
  if (clock.status === 'finished') {
    // The name, and until when people can give feedback on the meetings that were held.
    // The words and the language too: the report and the printables are still read after the end.
    const other = Object.keys(patch).filter((k) => !AFTER_THE_END.has(k));
    if (other.length > 0)
      return refuse.conflict(
        `the event has ended; only its name, role names, language, time zone and when feedback closes can change` +
          ` (not ${other.join(', ')})`,
      );
  }
  if (patch.moving !== undefined && patch.moving !== movingOf(state) && hasStarted(state)) {
    // The rounds played were seated one way; the rest cannot be planned the other way round.
    return refuse.conflict(
      `the event has started with ${movingOf(state)} moving; who moves can change only before the start`,
    );
  }
  const pairingChange = patch.pairing !== undefined && patch.pairing !== pairingOf(state);
  if (pairingChange) {
    const why = pairingConflict(state, patch.pairing!);
    if (why) return refuse.conflict(why);
  }
  const { labels, locale, timeZone, ...planned } = patch;
  const settings: StoredSettings = { ...state.settings, ...planned };
  if (labels !== undefined) setOrDrop(settings, 'labels', labels);
  if (locale !== undefined) setOrDrop(settings, 'locale', locale);
  if (timeZone !== undefined) setOrDrop(settings, 'timeZone', timeZone);
  // Left out at the default, so an event switched back stores exactly what it always did.
  if (settings.pairing !== 'peer') delete settings.pairing;
  if (patch.breaks) settings.breaks = sortedBreaks(patch.breaks);
  const next: EventState = pairingChange ? withPairing({ ...state, settings }, patch.pairing!) : { ...state, settings };
  if ((clock.status === 'running' || clock.status === 'paused') && hasStarted(state)) {
    const why = rewritesThePast(state, next, clock.phaseIndex);
    if (why) return refuse.conflict(why);
  }
  // After the conflicts: "that round has begun" says more than "then this break would be last".
  const checked = patch.breaks || patch.rounds !== undefined;
  const issues = checked ? breakIssues(patch.breaks ?? state.settings.breaks, settings.rounds) : [];
  if (issues.length > 0) return refuse.invalid('invalid breaks', issues);
  return reconcileSchedule(state, next, now, planner);
}
