/**
 * explain(): before any plan exists, what the numbers allow, in plain English words (the
 * planner's, the CLI's and the server's), e.g. "21 mentees, 7 mentors, tables of 3, 6 rounds:
 * everyone meets 6 different mentors, nobody sits out, no two mentees share a table twice".
 * The decisions are explainFacts(); this only words them.
 */
import { explainFacts, type MeetingsFact, type PeersFact, type Range, type RepeatsFact } from './explain-facts';
import type { PlanSettings } from './types';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const word = (n: number) => WORDS[n] ?? String(n);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const orRange = ({ least, most }: Range, unit: string) =>
  least === most ? plural(least, unit) : `${least} or ${most} ${unit}s`;

function meetingsClause(m: MeetingsFact): string {
  switch (m.kind) {
    case 'all':
      return m.mentors === 1
        ? 'everyone meets the mentor'
        : m.mentors === 2
          ? 'everyone meets both mentors'
          : `everyone meets all ${m.mentors} mentors`;
    case 'atMost':
      return `not everyone gets a seat: each mentee meets at most ${plural(m.most, 'mentor')}`;
    case 'same':
      return `everyone meets ${plural(m.count, 'different mentor')}`;
    case 'range':
      return `everyone meets ${m.least} or ${m.most} different mentors`;
  }
}

const PEERS: Record<PeersFact, string> = {
  noTwice: 'no two mentees share a table twice',
  tooFew: 'some mentees share a table more than once (there are too few others to always meet new ones)',
  few: 'repeated table-mates are kept few',
  vary: 'table-mates vary and repeats are kept few',
};

function repeatsSentence(R: number, T: number, r: RepeatsFact): string {
  const head = `${plural(R, 'round')} but only ${plural(T, 'mentor')}`;
  switch (r.kind) {
    case 'some':
      return `${head}: some mentees meet ${T === 1 ? 'the mentor' : 'a mentor'} more than once`;
    case 'only':
      return `${head}: each mentee meets the mentor ${times(r.times)}`;
    case 'twice':
      return `${head}: each mentee meets ${word(r.mentors)} ${r.mentors === 1 ? 'mentor' : 'mentors'} twice`;
    case 'every':
      return `${head}: each mentee meets every mentor ${times(r.times)}`;
    case 'everyAnd':
      return (
        `${head}: each mentee meets every mentor ${times(r.times)}, ` +
        `and ${word(r.mentors)} of them ${times(r.times + 1)}`
      );
  }
}

/** What these settings allow for this many mentors and mentees, in one plain sentence. */
export function explain(settings: PlanSettings, counts: { mentors: number; mentees: number }): string {
  const f = explainFacts(settings, counts);
  if (f.kind === 'refused') return f.message;
  if (f.kind === 'noMentors') return 'no mentors yet: add at least one mentor before planning';
  const tables = f.cap > 1 ? `, tables of ${f.cap}` : '';
  const mentees = f.kind === 'plan' ? f.mentees : 0;
  const head = `${plural(mentees, 'mentee')}, ${plural(f.mentors, 'mentor')}${tables}, ${plural(f.rounds, 'round')}`;
  if (f.kind === 'noMentees') return `${head}: no mentees yet, so every table stays empty`;
  const clauses = [meetingsClause(f.meetings)];
  clauses.push(
    f.sitOut === null
      ? 'nobody sits out'
      : `${f.sitOut.out} ${f.sitOut.out === 1 ? 'sits' : 'sit'} out each round, ` +
          `so each mentee sits out ${orRange(f.sitOut.rounds, 'round')}`,
  );
  if (f.spare)
    clauses.push(
      f.spare.unit === 'rounds'
        ? `each mentor rests ${orRange(f.spare.per, 'round')}`
        : `each mentor has ${orRange(f.spare.per, 'empty seat')} over the event`,
    );
  if (f.peers) clauses.push(PEERS[f.peers]);
  const repeats = f.repeats && repeatsSentence(f.repeats.rounds, f.repeats.mentors, f.repeats.fact);
  return `${head}: ${clauses.join(', ')}${repeats ? `; ${repeats}` : ''}`;
}
