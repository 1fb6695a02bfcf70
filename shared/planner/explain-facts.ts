/**
 * What the numbers allow before any plan exists, as facts rather than words: which clause of the
 * explanation applies and with which figures. explain() (English, the planner's and the CLI's)
 * and the console's sentence in the page's language (client/screens/organizer/plan/plan-explain.ts)
 * both render these, so the two can never decide differently. It describes what the planner
 * achieves without avoids (they can only take meetings away).
 */
import { PlanError } from './errors';
import { checkSettings } from './model';
import { isPrime } from './number-theory';
import { chooseSpeeds, pairPeriod } from './speeds';
import type { PlanSettings } from './types';

/** How many different mentors each mentee meets. */
export type MeetingsFact =
  | { kind: 'all'; mentors: number }
  | { kind: 'atMost'; most: number }
  | { kind: 'same'; count: number }
  | { kind: 'range'; least: number; most: number };

/** Whether mentees share a table twice (null: tables of one, or nobody to share with). */
export type PeersFact = 'noTwice' | 'tooFew' | 'few' | 'vary';

/** More rounds than mentors: how often a mentee meets the same mentor. */
export type RepeatsFact =
  | { kind: 'some' }
  | { kind: 'only'; times: number }
  | { kind: 'twice'; mentors: number }
  | { kind: 'every'; times: number }
  | { kind: 'everyAnd'; times: number; mentors: number };

/** "a or b" of a unit (a = b: exactly a). */
export interface Range {
  least: number;
  most: number;
}

export interface PlanFacts {
  kind: 'plan';
  mentees: number;
  mentors: number;
  /** Seats per table (1: one-to-one, no "tables of" in the head). */
  cap: number;
  rounds: number;
  meetings: MeetingsFact;
  /** Null: nobody sits out; else how many each round, and the rounds each mentee sits out. */
  sitOut: { out: number; rounds: Range } | null;
  /** Seats to spare over the event per mentor: resting rounds (tables of one) or empty seats; null: none. */
  spare: { unit: 'rounds' | 'seats'; per: Range } | null;
  peers: PeersFact | null;
  /** Null: no mentor is met twice. */
  repeats: { rounds: number; mentors: number; fact: RepeatsFact } | null;
}

export type ExplainFacts =
  /** Settings the planner refuses: its own reason. */
  | { kind: 'refused'; message: string }
  | { kind: 'noMentors' }
  | { kind: 'noMentees'; mentors: number; cap: number; rounds: number }
  | PlanFacts;

function meetingsOf(lo: number, hi: number, T: number): MeetingsFact {
  if (lo >= T) return { kind: 'all', mentors: T };
  if (lo === 0) return { kind: 'atMost', most: hi };
  return lo === hi ? { kind: 'same', count: lo } : { kind: 'range', least: lo, most: hi };
}

function peersOf(T: number, M: number, cap: number, R: number): PeersFact | null {
  const group = Math.ceil(Math.min(M, T * cap) / T);
  if (cap < 2 || group < 2) return null;
  const lanes = Math.ceil(M / T);
  if (M <= T * cap && R <= T && pairPeriod(chooseSpeeds(T, lanes, R, false), T) >= R) return 'noTwice';
  if (R * (group - 1) > M - 1) return 'tooFew';
  return isPrime(T) && M <= T * cap ? 'few' : 'vary';
}

function repeatsOf(T: number, R: number, lo: number, hi: number): RepeatsFact | null {
  if (hi <= T) return null;
  if (lo !== hi || lo !== R) return { kind: 'some' };
  const q = Math.floor(R / T);
  const rem = R % T;
  if (T === 1) return { kind: 'only', times: R };
  if (q === 1) return { kind: 'twice', mentors: rem };
  if (rem === 0) return { kind: 'every', times: q };
  return { kind: 'everyAnd', times: q, mentors: rem };
}

/** What these settings allow for this many mentors and mentees. */
export function explainFacts(settings: PlanSettings, counts: { mentors: number; mentees: number }): ExplainFacts {
  let R: number;
  let cap: number;
  try {
    ({ rounds: R, cap } = checkSettings(settings));
  } catch (e) {
    if (e instanceof PlanError) return { kind: 'refused', message: e.message };
    throw e;
  }
  const T = Math.max(0, Math.floor(counts.mentors));
  const M = Math.max(0, Math.floor(counts.mentees));
  if (T === 0) return { kind: 'noMentors' };
  if (M === 0) return { kind: 'noMentees', mentors: T, cap, rounds: R };
  const seats = T * cap;
  const seated = Math.min(seats, M);
  const lo = Math.floor((R * seated) / M);
  const hi = Math.ceil((R * seated) / M);
  const empty = R * (seats - M);
  const repeats = repeatsOf(T, R, lo, hi);
  return {
    kind: 'plan',
    mentees: M,
    mentors: T,
    cap,
    rounds: R,
    meetings: meetingsOf(lo, hi, T),
    sitOut: M <= seats ? null : { out: M - seats, rounds: { least: R - hi, most: R - lo } },
    spare:
      seats > M
        ? { unit: cap === 1 ? 'rounds' : 'seats', per: { least: Math.floor(empty / T), most: Math.ceil(empty / T) } }
        : null,
    peers: peersOf(T, M, cap, R),
    repeats: repeats && { rounds: R, mentors: T, fact: repeats },
  };
}
