/**
 * Pairs met at earlier events (issue 18): which mentee sat at which mentor's table in the
 * rounds an earlier event held, found among the people of this event, and the commands that
 * add them to the plan's rules or clear them. The planner counts such a pair as already met,
 * so it seats new meetings first. Pure: the earlier event comes in as data (a backup's event,
 * or another event's state and clock history).
 */
import type { ClockLogEntry } from '../../backup/clock-history';
import type { ClockState } from '../../schemas/clock';
import type { Attendance } from '../../schemas/people';
import type { MetBeforeRule } from '../../schemas/plan-rules';
import type { RoundSeating } from '../../schemas/schedule';
import { nameKey } from '../../schemas/text';
import { meetingPhaseIndex } from '../../timeline';
import { ok, refuse, type Outcome } from '../domain-error';
import type { EventState } from '../state';

/** A person of an earlier event, as a backup or a stored event has them. */
export interface EarlierPerson {
  id: string;
  name: string;
  email?: string | undefined;
  attendance?: Attendance;
}

/**
 * What is read of an earlier event: its people, its schedule and how far its clock got.
 * A backup's `event` and an `EventState` both fit (the state's clock history passed along).
 */
export interface EarlierEvent {
  mentors: readonly EarlierPerson[];
  mentees: readonly EarlierPerson[];
  schedule: { rounds: readonly RoundSeating[] } | null;
  clock: ClockState;
  /** When each round's talk began, by round number (a stored event always has it; a backup with its feedback). */
  roundStarts?: Readonly<Record<string, number>>;
  /** The clock commands (every backup has them): where an event ended by hand stopped. */
  clockHistory?: readonly ClockLogEntry[];
}

/** The people of this event an earlier event's people are looked for among. */
export interface HerePeople {
  mentors: readonly EarlierPerson[];
  mentees: readonly EarlierPerson[];
}

/** What earlier events give this one: pairs by this event's ids, and who was and was not found. */
export interface HistoryMatch {
  /** Each (mentee, mentor) pair once, in the order first met. */
  pairs: MetBeforeRule[];
  /** People of this event found among those who sat at a table in a counted round. */
  matched: { mentors: number; mentees: number };
  /** Names (as the earlier event spelled them) of those who sat at a table but are not in this event. */
  unmatched: { mentors: string[]; mentees: string[] };
}

/** The most pairs met before an event keeps (the plan rules' limit). */
export const MAX_MET_BEFORE = 100_000;

/**
 * The rounds an earlier event held. Its clock started: the rounds whose talk began (by its
 * round starts, else by where an `end` by hand stopped it, else every round, as a clock that
 * ran out held them all). Its clock never started (idle, or ended before a start): every
 * planned round, as the event was run from the sheets without the clock.
 */
export function heldRounds(e: EarlierEvent): (round: number) => boolean {
  const c = e.clock;
  if (c.status === 'idle' || (c.status === 'finished' && c.startedAt === null)) return () => true;
  if (c.status === 'running' || c.status === 'paused') return (r) => c.phaseIndex >= meetingPhaseIndex(r);
  const starts = e.roundStarts ?? {};
  if (Object.keys(starts).length > 0) return (r) => starts[String(r)] !== undefined;
  const last = e.clockHistory?.at(-1);
  if (last?.action === 'end' && last.phaseIndex !== null) {
    const stoppedAt = last.phaseIndex;
    return (r) => stoppedAt >= meetingPhaseIndex(r);
  }
  return () => true;
}

/** E-mail as compared: trimmed, case aside; none is undefined. */
const emailKey = (email: string | undefined) => {
  const e = email?.trim().toLowerCase();
  return e ? e : undefined;
};

/** Find earlier people among `here` (one role): by e-mail first (case aside), else by name (`nameKey`). */
function finder(here: readonly EarlierPerson[]) {
  const byEmail = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const p of here) {
    const e = emailKey(p.email);
    if (e !== undefined && !byEmail.has(e)) byEmail.set(e, p.id);
    if (!byName.has(nameKey(p.name))) byName.set(nameKey(p.name), p.id);
  }
  return (p: EarlierPerson): string | undefined => {
    const e = emailKey(p.email);
    return (e !== undefined ? byEmail.get(e) : undefined) ?? byName.get(nameKey(p.name));
  };
}

/**
 * The pairs met at `earlier` events, by the ids of `here`: every mentee who sat at a mentor's
 * table in a held round (heldRounds), both found in this event (e-mail first, else name). A
 * person marked absent there (a no-show) met nobody. Pairs are merged: each once.
 */
export function metBeforeFrom(earlier: EarlierEvent | readonly EarlierEvent[], here: HerePeople): HistoryMatch {
  const events: readonly EarlierEvent[] = Array.isArray(earlier) ? earlier : [earlier as EarlierEvent];
  const findMentor = finder(here.mentors);
  const findMentee = finder(here.mentees);
  const pairs: MetBeforeRule[] = [];
  const seen = new Set<string>();
  const found = { mentors: new Set<string>(), mentees: new Set<string>() };
  const missing = { mentors: new Map<string, string>(), mentees: new Map<string, string>() };
  // Earlier names found somewhere: one missing from one earlier event but found through another is not missing.
  const foundNames = { mentors: new Set<string>(), mentees: new Set<string>() };
  for (const e of events) {
    if (!e.schedule) continue;
    const held = heldRounds(e);
    const mentors = new Map(e.mentors.map((m) => [m.id, m]));
    const mentees = new Map(e.mentees.map((m) => [m.id, m]));
    // Each earlier person looked up once per event, found or not.
    const cache = new Map<string, string | null>();
    const look = (p: EarlierPerson, role: 'mentors' | 'mentees'): string | null => {
      const hit = cache.get(p.id);
      if (hit !== undefined) return hit;
      const id = (role === 'mentors' ? findMentor(p) : findMentee(p)) ?? null;
      cache.set(p.id, id);
      const key = nameKey(p.name);
      if (id === null) {
        if (!missing[role].has(key)) missing[role].set(key, p.name);
      } else {
        found[role].add(id);
        foundNames[role].add(key);
      }
      return id;
    };
    for (const round of e.schedule.rounds) {
      if (!held(round.round)) continue;
      for (const table of round.tables) {
        const mentor = mentors.get(table.mentorId);
        if (!mentor || mentor.attendance === 'absent') continue;
        const seated = table.menteeIds.flatMap((id) => {
          const m = mentees.get(id);
          return m && m.attendance !== 'absent' ? [m] : [];
        });
        if (seated.length === 0) continue;
        const mentorId = look(mentor, 'mentors');
        for (const m of seated) {
          const menteeId = look(m, 'mentees');
          if (mentorId === null || menteeId === null) continue;
          const key = `${menteeId}\u0000${mentorId}`;
          if (seen.has(key)) continue;
          seen.add(key);
          pairs.push({ menteeId, mentorId });
        }
      }
    }
  }
  const stillMissing = (role: 'mentors' | 'mentees') =>
    [...missing[role]].flatMap(([key, name]) => (foundNames[role].has(key) ? [] : [name]));
  return {
    pairs,
    matched: { mentors: found.mentors.size, mentees: found.mentees.size },
    unmatched: { mentors: stillMissing('mentors'), mentees: stillMissing('mentees') },
  };
}

/** The pairs met before after a `history.add`: how many the event keeps now, and how many are new. */
export type MetBeforeAdded = { state: EventState; pairs: number; added: number };

/**
 * Add pairs met before to the plan's rules. Pairs already kept, and pairs naming someone no
 * longer in the event (removed since the pairs were found), are left out; nothing new gives
 * back the same state (no replan). More than MAX_MET_BEFORE in all is refused.
 */
export function addMetBefore(state: EventState, pairs: readonly MetBeforeRule[]): Outcome<MetBeforeAdded> {
  const mentors = new Set(state.mentors.map((m) => m.id));
  const mentees = new Set(state.mentees.map((m) => m.id));
  const kept = state.planRules.metBefore;
  const seen = new Set(kept.map((p) => `${p.menteeId}\u0000${p.mentorId}`));
  const fresh: MetBeforeRule[] = [];
  for (const p of pairs) {
    const key = `${p.menteeId}\u0000${p.mentorId}`;
    if (seen.has(key) || !mentees.has(p.menteeId) || !mentors.has(p.mentorId)) continue;
    seen.add(key);
    fresh.push({ menteeId: p.menteeId, mentorId: p.mentorId });
  }
  if (fresh.length === 0) return ok({ state, pairs: kept.length, added: 0 });
  const total = kept.length + fresh.length;
  if (total > MAX_MET_BEFORE) {
    return refuse.conflict(
      `an event keeps at most ${MAX_MET_BEFORE.toLocaleString('en')} pairs met before; ` +
        `these would make ${total.toLocaleString('en')}: clear the history first`,
    );
  }
  const planRules = { ...state.planRules, metBefore: [...kept, ...fresh] };
  return ok({ state: { ...state, planRules }, pairs: total, added: fresh.length });
}

/** Forget every pair met before; with none, the same state comes back. */
export function clearMetBefore(state: EventState): { state: EventState; removed: number } {
  const removed = state.planRules.metBefore.length;
  if (removed === 0) return { state, removed };
  return { state: { ...state, planRules: { ...state.planRules, metBefore: [] } }, removed };
}

const figuresOf = new WeakMap<readonly MetBeforeRule[], { schedule: EventState['schedule']; repeats: number }>();

/**
 * What the console shows of the pairs met before: how many the event keeps, and how many
 * meetings of its schedule seat such a pair again. Remembered per pairs and schedule: the
 * organizer's view is built on every change, the pairs change rarely.
 */
export function historyFigures(s: EventState): { pairs: number; repeats: number } {
  const pairs = s.planRules.metBefore;
  const known = figuresOf.get(pairs);
  if (known && known.schedule === s.schedule) return { pairs: pairs.length, repeats: known.repeats };
  let repeats = 0;
  if (s.schedule && pairs.length > 0) {
    const met = new Set(pairs.map((p) => `${p.menteeId}\u0000${p.mentorId}`));
    for (const round of s.schedule.rounds)
      for (const t of round.tables) for (const id of t.menteeIds) if (met.has(`${id}\u0000${t.mentorId}`)) repeats++;
  }
  figuresOf.set(pairs, { schedule: s.schedule, repeats });
  return { pairs: pairs.length, repeats };
}
