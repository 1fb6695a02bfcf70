/**
 * The planner's indexed view of a problem: mentors become tables 0..T−1 in room order, mentees
 * 0..M−1 in input order, and wishes/avoids become table indices. All validation that can make
 * planning impossible happens here, so the algorithm itself never has to throw.
 */
import { PlanError } from './errors';
import { groupKey, groupRules } from './groups';
import { apartGroups, historyOf, mentorsByGroup, priorities } from './model-extras';
import type { GroupRules, MetBefore, PlanMentee, PlanMentor, PlanSettings } from './types';

export { historyMeetings, menteePriority, wishOrder } from './model-extras';

/** Highest round count or capacity accepted; far beyond any real room, it only guards against typos. */
export const MAX_SETTING = 1000;

/**
 * The largest plan made, in units of planning work: rounds × (mentors + mentees × table
 * capacity). Planning runs on the server's event loop and its time grows with this (a mentee
 * at a table of 50 weighs 49 tablemates): at the cap it takes about a second on a small
 * machine, while a 200-table, 1000-mentee, 20-round conference at tables of 5 is 104,000.
 * Without it one request could hold the server, and every phone's clock, for many seconds.
 */
export const MAX_PLAN_WORK = 3_000_000;
/** The largest mentors × mentees: the planner keeps one byte per pair (who avoids whom). */
export const MAX_PAIRS = 10_000_000;

const grouped = (n: number) => n.toLocaleString('en-US');

/** The indexed problem the algorithm works on. */
export interface Model {
  /** Tables (mentors present), mentees, seats per table, rounds. */
  T: number;
  M: number;
  cap: number;
  R: number;
  mentors: PlanMentor[];
  mentees: PlanMentee[];
  mentorIndex: Map<string, number>;
  /** avoid[x·T + m] is 1 when mentee x must never sit at table m. */
  avoid: Uint8Array;
  /** Avoided tables per mentee, and how many tables each mentee may sit at. */
  avoidList: Int32Array[];
  allowedCount: Int32Array;
  /**
   * Wished tables per mentee, best first, without duplicates, avoided or unknown mentors, or
   * mentors met at an earlier event (a wish met already). A pin without a round comes first.
   */
  wishes: Int32Array[];
  /** The group rules in force (both off when nobody has a group). */
  rules: GroupRules;
  /**
   * Group per mentee (−1: none) while mentees of a group are kept apart, else null: the
   * table-mate passes count two of one group at a table like two who sat together before.
   */
  apart: Int32Array | null;
  /** history[x·T + m] is 1 when x met m at an earlier event (allowed pairs only); null without history. */
  history: Uint8Array | null;
  /** Priority per mentee (higher first where wishes compete); null when everyone's is the same. */
  priority: Int32Array | null;
}

/** What besides settings and people shapes the model. */
export interface ModelExtras {
  metBefore?: readonly MetBefore[] | undefined;
}

/** Check the settings are whole numbers in range; returns them or throws a PlanError saying what to fix. */
/** How much work planning is, the product the planner caps: rounds × (mentors + mentees × seats at a table). */
export function planWork(rounds: number, mentors: number, mentees: number, tableCapacity: number): number {
  return rounds * (mentors + mentees * Math.min(tableCapacity, mentees));
}

export function checkSettings(settings: PlanSettings | undefined): { rounds: number; cap: number } {
  if (!settings || typeof settings !== 'object') throw new PlanError('settings missing: give rounds and tableCapacity');
  const whole = (value: unknown, name: string): number => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_SETTING) {
      throw new PlanError(`${name} must be a whole number from 1 to ${MAX_SETTING} (got ${String(value)})`);
    }
    return value;
  };
  return { rounds: whole(settings.rounds, 'rounds'), cap: whole(settings.tableCapacity, 'tableCapacity') };
}

function checkIds(list: { id: string }[], what: string): void {
  const seen = new Set<string>();
  for (const [i, p] of list.entries()) {
    if (!p || typeof p.id !== 'string' || p.id.length === 0) throw new PlanError(`${what} ${i + 1} has no id`);
    if (seen.has(p.id)) throw new PlanError(`two ${what}s share the id "${p.id}": every ${what} needs a unique id`);
    seen.add(p.id);
  }
}

/** Validate and index the input; throws PlanError for input that cannot be planned. */
export function buildModel(
  settings: PlanSettings,
  mentors: PlanMentor[],
  mentees: PlanMentee[],
  extras: ModelExtras = {},
): Model {
  const { rounds, cap } = checkSettings(settings);
  if (!Array.isArray(mentors) || mentors.length === 0) {
    throw new PlanError('no mentors: add at least one mentor before planning');
  }
  if (!Array.isArray(mentees)) throw new PlanError('mentees must be a list (it may be empty)');
  checkIds(mentors, 'mentor');
  checkIds(mentees, 'mentee');
  const T = mentors.length;
  const M = mentees.length;
  const work = planWork(rounds, T, M, cap);
  if (work > MAX_PLAN_WORK) {
    throw new PlanError(
      `the event is too large: ${rounds} round${rounds === 1 ? '' : 's'} × ` +
        `(${grouped(T)} mentors + ${grouped(M)} mentees × ${Math.min(cap, M)} seats a table) is ${grouped(work)}, ` +
        `and Tablehop plans at most ${grouped(MAX_PLAN_WORK)}; plan fewer rounds or smaller tables, or split the event`,
    );
  }
  if (T * M > MAX_PAIRS) {
    throw new PlanError(
      `the event is too large: ${grouped(T)} mentors × ${grouped(M)} mentees ` +
        `is more than ${grouped(MAX_PAIRS)} pairs; split the event`,
    );
  }
  const mentorIndex = new Map(mentors.map((m, i) => [m.id, i] as const));
  const rules = groupRules(settings, mentors, mentees);
  const ownGroup = rules.notOwnGroupMentor ? mentorsByGroup(mentors) : null;
  const avoid = new Uint8Array(M * T);
  const allowedCount = new Int32Array(M);
  const avoidList: Int32Array[] = [];
  const wishes: Int32Array[] = [];
  for (let x = 0; x < M; x++) {
    const mentee = mentees[x]!;
    const avoided: number[] = [];
    const block = (m: number) => {
      if (avoid[x * T + m] === 0) {
        avoid[x * T + m] = 1;
        avoided.push(m);
      }
    };
    // Unknown ids are ignored: they name mentors who are absent or have left.
    for (const id of mentee.avoid ?? []) {
      const m = mentorIndex.get(id);
      if (m !== undefined) block(m);
    }
    // The own-group rule is an avoid of every mentor of the mentee's group.
    const g = ownGroup ? groupKey(mentee.group) : null;
    if (g !== null) for (const m of ownGroup!.get(g) ?? []) block(m);
    avoidList.push(Int32Array.from(avoided));
    allowedCount[x] = T - avoided.length;
    wishes.push(new Int32Array(0));
  }
  const history = historyOf(extras.metBefore, mentees, mentorIndex, avoid, T);
  for (let x = 0; x < M; x++) {
    const wished: number[] = [];
    for (const id of mentees[x]!.wishes ?? []) {
      const m = mentorIndex.get(id);
      // An avoid wins over a wish for the same mentor: the hard rule comes first. A mentor met
      // at an earlier event is met already: meeting them again would be a repeat.
      if (m === undefined || avoid[x * T + m] !== 0 || history?.[x * T + m] || wished.includes(m)) continue;
      wished.push(m);
    }
    wishes[x] = Int32Array.from(wished);
  }
  return {
    T,
    M,
    cap,
    R: rounds,
    mentors,
    mentees,
    mentorIndex,
    avoid,
    avoidList,
    allowedCount,
    wishes,
    rules,
    apart: rules.menteesApart ? apartGroups(mentees) : null,
    history,
    priority: priorities(mentees),
  };
}

/** Rank of table m among mentee x's wishes (0 = top wish), or −1 when not wished. */
export function wishRank(model: Model, x: number, m: number): number {
  const w = model.wishes[x]!;
  for (let i = 0; i < w.length; i++) if (w[i] === m) return i;
  return -1;
}

/**
 * Whether mentee x may take a seat at table m and meets m nowhere else, by `met` (met[x·T + m]:
 * rounds x sits with m in the schedule being changed, the draft's or the seated rounds').
 */
export function mayTake(model: Model, met: Uint8Array, x: number, m: number): boolean {
  const i = x * model.T + m;
  return model.avoid[i] === 0 && met[i] === 0;
}

/** Whether mentee y leaving table m would cost a wish met nowhere else, by `met` (as in mayTake). */
export function losesWish(model: Model, met: Uint8Array, y: number, m: number): boolean {
  return wishRank(model, y, m) >= 0 && met[y * model.T + m] === 1;
}
