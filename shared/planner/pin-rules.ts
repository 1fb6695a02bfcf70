/**
 * Which pinned meetings can hold, and in plain words why not. One judgement for plan, replan and
 * quality, so the reason quality gives is the one the planner acted on. A pin cannot hold when
 * someone is not taking part, a hard rule forbids the meeting, its round is not in the event or
 * cannot change (locked, or begun in a replan) with the mentee elsewhere, or the seats are taken
 * by earlier pins: a table holds at most `tableCapacity` pinned mentees a round, a mentee one
 * pinned meeting a round. Pins are judged in the order given, so the first ones win.
 */
import { blockedMentors, groupKey, groupRules } from './groups';
import type { PlanInput, PlanPin } from './types';

/** A round that cannot change: who sits with which mentor in it (null: sitting out). */
export interface FixedRound {
  kind: 'locked' | 'begun';
  at: Map<string, string | null>;
}

/** What pins are judged against. */
export interface PinWorld {
  input: PlanInput;
  /** Rounds in the event. */
  rounds: number;
  /** Rounds that cannot change, by round number. */
  fixed: Map<number, FixedRound>;
  /** Names of people no longer present (from a schedule), for the reasons. */
  names?: Map<string, string>;
}

/** The judgement of one pin. */
export interface PinVerdict {
  /** Why it cannot hold, or null when it can. */
  reason: string | null;
  /**
   * Nothing to enforce although it holds: a round that cannot change already has the meeting,
   * or another pin brings about the same meeting.
   */
  covered: boolean;
}

/** The people, names and hard rules of a world, by id. */
function lookups(world: PinWorld) {
  const { mentors, mentees } = world.input;
  const blocked = blockedMentors(world.input);
  const mentee = new Map(mentees.map((x, i) => [x.id, { x, blocked: blocked[i]! }] as const));
  const mentor = new Map(mentors.map((m) => [m.id, m] as const));
  const name = (id: string) => mentee.get(id)?.x.name ?? mentor.get(id)?.name ?? world.names?.get(id) ?? String(id);
  return { mentee, mentor, name };
}

/** The reason a pin can never hold whatever the seating, or null. */
function staticReason(world: PinWorld, pin: PlanPin, look: ReturnType<typeof lookups>): string | null {
  const { mentee, mentor, name } = look;
  const x = mentee.get(pin.menteeId);
  const m = mentor.get(pin.mentorId);
  if (!x) return `${name(pin.menteeId)} is not taking part`;
  if (!m) return `${name(pin.mentorId)} is not taking part`;
  if (x.blocked.has(m.id)) {
    const g = groupKey(x.x.group);
    const own = g !== null && g === groupKey(m.group) && !(x.x.avoid ?? []).includes(m.id);
    return own && groupRules(world.input.settings, world.input.mentors, world.input.mentees).notOwnGroupMentor
      ? `${x.x.name} and ${m.name} are both from ${m.group!.trim()}, and nobody meets a mentor of their own group`
      : `${x.x.name} avoids ${m.name}`;
  }
  if (pin.round === undefined || pin.round === null) return null;
  if (!Number.isInteger(pin.round) || pin.round < 1) return `round ${String(pin.round)} is not a round of the event`;
  if (pin.round > world.rounds) return `round ${pin.round} is beyond the event's ${world.rounds} rounds`;
  return null;
}

/** Judge every pin, in order (see the file comment). */
export function judgePins(world: PinWorld, pins: readonly PlanPin[]): PinVerdict[] {
  const look = lookups(world);
  // A fixed round beyond the event (a locked round of a longer schedule) is no round of it.
  const fixedRounds = [...world.fixed].filter(([r]) => r >= 1 && r <= world.rounds);
  const fixedAt = new Map(fixedRounds);
  const cap = world.input.settings.tableCapacity;
  const out: PinVerdict[] = pins.map((pin) => ({ reason: staticReason(world, pin, look), covered: false }));
  // Pinned seats taken so far: the mentor of each mentee per round, and mentees per table per round.
  const menteeAt = new Map<string, string>();
  const tableCount = new Map<string, number>();
  const key = (round: number, id: string) => `${round}\u0000${id}`;
  const take = (round: number, pin: PlanPin) => {
    menteeAt.set(key(round, pin.menteeId), pin.mentorId);
    tableCount.set(key(round, pin.mentorId), (tableCount.get(key(round, pin.mentorId)) ?? 0) + 1);
  };
  const pinned = new Set<string>();
  pins.forEach((pin, i) => {
    const r = pin.round;
    if (out[i]!.reason !== null || r === undefined || r === null) return;
    const fixed = fixedAt.get(r);
    const who = look.name(pin.menteeId);
    if (fixed) {
      if (fixed.at.get(pin.menteeId) === pin.mentorId) out[i]!.covered = true;
      else
        out[i]!.reason =
          `round ${r} ${fixed.kind === 'locked' ? 'is locked' : 'has already begun'} with ${who} elsewhere`;
      return;
    }
    const other = menteeAt.get(key(r, pin.menteeId));
    if (other === pin.mentorId) out[i]!.covered = true;
    else if (other !== undefined) out[i]!.reason = `${who} is pinned to ${look.name(other)} in round ${r} already`;
    else if ((tableCount.get(key(r, pin.mentorId)) ?? 0) >= cap)
      out[i]!.reason = `${look.name(pin.mentorId)}'s table is full in round ${r} with pinned meetings`;
    else {
      take(r, pin);
      pinned.add(`${pin.menteeId}\u0000${pin.mentorId}`);
    }
  });
  const open: number[] = [];
  for (let r = 1; r <= world.rounds; r++) if (!fixedAt.has(r)) open.push(r);
  pins.forEach((pin, i) => {
    if (out[i]!.reason !== null || (pin.round !== undefined && pin.round !== null)) return;
    const pair = `${pin.menteeId}\u0000${pin.mentorId}`;
    const metFixed = fixedRounds.some(([, f]) => f.at.get(pin.menteeId) === pin.mentorId);
    if (metFixed || pinned.has(pair)) {
      out[i]!.covered = true;
      return;
    }
    // The first round still free for both: only whether one exists matters here, the planner
    // picks the round (keeping a round free for every later pin, as this first-fit does).
    const r = open.find(
      (r) => !menteeAt.has(key(r, pin.menteeId)) && (tableCount.get(key(r, pin.mentorId)) ?? 0) < cap,
    );
    if (r === undefined) {
      out[i]!.reason =
        open.length === 0
          ? 'no round is left to seat them in: every round is locked or has begun'
          : `every round left is taken by other pinned meetings of ${look.name(pin.menteeId)} ` +
            `or at ${look.name(pin.mentorId)}'s table`;
      return;
    }
    take(r, pin);
    pinned.add(pair);
  });
  return out;
}

/** The fixed rounds of a world from seatings (locked ones, or begun ones in a replan). */
export function fixedRound(
  kind: FixedRound['kind'],
  round: { tables: { mentorId: string; menteeIds: string[] }[]; byes: string[] },
): FixedRound {
  const at = new Map<string, string | null>();
  for (const t of round.tables) for (const id of t.menteeIds) if (!at.has(id)) at.set(id, t.mentorId);
  for (const id of round.byes) if (!at.has(id)) at.set(id, null);
  return { kind, at };
}
