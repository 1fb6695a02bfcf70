import { PlanError } from '../../../../shared/planner/errors';
import { checkSettings } from '../../../../shared/planner/model';
import { isPrime } from '../../../../shared/planner/number-theory';
import { chooseSpeeds, pairPeriod } from '../../../../shared/planner/speeds';
import type { PlanSettings } from '../../../../shared/planner/types';
import { consolePlan } from '../../../i18n/catalogues/console-plan';

// The planner's explain() (shared/planner/explain.ts) in the page's language: the same figures
// and the same choice of clauses, the words from the catalogue. Its English is explain()'s
// exactly (a unit test compares the two), so the two must change together.

const { t } = consolePlan;

/** "two" (up to twelve, as explain() spells them), else the digits. */
const word = (n: number) => t('numberWords').split(',')[n] ?? String(n);

/** "1 round" or "2 or 3 rounds", and the same for empty seats. */
const rounds = (a: number, b: number) => (a === b ? t('roundsCount', { count: a }) : t('roundsOr', { a, b }));
const seats = (a: number, b: number) => (a === b ? t('seatsCount', { count: a }) : t('seatsOr', { a, b }));

function meetingsClause(lo: number, hi: number, T: number): string {
  if (lo >= T) return t('meetAll', { count: T });
  if (lo === 0) return t('meetAtMost', { count: hi });
  return lo === hi ? t('meetSame', { count: lo }) : t('meetRange', { lo, hi });
}

function peersClause(T: number, M: number, cap: number, R: number): string | null {
  const group = Math.ceil(Math.min(M, T * cap) / T);
  if (cap < 2 || group < 2) return null;
  const lanes = Math.ceil(M / T);
  if (M <= T * cap && R <= T && pairPeriod(chooseSpeeds(T, lanes, R, false), T) >= R) return t('peersNoTwice');
  if (R * (group - 1) > M - 1) return t('peersTooFew');
  return isPrime(T) && M <= T * cap ? t('peersFew') : t('peersVary');
}

function repeatsSentence(T: number, R: number, lo: number, hi: number): string | null {
  if (hi <= T) return null;
  const head = t('repeatsHead', { rounds: t('roundsCount', { count: R }), mentors: t('mentorsCount', { count: T }) });
  if (lo !== hi || lo !== R) return t('repeatsSome', { head, one: T === 1 ? 'yes' : 'no' });
  const q = Math.floor(R / T);
  const rem = R % T;
  if (T === 1) return t('repeatsOnly', { head, times: t('times', { count: R }) });
  if (q === 1) return t('repeatsTwice', { head, word: word(rem), count: rem });
  if (rem === 0) return t('repeatsEvery', { head, times: t('times', { count: q }) });
  return t('repeatsEveryAnd', {
    head,
    times: t('times', { count: q }),
    word: word(rem),
    more: t('times', { count: q + 1 }),
  });
}

/** What these settings allow for this many mentors and mentees, in one plain sentence (lower case first). */
export function explainInWords(settings: PlanSettings, counts: { mentors: number; mentees: number }): string {
  let R: number;
  let cap: number;
  try {
    ({ rounds: R, cap } = checkSettings(settings));
  } catch (e) {
    // The planner's own reason (as the server would say it).
    if (e instanceof PlanError) return e.message;
    throw e;
  }
  const T = Math.max(0, Math.floor(counts.mentors));
  const M = Math.max(0, Math.floor(counts.mentees));
  if (T === 0) return t('explainNoMentors');
  const people = t('explainPeople', {
    mentees: t('menteesCount', { count: M }),
    mentors: t('mentorsCount', { count: T }),
  });
  const head = cap > 1 ? t('explainHeadTables', { people, cap, rounds: R }) : t('explainHead', { people, rounds: R });
  if (M === 0) return t('explainEmpty', { head });
  const seatCount = T * cap;
  const seated = Math.min(seatCount, M);
  const lo = Math.floor((R * seated) / M);
  const hi = Math.ceil((R * seated) / M);
  const clauses = [meetingsClause(lo, hi, T)];
  clauses.push(M <= seatCount ? t('nobodyOut') : t('sitOut', { out: M - seatCount, range: rounds(R - hi, R - lo) }));
  if (seatCount > M) {
    const empty = R * (seatCount - M);
    const a = Math.floor(empty / T);
    const b = Math.ceil(empty / T);
    clauses.push(cap === 1 ? t('restRounds', { range: rounds(a, b) }) : t('emptySeats', { range: seats(a, b) }));
  }
  const peers = peersClause(T, M, cap, R);
  if (peers) clauses.push(peers);
  const repeats = repeatsSentence(T, R, lo, hi);
  const list = clauses.join(t('listSeparator'));
  return repeats
    ? t('explainWithRepeats', { head, clauses: list, repeats })
    : t('explainLine', { head, clauses: list });
}
