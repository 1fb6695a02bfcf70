/**
 * The preview of a replan and applying it (pure, apart from hashing): what the seating of
 * the rounds not yet begun would become for the people as they stand now, the difference,
 * the quality before and after, and a `basedOn` token the apply must present unchanged.
 */
import { createHash } from 'node:crypto';
import { pendingChanges, takesPart } from '../../shared/attendance/pending';
import type { ApplyBody, BasedOn, Preview, PreviewOptions } from '../../shared/attendance/preview-schema';
import { diffSchedules, plan, quality, replan, type PlanInput } from '../../shared/planner';
import type { Schedule } from '../../shared/schemas/schedule';
import { firstOpenRound } from '../../shared/timeline';
import { conflict } from '../errors';
import { markExpectedAbsent, phaseIndexOf } from './commands/attendance';
import { planInput, roundsBeforeStart, runPlanner } from './commands/schedule';
import { effectiveRounds, hasStarted, phasesOf, type EventState } from './state';

/** The first round whose seating may still change (1 before the start). */
export function openRound(s: EventState): number {
  return hasStarted(s) ? firstOpenRound(phasesOf(s), phaseIndexOf(s)) : 1;
}

const EMPTY: Schedule = { mentors: [], mentees: [], rounds: [] };

const digestOf = (schedule: Schedule, markedAbsent: string[]) =>
  createHash('sha256').update(JSON.stringify({ schedule, markedAbsent })).digest('base64url').slice(0, 22);

/** Mentors whose table holds different mentees (or appears or disappears) in some round ≥ from. */
function affectedMentors(before: Schedule, after: Schedule, from: number): string[] {
  const tablesOf = (s: Schedule) => {
    const out = new Map<string, string>();
    for (const r of s.rounds) if (r.round >= from) for (const t of r.tables) out.set(`${r.round}:${t.mentorId}`, [...t.menteeIds].sort().join(','));
    return out;
  };
  const a = tablesOf(before);
  const b = tablesOf(after);
  const changed = new Set<string>();
  for (const key of new Set([...a.keys(), ...b.keys()])) if (a.get(key) !== b.get(key)) changed.add(key.slice(key.indexOf(':') + 1));
  const order = [...new Set([...after.mentors.map((m) => m.id), ...before.mentors.map((m) => m.id)])];
  return order.filter((id) => changed.has(id));
}

/** The proposal for `state` (already brought to now) and the state applying it would commit. */
export function propose(state: EventState, opts: PreviewOptions): { preview: Preview; next: EventState } {
  if (state.clock.status === 'finished') throw conflict('the event has ended; its schedule can no longer change');
  const started = hasStarted(state);
  if (opts.checkedInOnly && started) {
    throw conflict('"plan with checked-in people only" is for before the start; once started, mark each no-show absent');
  }
  const people = opts.checkedInOnly ? markExpectedAbsent(state) : state;
  const markedAbsent = [...state.mentors, ...state.mentees].filter((p) => p.attendance === 'expected' && opts.checkedInOnly).map((p) => p.id);
  if (!people.mentors.some((m) => takesPart(m.attendance))) {
    throw conflict(state.mentors.length === 0 ? 'add at least one mentor before planning' : 'no mentor is taking part: check in at least one mentor');
  }
  const fromRound = openRound(state);
  const rounds = started ? effectiveRounds(state) : roundsBeforeStart(people);
  if (started && fromRound > rounds) throw conflict('every round has begun; nothing is left to replan');
  const input: PlanInput = planInput(people, rounds);
  const seed = opts.seed ?? state.seed;
  const current = state.schedule;
  // Before the start a new seed means "shuffle"; otherwise follow the changes, keeping every seat that still can be.
  const fresh = current === null || (!started && opts.seed !== undefined);
  const schedule = runPlanner(() =>
    fresh ? plan(input.settings, input.mentors, input.mentees, { seed }) : replan(current, fromRound, input, { seed }),
  );
  const before = current ?? EMPTY;
  const changed = JSON.stringify(schedule) !== JSON.stringify(current);
  const diff = diffSchedules(before, schedule, fromRound);
  const preview: Preview = {
    fromRound,
    basedOn: { phaseIndex: phaseIndexOf(state), scheduleVersion: state.scheduleVersion, digest: digestOf(schedule, markedAbsent) },
    changed,
    schedule,
    diff,
    affected: { mentees: diff.affectedMentees, mentors: affectedMentors(before, schedule, fromRound) },
    quality: { before: current ? quality(current, input) : null, after: quality(schedule, input) },
    pending: pendingChanges(current, people, fromRound),
    markedAbsent,
  };
  let next = people;
  if (changed) next = { ...next, schedule, scheduleVersion: state.scheduleVersion + 1 };
  if (seed !== state.seed) next = { ...next, seed };
  return { preview, next };
}

/** Why a `basedOn` token no longer matches, or null when it does. */
function staleness(token: BasedOn, now: BasedOn): string | null {
  if (token.phaseIndex !== now.phaseIndex) {
    const where = (p: number | null) => (p === null ? 'before the start' : `phase ${p}`);
    return `the clock moved on since the preview (${where(token.phaseIndex)} → ${where(now.phaseIndex)})`;
  }
  if (token.scheduleVersion !== now.scheduleVersion) return `the schedule changed since the preview (version ${token.scheduleVersion} → ${now.scheduleVersion})`;
  if (token.digest !== now.digest) return 'people or attendance changed since the preview';
  return null;
}

/**
 * Apply a preview (pure): recompute it and commit it only if it is still what was shown
 * (`basedOn`); otherwise 409 with the reason, and the console previews again. Without
 * `basedOn` (a script that wants no review) the proposal is committed as it stands.
 */
export function applyPreview(state: EventState, body: ApplyBody): { state: EventState; result: Schedule } {
  const { preview, next } = propose(state, { seed: body.seed, checkedInOnly: body.checkedInOnly });
  const stale = body.basedOn ? staleness(body.basedOn, preview.basedOn) : null;
  if (stale) throw conflict(`stale preview: ${stale}; preview again`);
  return { state: next, result: preview.schedule };
}
