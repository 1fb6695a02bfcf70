import type { RoleWords } from '../../../../shared/labels/role-words';
import { takesPart } from '../../../../shared/attendance/pending';
import { quality } from '../../../../shared/planner';
import type { PlanInput, QualityReport } from '../../../../shared/planner';
import type { OrganizerView } from '../../../../shared/protocol/views';
import type { Schedule } from '../../../../shared/schemas/schedule';
import { nameKey } from '../../../../shared/schemas/text';
import { consolePlan } from '../../../i18n/catalogues/console-plan';
import { NO_RULES, type PlanRulesView } from './edit-rules';
import { explainInWords } from './plan-explain';
import { qualityFigures, type Figure } from './quality-figures';

type People = Pick<OrganizerView, 'event' | 'mentors' | 'mentees'>;
/** Groups compare like names, as the server's plans compare them (shared/event/rules/schedule.ts). */
const groupKey = (group: string | undefined) => (group ? { group: nameKey(group) } : {});

/** The planner's input as the server builds it from the organizer view (people marked absent or gone left out). */
export function planInputOf(view: People, rounds: number): PlanInput {
  // The event's group rules, once the view carries them (else the planner's default).
  const groups = (view.event as { groups?: PlanInput['settings']['groups'] | null }).groups;
  return {
    settings: { rounds, tableCapacity: view.event.tableCapacity, ...(groups ? { groups } : {}) },
    mentors: view.mentors
      .filter((m) => takesPart(m.attendance))
      .map(({ id, name, table, group }) => ({ id, name, table, ...groupKey(group) })),
    mentees: view.mentees
      .filter((m) => takesPart(m.attendance))
      .map(({ id, name, wishes, avoid, group, priority }) => ({
        id,
        name,
        wishes: [...wishes],
        avoid: [...avoid],
        ...groupKey(group),
        ...(priority ? { priority } : {}),
      })),
  };
}

/**
 * The quality report of the current schedule against the current people, with the pins and
 * locked rounds; rounds before `fromRound` have begun (they hold or break pins as they are).
 */
export function planQuality(
  schedule: Schedule,
  view: People,
  rules: PlanRulesView = NO_RULES,
  fromRound = 1,
): QualityReport {
  const locked = schedule.rounds.filter((r) => rules.lockedRounds.includes(r.round));
  return quality(schedule, planInputOf(view, schedule.rounds.length), {
    ...(rules.pins.length > 0 ? { pins: rules.pins } : {}),
    ...(locked.length > 0 ? { locked } : {}),
    ...(fromRound > 1 ? { fromRound } : {}),
  });
}

/** The quality figures of the current schedule against the current people. */
export function planFigures(
  schedule: Schedule,
  view: People,
  rules: PlanRulesView = NO_RULES,
  words?: RoleWords,
): Figure[] {
  return qualityFigures(planQuality(schedule, view, rules), words);
}

/** What these settings allow for this many people (the planner's one-sentence explanation). */
export function explainPlan(view: People): string {
  const rounds = view.event.rounds > 0 ? view.event.rounds : Math.max(1, view.mentors.length);
  const text = explainInWords(
    { rounds, tableCapacity: view.event.tableCapacity },
    { mentors: view.mentors.length, mentees: view.mentees.length },
  );
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  // The planner's refusals end in their own full stop; the page's language closes the others.
  return /[.!?。]$/.test(text) ? sentence : consolePlan.t('sentence', { text: sentence });
}
