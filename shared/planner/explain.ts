/**
 * explain(): before any plan exists, what the numbers allow, in plain words. It describes what
 * the planner achieves without avoids (they can only take meetings away), e.g.
 * "21 mentees, 7 mentors, tables of 3, 6 rounds: everyone meets 6 different mentors, nobody
 * sits out, no two mentees share a table twice".
 */
import { PlanError } from './errors';
import { checkSettings } from './model';
import { isPrime } from './number-theory';
import { chooseSpeeds, pairPeriod } from './speeds';
import type { PlanSettings } from './types';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const word = (n: number) => WORDS[n] ?? String(n);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const orRange = (a: number, b: number, unit: string) => (a === b ? plural(a, unit) : `${a} or ${b} ${unit}s`);

function meetingsClause(lo: number, hi: number, T: number): string {
  if (lo >= T)
    return T === 1
      ? 'everyone meets the mentor'
      : T === 2
        ? 'everyone meets both mentors'
        : `everyone meets all ${T} mentors`;
  if (lo === 0) return `not everyone gets a seat: each mentee meets at most ${plural(hi, 'mentor')}`;
  return lo === hi
    ? `everyone meets ${plural(lo, 'different mentor')}`
    : `everyone meets ${lo} or ${hi} different mentors`;
}

function peersClause(T: number, M: number, cap: number, R: number): string | null {
  const group = Math.ceil(Math.min(M, T * cap) / T);
  if (cap < 2 || group < 2) return null;
  const lanes = Math.ceil(M / T);
  if (M <= T * cap && R <= T && pairPeriod(chooseSpeeds(T, lanes, R, false), T) >= R) {
    return 'no two mentees share a table twice';
  }
  if (R * (group - 1) > M - 1)
    return 'some mentees share a table more than once (there are too few others to always meet new ones)';
  return isPrime(T) && M <= T * cap ? 'repeated table-mates are kept few' : 'table-mates vary and repeats are kept few';
}

function repeatsSentence(T: number, R: number, lo: number, hi: number): string | null {
  if (hi <= T) return null;
  const head = `${plural(R, 'round')} but only ${plural(T, 'mentor')}`;
  if (lo !== hi || lo !== R) return `${head}: some mentees meet ${T === 1 ? 'the mentor' : 'a mentor'} more than once`;
  const q = Math.floor(R / T);
  const rem = R % T;
  if (T === 1) return `${head}: each mentee meets the mentor ${times(R)}`;
  if (q === 1) return `${head}: each mentee meets ${word(rem)} ${rem === 1 ? 'mentor' : 'mentors'} twice`;
  if (rem === 0) return `${head}: each mentee meets every mentor ${times(q)}`;
  return `${head}: each mentee meets every mentor ${times(q)}, and ${word(rem)} of them ${times(q + 1)}`;
}

/** What these settings allow for this many mentors and mentees, in one plain sentence. */
export function explain(settings: PlanSettings, counts: { mentors: number; mentees: number }): string {
  let rounds: number;
  let cap: number;
  try {
    ({ rounds, cap } = checkSettings(settings));
  } catch (e) {
    if (e instanceof PlanError) return e.message;
    throw e;
  }
  const T = Math.max(0, Math.floor(counts.mentors));
  const M = Math.max(0, Math.floor(counts.mentees));
  if (T === 0) return 'no mentors yet: add at least one mentor before planning';
  const R = rounds;
  const tables = cap > 1 ? `, tables of ${cap}` : '';
  const head = `${plural(M, 'mentee')}, ${plural(T, 'mentor')}${tables}, ${plural(R, 'round')}`;
  if (M === 0) return `${head}: no mentees yet, so every table stays empty`;
  const seats = T * cap;
  const seated = Math.min(seats, M);
  const lo = Math.floor((R * seated) / M);
  const hi = Math.ceil((R * seated) / M);
  const clauses = [meetingsClause(lo, hi, T)];
  const out = M - seats;
  clauses.push(
    M <= seats
      ? 'nobody sits out'
      : `${out} ${out === 1 ? 'sits' : 'sit'} out each round, ` +
          `so each mentee sits out ${orRange(R - hi, R - lo, 'round')}`,
  );
  if (seats > M) {
    const empty = R * (seats - M);
    const a = Math.floor(empty / T);
    const b = Math.ceil(empty / T);
    clauses.push(
      cap === 1
        ? `each mentor rests ${orRange(a, b, 'round')}`
        : `each mentor has ${orRange(a, b, 'empty seat')} over the event`,
    );
  }
  const peers = peersClause(T, M, cap, R);
  if (peers) clauses.push(peers);
  const repeats = repeatsSentence(T, R, lo, hi);
  return `${head}: ${clauses.join(', ')}${repeats ? `; ${repeats}` : ''}`;
}
