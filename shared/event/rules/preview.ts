/**
 * The preview of a replan and applying it: what the seating of the rounds not yet begun would
 * become for the people as they stand now, the difference, the quality before and after, and
 * a `basedOn` token the apply must present unchanged.
 */
import { pendingChanges, takesPart } from '../../attendance/pending';
import { diffSchedules, quality } from '../../planner';
import type { Schedule } from '../../schemas/schedule';
import type { ApplyBody, BasedOn, Preview, PreviewOptions } from '../../attendance/preview-schema';
import { activePhaseIndex } from '../../timeline';
import { ok, refuse, type Outcome } from '../domain-error';
import { defaultPlanner, type Planner } from '../planner';
import { effectiveRounds, hasStarted, isPeerEvent, openRound, type EventState } from '../state';
import { markExpectedAbsent } from './attendance';
import { planInput, planOptions, roundsBeforeStart, runPlanner } from './schedule';

/** Fingerprints a text for `basedOn.digest` (the shell hashes; the rules stay pure). */
export type Digest = (text: string) => string;

const EMPTY: Schedule = { mentors: [], mentees: [], rounds: [] };

/** What quality needs to judge the organizer's pins and history. */
const handRules = (s: EventState) => ({ pins: s.planRules.pins, metBefore: s.planRules.metBefore });

/** Mentors whose table holds different mentees (or appears or disappears) in some round ≥ from. */
function affectedMentors(before: Schedule, after: Schedule, from: number): string[] {
  const tablesOf = (s: Schedule) => {
    const out = new Map<string, string>();
    for (const r of s.rounds) {
      if (r.round >= from)
        for (const t of r.tables) out.set(`${r.round}:${t.mentorId}`, [...t.menteeIds].sort().join(','));
    }
    return out;
  };
  const a = tablesOf(before);
  const b = tablesOf(after);
  const changed = new Set<string>();
  for (const key of new Set([...a.keys(), ...b.keys()]))
    if (a.get(key) !== b.get(key)) changed.add(key.slice(key.indexOf(':') + 1));
  const order = [...new Set([...after.mentors.map((m) => m.id), ...before.mentors.map((m) => m.id)])];
  return order.filter((id) => changed.has(id));
}

export type Proposal = { preview: Preview; next: EventState };

/** The proposal for `state` (already brought to now) and the state applying it would commit. */
export function propose(
  state: EventState,
  opts: PreviewOptions,
  digest: Digest,
  planner: Planner = defaultPlanner,
): Outcome<Proposal> {
  if (state.clock.status === 'finished')
    return refuse.conflict('the event has ended; its schedule can no longer change');
  const started = hasStarted(state);
  if (opts.checkedInOnly && started) {
    return refuse.conflict(
      '"plan with checked-in people only" is for before the start; once started, mark each no-show absent',
    );
  }
  const people = opts.checkedInOnly ? markExpectedAbsent(state) : state;
  const markedAbsent = opts.checkedInOnly
    ? [...state.mentors, ...state.mentees].filter((p) => p.attendance === 'expected').map((p) => p.id)
    : [];
  if (isPeerEvent(state)) {
    // Peer rounds (issue 17): no mentors; two peers taking part are what a plan needs.
    if (people.mentees.filter((m) => takesPart(m.attendance)).length < 2)
      return refuse.conflict('fewer than two peers are taking part: check in at least two');
  } else if (!people.mentors.some((m) => takesPart(m.attendance))) {
    return refuse.conflict(
      state.mentors.length === 0
        ? 'add at least one mentor before planning'
        : 'no mentor is taking part: check in at least one mentor',
    );
  }
  const fromRound = openRound(state);
  const rounds = started ? effectiveRounds(state) : roundsBeforeStart(people);
  if (started && fromRound > rounds) return refuse.conflict('every round has begun; nothing is left to replan');
  const input = planInput(people, rounds);
  const seed = opts.seed ?? state.seed;
  const current = state.schedule;
  // Before the start a new seed means "shuffle"; otherwise follow the changes, keeping every seat that still can be.
  const fresh = current === null || (!started && opts.seed !== undefined);
  // The organizer's pins, locked rounds and pairs met before hold in a proposal as in any plan.
  const planOpts = planOptions(state, seed);
  const planned = runPlanner(() =>
    fresh
      ? planner.plan(input.settings, input.mentors, input.mentees, planOpts)
      : planner.replan(current, fromRound, input, planOpts),
  );
  if (!planned.ok) return planned;
  const schedule = planned.value;
  const before = current ?? EMPTY;
  const changed = JSON.stringify(schedule) !== JSON.stringify(current);
  const diff = diffSchedules(before, schedule, fromRound);
  const preview: Preview = {
    fromRound,
    basedOn: {
      phaseIndex: activePhaseIndex(state.clock),
      scheduleVersion: state.scheduleVersion,
      digest: digest(JSON.stringify({ schedule, markedAbsent })),
    },
    changed,
    schedule,
    diff,
    affected: { mentees: diff.affectedMentees, mentors: affectedMentors(before, schedule, fromRound) },
    // "Now" is the Plan tab's figure: the current schedule against the people as they stand;
    // "after" against the people the proposal plans for (checked-in only, if so asked).
    quality: {
      before: current ? quality(current, planInput(state, current.rounds.length), handRules(state)) : null,
      after: quality(schedule, input, handRules(state)),
    },
    pending: pendingChanges(current, people, fromRound),
    markedAbsent,
  };
  let next = people;
  if (changed) next = { ...next, schedule, scheduleVersion: state.scheduleVersion + 1 };
  if (seed !== state.seed) next = { ...next, seed };
  return ok({ preview, next });
}

/** Why a `basedOn` token no longer matches, or null when it does. */
function staleness(token: BasedOn, now: BasedOn): string | null {
  if (token.phaseIndex !== now.phaseIndex) {
    const where = (p: number | null) => (p === null ? 'before the start' : `phase ${p}`);
    return `the clock moved on since the preview (${where(token.phaseIndex)} → ${where(now.phaseIndex)})`;
  }
  if (token.scheduleVersion !== now.scheduleVersion) {
    return `the schedule changed since the preview (version ${token.scheduleVersion} → ${now.scheduleVersion})`;
  }
  if (token.digest !== now.digest) return 'people or attendance changed since the preview';
  return null;
}

/**
 * Apply a preview: recompute it and commit it only if it is still what was shown (`basedOn`);
 * otherwise a conflict with the reason, and the console previews again. Without `basedOn` (a
 * script that wants no review) the proposal is committed as it stands.
 */
export function applyPreview(
  state: EventState,
  body: ApplyBody,
  digest: Digest,
  planner: Planner = defaultPlanner,
): Outcome<{ state: EventState; schedule: Schedule }> {
  const proposed = propose(state, { seed: body.seed, checkedInOnly: body.checkedInOnly }, digest, planner);
  if (!proposed.ok) return proposed;
  const { preview, next } = proposed.value;
  const stale = body.basedOn ? staleness(body.basedOn, preview.basedOn) : null;
  if (stale) return refuse.conflict(`stale preview: ${stale}; preview again`);
  return ok({ state: next, schedule: preview.schedule });
}
