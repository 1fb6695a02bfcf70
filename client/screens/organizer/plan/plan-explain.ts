import {
  explainFacts,
  type MeetingsFact,
  type Range,
  type RepeatsFact,
} from '../../../../shared/planner/explain-facts';
import type { PlanSettings } from '../../../../shared/planner/types';
import { consolePlan } from '../../../i18n/catalogues/console-plan';

// The planner's explain() (shared/planner/explain.ts) in the page's language: both word the same
// explainFacts(), this one from the catalogue. Its English is explain()'s exactly (a component
// test compares the two over 1,440 settings), so a wording changed in one is changed in both.

const { t } = consolePlan;

/** "two" (up to twelve, as explain() spells them), else the digits. */
const word = (n: number) => t('numberWords').split(',')[n] ?? String(n);

/** "1 round" or "2 or 3 rounds", and the same for empty seats. */
const rounds = ({ least: a, most: b }: Range) => (a === b ? t('roundsCount', { count: a }) : t('roundsOr', { a, b }));
const seats = ({ least: a, most: b }: Range) => (a === b ? t('seatsCount', { count: a }) : t('seatsOr', { a, b }));

function meetingsClause(m: MeetingsFact): string {
  switch (m.kind) {
    case 'all':
      return t('meetAll', { count: m.mentors });
    case 'atMost':
      return t('meetAtMost', { count: m.most });
    case 'same':
      return t('meetSame', { count: m.count });
    case 'range':
      return t('meetRange', { lo: m.least, hi: m.most });
  }
}

const PEERS = { noTwice: 'peersNoTwice', tooFew: 'peersTooFew', few: 'peersFew', vary: 'peersVary' } as const;

function repeatsSentence(R: number, T: number, r: RepeatsFact): string {
  const head = t('repeatsHead', { rounds: t('roundsCount', { count: R }), mentors: t('mentorsCount', { count: T }) });
  switch (r.kind) {
    case 'some':
      return t('repeatsSome', { head, one: T === 1 ? 'yes' : 'no' });
    case 'only':
      return t('repeatsOnly', { head, times: t('times', { count: r.times }) });
    case 'twice':
      return t('repeatsTwice', { head, word: word(r.mentors), count: r.mentors });
    case 'every':
      return t('repeatsEvery', { head, times: t('times', { count: r.times }) });
    case 'everyAnd':
      return t('repeatsEveryAnd', {
        head,
        times: t('times', { count: r.times }),
        word: word(r.mentors),
        more: t('times', { count: r.times + 1 }),
      });
  }
}

/** What these settings allow for this many mentors and mentees, in one plain sentence (lower case first). */
export function explainInWords(settings: PlanSettings, counts: { mentors: number; mentees: number }): string {
  const f = explainFacts(settings, counts);
  // The planner's own reason (as the server would say it).
  if (f.kind === 'refused') return f.message;
  if (f.kind === 'noMentors') return t('explainNoMentors');
  const people = t('explainPeople', {
    mentees: t('menteesCount', { count: f.kind === 'plan' ? f.mentees : 0 }),
    mentors: t('mentorsCount', { count: f.mentors }),
  });
  const head =
    f.cap > 1
      ? t('explainHeadTables', { people, cap: f.cap, rounds: f.rounds })
      : t('explainHead', { people, rounds: f.rounds });
  if (f.kind === 'noMentees') return t('explainEmpty', { head });
  const clauses = [meetingsClause(f.meetings)];
  clauses.push(f.sitOut === null ? t('nobodyOut') : t('sitOut', { out: f.sitOut.out, range: rounds(f.sitOut.rounds) }));
  if (f.spare)
    clauses.push(
      f.spare.unit === 'rounds'
        ? t('restRounds', { range: rounds(f.spare.per) })
        : t('emptySeats', { range: seats(f.spare.per) }),
    );
  if (f.peers) clauses.push(t(PEERS[f.peers]));
  const repeats = f.repeats && repeatsSentence(f.repeats.rounds, f.repeats.mentors, f.repeats.fact);
  const list = clauses.join(t('listSeparator'));
  return repeats
    ? t('explainWithRepeats', { head, clauses: list, repeats })
    : t('explainLine', { head, clauses: list });
}
