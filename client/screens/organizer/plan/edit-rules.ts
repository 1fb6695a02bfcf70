import { z } from 'zod';
import type { PlanEdit } from '../../../../shared/schemas/plan-edits';
import { planPinSchema, type PlanPinRule } from '../../../../shared/schemas/plan-rules';

/** The organizer's rules as the console sees them: pins, locked rounds, and how many pairs met before. */
export interface PlanRulesView {
  pins: PlanPinRule[];
  lockedRounds: number[];
  metBeforeCount: number;
}

const rulesViewSchema = z.object({
  pins: z.array(planPinSchema),
  lockedRounds: z.array(z.number().int()),
  metBeforeCount: z.number().int().optional(),
});

/** No pins, no locked rounds. */
export const NO_RULES: PlanRulesView = Object.freeze({
  pins: [],
  lockedRounds: [],
  metBeforeCount: 0,
}) as PlanRulesView;

/**
 * The view's `planRules`, parsed here: a server (or a view) without them reads as no rules,
 * so the Plan tab works before and after the rules reach the organizer's view.
 */
export function planRulesOf(view: object): PlanRulesView {
  const parsed = rulesViewSchema.safeParse((view as { planRules?: unknown }).planRules);
  if (!parsed.success) return NO_RULES;
  return { ...parsed.data, metBeforeCount: parsed.data.metBeforeCount ?? 0 };
}

/** The rules after an edit the server accepted (shown until the pushed view brings them). */
export function rulesAfter(rules: PlanRulesView, edit: PlanEdit): PlanRulesView {
  const samePair = (p: PlanPinRule, e: { menteeId: string; mentorId: string }) =>
    p.menteeId === e.menteeId && p.mentorId === e.mentorId;
  switch (edit.op) {
    case 'pin': {
      const pin: PlanPinRule = { menteeId: edit.menteeId, mentorId: edit.mentorId };
      if (edit.round !== undefined) pin.round = edit.round;
      return { ...rules, pins: [...rules.pins.filter((p) => !samePair(p, edit)), pin] };
    }
    case 'unpin':
      return { ...rules, pins: rules.pins.filter((p) => !samePair(p, edit)) };
    case 'lock-round':
      return { ...rules, lockedRounds: [...new Set([...rules.lockedRounds, edit.round])].sort((a, b) => a - b) };
    case 'unlock-round':
      return { ...rules, lockedRounds: rules.lockedRounds.filter((r) => r !== edit.round) };
    default:
      return rules;
  }
}

/** The pin on this mentee and mentor, if any. */
export function pinOf(rules: PlanRulesView, menteeId: string, mentorId: string): PlanPinRule | null {
  return rules.pins.find((p) => p.menteeId === menteeId && p.mentorId === mentorId) ?? null;
}

/**
 * Whether this seat (mentee at mentor in round) is pinned: 'round' when the pin names this
 * round, 'any' when the pin names no round, null when it is not pinned.
 */
export function seatPin(
  rules: PlanRulesView,
  menteeId: string,
  mentorId: string,
  round: number,
): 'round' | 'any' | null {
  const pin = pinOf(rules, menteeId, mentorId);
  if (!pin) return null;
  if (pin.round === undefined) return 'any';
  return pin.round === round ? 'round' : null;
}
