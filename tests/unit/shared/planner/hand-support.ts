/**
 * Helpers for the organizer's-hand tests (issue 18): random events with groups, priorities,
 * pins, locked rounds and pairs met before, and checks written independently of the planner
 * (its own pin-rules.ts and quality() are not used to decide what must hold).
 */
import fc from 'fast-check';
import {
  plan,
  type MetBefore,
  type PlanInput,
  type PlanOptions,
  type PlanPin,
  type Schedule,
} from '../../../../shared/planner';
import type { RoundSeating } from '../../../../shared/schemas/schedule';
import { createRng } from '../../../../shared/planner/prng';
import { makeMentees, makeMentors } from './support';

/** A random event with everything the organizer can add, and the options to plan it with. */
export interface HandCase {
  input: PlanInput;
  opts: PlanOptions & { pins: PlanPin[]; metBefore: MetBefore[]; locked: RoundSeating[] };
}

const GROUPS = ['Acme', 'Blue Co', 'Cedar'];

/** Group spellings that name the same group (case and spaces aside), so matching is exercised. */
const spell = (g: string, k: number) => [g, g.toLowerCase(), ` ${g.toUpperCase()} `][k % 3]!;

/** A seeded random event; `locks` plans it once without options and locks some of its rounds. */
export function handCase(seed: number, size: { T: number; M: number; cap: number; R: number }, locks = true): HandCase {
  const rng = createRng(seed);
  const { T, M, cap, R } = size;
  const groups = rng.int(GROUPS.length + 1);
  const group = () => (groups > 0 && rng.int(4) > 0 ? spell(GROUPS[rng.int(groups)]!, rng.int(3)) : null);
  const mentors = makeMentors(T).map((m) => ({ ...m, group: group() }));
  const mentees = makeMentees(M).map((x) => ({
    ...x,
    wishes: Array.from({ length: rng.int(3) }, () => `m${1 + rng.int(T)}`),
    avoid: Array.from({ length: rng.int(2) }, () => `m${1 + rng.int(T)}`),
    group: group(),
    priority: rng.int(3),
  }));
  const input: PlanInput = { settings: { rounds: R, tableCapacity: cap }, mentors, mentees };
  // Pins name people at random, some not taking part and some rounds beyond the event.
  const pins: PlanPin[] = Array.from({ length: rng.int(10) }, () => {
    const pin: PlanPin = { menteeId: `e${1 + rng.int(M + 1)}`, mentorId: `m${1 + rng.int(T + 1)}` };
    if (rng.int(2)) pin.round = 1 + rng.int(R + 1);
    return pin;
  });
  const metBefore: MetBefore[] = Array.from({ length: rng.int(M + 1) }, () => ({
    menteeId: `e${1 + rng.int(Math.max(1, M))}`,
    mentorId: `m${1 + rng.int(T)}`,
  }));
  const base = plan(input.settings, mentors, mentees, { seed });
  const locked = locks ? base.rounds.filter(() => rng.int(3) === 0) : [];
  return { input, opts: { seed, pins, metBefore, locked } };
}

/** fast-check: a random hand case of up to 10 mentors, 40 mentees, tables of 1–4, 1–8 rounds. */
export const handCaseArb = (locks = true): fc.Arbitrary<HandCase> =>
  fc
    .record({
      seed: fc.integer({ min: 1, max: 1_000_000 }),
      T: fc.integer({ min: 1, max: 10 }),
      M: fc.integer({ min: 0, max: 40 }),
      cap: fc.integer({ min: 1, max: 4 }),
      R: fc.integer({ min: 1, max: 8 }),
    })
    .map(({ seed, ...size }) => handCase(seed, size, locks));

const key = (g: string | null | undefined) => (typeof g === 'string' && g.trim() ? g.trim().toLowerCase() : null);

/** Whether mentee and mentor share a group (case and spaces aside). */
export function sameGroup(input: PlanInput, menteeId: string, mentorId: string): boolean {
  const x = key(input.mentees.find((y) => y.id === menteeId)?.group);
  return x !== null && x === key(input.mentors.find((m) => m.id === mentorId)?.group);
}

/** Whether anyone has a group (the own-group rule is then on by default). */
export const anyGroup = (input: PlanInput) =>
  [...input.mentors, ...input.mentees].some((p) => key((p as { group?: string | null }).group) !== null);

/** Meetings with a mentor of the mentee's own group, in rounds not in `skip`. */
export function ownGroupMeetings(schedule: Schedule, input: PlanInput, skip = new Set<number>()): string[] {
  const out: string[] = [];
  for (const r of schedule.rounds) {
    if (skip.has(r.round)) continue;
    for (const t of r.tables)
      for (const id of t.menteeIds)
        if (sameGroup(input, id, t.mentorId)) out.push(`round ${r.round}: ${id}@${t.mentorId}`);
  }
  return out;
}

/** Whether the pin is held in the schedule (in its round, or in any round). */
export function pinHeld(schedule: Schedule, pin: PlanPin): boolean {
  return schedule.rounds.some(
    (r) =>
      (pin.round === undefined || r.round === pin.round) &&
      r.tables.some((t) => t.mentorId === pin.mentorId && t.menteeIds.includes(pin.menteeId)),
  );
}

/**
 * Pins that can surely hold, judged here on their own: mentee and mentor present, not avoided,
 * not of one group, a round of the event that is not locked (or locked with the meeting in it),
 * and among pins to a round: the first for its mentee in that round and within the table's
 * capacity; pins without a round only where nothing else is pinned for that mentee or mentor
 * (so no other pin can take their round).
 */
export function surelyHoldable(input: PlanInput, opts: HandCase['opts'], from = 1): PlanPin[] {
  const menteeIds = new Set(input.mentees.map((x) => x.id));
  const mentorIds = new Set(input.mentors.map((m) => m.id));
  const R = input.settings.rounds;
  const lockedRounds = new Map(opts.locked.filter((r) => r.round >= from && r.round <= R).map((r) => [r.round, r]));
  const rulesOn = anyGroup(input);
  const allowed = (p: PlanPin) => {
    const x = input.mentees.find((y) => y.id === p.menteeId);
    return (
      x !== undefined &&
      mentorIds.has(p.mentorId) &&
      !x.avoid.includes(p.mentorId) &&
      !(rulesOn && sameGroup(input, p.menteeId, p.mentorId))
    );
  };
  const out: PlanPin[] = [];
  const menteeRound = new Set<string>();
  const tableRound = new Map<string, number>();
  for (const p of opts.pins) {
    if (!allowed(p) || p.round === undefined) continue;
    if (p.round < from || p.round > R || !menteeIds.has(p.menteeId)) continue;
    const lock = lockedRounds.get(p.round);
    if (lock) {
      if (lock.tables.some((t) => t.mentorId === p.mentorId && t.menteeIds.includes(p.menteeId))) out.push(p);
      continue;
    }
    const mk = `${p.round}|${p.menteeId}`;
    const tk = `${p.round}|${p.mentorId}`;
    if (menteeRound.has(mk) || (tableRound.get(tk) ?? 0) >= input.settings.tableCapacity) continue;
    menteeRound.add(mk);
    tableRound.set(tk, (tableRound.get(tk) ?? 0) + 1);
    out.push(p);
  }
  const others = (p: PlanPin) =>
    opts.pins.filter((q) => q !== p && (q.menteeId === p.menteeId || q.mentorId === p.mentorId));
  const openRounds = Array.from({ length: R }, (_, r) => r + 1).filter((r) => r >= from && !lockedRounds.has(r));
  for (const p of opts.pins) {
    if (p.round !== undefined || !allowed(p) || others(p).length > 0 || openRounds.length === 0) continue;
    out.push(p);
  }
  return out;
}

/**
 * Meetings again with a mentor met at an earlier event (not pinned) while, that round, a free
 * seat waited at an allowed mentor the mentee never meets and did not meet before.
 */
export function avoidableHistoryRepeats(schedule: Schedule, input: PlanInput, opts: HandCase['opts']): string[] {
  const history = new Set(opts.metBefore.map((p) => `${p.menteeId}|${p.mentorId}`));
  const pinned = new Set(opts.pins.map((p) => `${p.menteeId}|${p.mentorId}`));
  const lockedRounds = new Set(opts.locked.map((r) => r.round));
  const rulesOn = anyGroup(input);
  const met = new Map<string, Set<string>>();
  for (const r of schedule.rounds)
    for (const t of r.tables)
      for (const id of t.menteeIds) (met.get(id) ?? met.set(id, new Set()).get(id)!).add(t.mentorId);
  const out: string[] = [];
  for (const r of schedule.rounds) {
    if (lockedRounds.has(r.round)) continue;
    for (const t of r.tables) {
      for (const id of t.menteeIds) {
        if (!history.has(`${id}|${t.mentorId}`) || pinned.has(`${id}|${t.mentorId}`)) continue;
        const x = input.mentees.find((y) => y.id === id)!;
        const free = r.tables.find(
          (u) =>
            u.menteeIds.length < input.settings.tableCapacity &&
            !x.avoid.includes(u.mentorId) &&
            !(rulesOn && sameGroup(input, id, u.mentorId)) &&
            !met.get(id)?.has(u.mentorId) &&
            !history.has(`${id}|${u.mentorId}`),
        );
        if (free) out.push(`round ${r.round}: ${id} meets ${t.mentorId} again while ${free.mentorId} has a free seat`);
      }
    }
  }
  return out;
}

/** A locked round as the planner keeps it for these people (tables in mentor order, the absent left out). */
export function keptLock(lock: RoundSeating, input: PlanInput): RoundSeating {
  const here = new Set(input.mentees.map((x) => x.id));
  const placed = new Set<string>();
  const tables = input.mentors.map((m) => {
    const t = lock.tables.find((u) => u.mentorId === m.id);
    const ids = (t?.menteeIds ?? []).filter((id) => here.has(id) && !placed.has(id));
    for (const id of ids) placed.add(id);
    return { mentorId: m.id, menteeIds: ids };
  });
  const byes = lock.byes.filter((id) => here.has(id) && !placed.has(id));
  for (const id of byes) placed.add(id);
  for (const x of input.mentees) if (!placed.has(x.id)) byes.push(x.id);
  return { round: lock.round, tables, byes };
}
