import { roleWords, type RoleWords } from '../../shared/labels/role-words';
import type { MyRound } from '../../shared/protocol/views';
import { movingMenteePhrases, movingMentorPhrases } from './moving-phrases';
import { peerPhrases } from './peer-phrases';
import type { Stage, WhereNow } from './where-now';

/*
 * Every phrase a mentee's or mentor's phone says about the clock, in one table: by role, by
 * stage (before the start, meeting, changeover, break, ended), by whether the person sits at
 * a table in the round the page is about (seated, sitting out / table resting), and by the
 * round after (seated, sitting out, none). The phone says the round it is about ("Round 3 of
 * 6 — go to T4 · Grace Hopper"), as the projector does; a mentor stays at their table. When
 * mentors move, moving-phrases.ts says it the other way round.
 * Pure, so the whole matrix is tested at once (tests/component/live/phone-phrases.test.tsx).
 */

/** What the phrases are made from. */
export interface PhraseInput {
  where: WhereNow;
  /** The event's number of rounds ("3 of 6"). */
  rounds: number;
  /** The mentor's own table label. */
  table?: string | undefined;
  /** A round's start as clock text ("14:19"), when known: when a mentee's next meeting is. */
  timeOf?: (round: number) => string | null;
  /** Mentors move (issue 17): the words of moving-phrases.ts ("stay at T2", "go to T4"). */
  mentorsMove?: boolean;
  /** When mentors move: the table a mentee stays at all event. */
  seat?: string | undefined;
  /** Peer rounds (issue 17): the words of peer-phrases.ts ("Stay at T1", "Go to T5", table-mates). */
  peers?: boolean;
  /** In peer rounds: the person's entry for the round before the one shown (stay or go). */
  previous?: MyRound | null;
  /** The event's role words (issue 17, `settings.labels`); left out: "mentor" and "mentee". */
  words?: RoleWords | undefined;
}

/** The words of an event that named no roles. */
const DEFAULT_WORDS: RoleWords = roleWords();

/** The input's role words, the defaults when it has none. */
const wordsOf = (input: Pick<PhraseInput, 'words'>): RoleWords => input.words ?? DEFAULT_WORDS;

/** The line over the countdown and what a screen reader hears. */
export interface PhaseLine {
  /** Over the digits: what to do now, in this person's words. */
  label: string;
  /** Under the digits (a mentor's arriving mentees), or null. */
  caption: string | null;
  /** What the aria-live region says when it changes; never a time, so it does not change by the second. */
  announcement: string;
}

export interface MenteePhrases extends PhaseLine {
  /** The main card: the lead over the table ("Go to"), or the title of a sit-out ("You sit out round 3"). */
  lead: string;
  /** Under a sit-out's title: when and where the next meeting is, or that there is none. */
  detail: string | null;
  /** The "Next" line under the card; null when the card already says what follows (a sit-out). */
  next: string | null;
}

export interface MentorPhrases extends PhaseLine {
  /** Over the mentees at the table now (or arriving). */
  nowHeading: string;
  /** In their place when the table rests. */
  nowEmpty: string;
  /** The group of the round after: its heading and its text when no one comes; null in the last round. */
  nextGroup: { heading: string; empty: string } | null;
}

/** Said in place of the next group in the last round. */
export const LAST_ROUND = 'This is the last round.';

/** "T4 · Grace Hopper" (the table alone when the mentor's name is unknown). */
export function seatText(r: Pick<MyRound, 'table' | 'mentorName'>): string {
  if (!r.table) return '';
  return r.mentorName ? `${r.table} · ${r.mentorName}` : r.table;
}

type Live = Exclude<Stage, 'ended'>;
/** What one stage's words are made of, for a person with a round `r` to show. */
interface Ctx {
  r: number;
  /** "3 of 6". */
  of: string;
  /** A mentee's table and mentor ("T4 · Grace Hopper"). */
  seat: string;
  /** A mentor's own table. */
  table: string;
  /** The mentees at a mentor's table, or '' when it rests. */
  names: string;
  /** The event's role words. */
  words: RoleWords;
}
/** A label, and what the announcement adds to it (null: nothing). */
type Words = { label: string; say: string | null };
type MenteeWords = Words & { lead: string };

/** The phase in words when there is no round of this person's to name (not planned yet). */
const PLAIN: Record<Live, (of: string) => string> = {
  before: () => 'Not started yet',
  meeting: (of) => `Round ${of} — talk`,
  changeover: (of) => `Round ${of} starts in`,
  break: (of) => `Break — round ${of} starts in`,
};
const ENDED = 'The event has ended';

/** A mentee's words by stage, seated at a table or sitting out the round the page is about. */
const MENTEE: Record<Live, Record<'seated' | 'out', (c: Ctx) => MenteeWords>> = {
  before: {
    seated: (c) => ({
      label: 'Not started yet',
      lead: `Your first table (round ${c.r})`,
      say: `Your first table is ${c.seat}.`,
    }),
    out: (c) => ({ label: 'Not started yet', lead: `You sit out round ${c.r}`, say: `You sit out round ${c.r}.` }),
  },
  meeting: {
    seated: (c) => ({ label: `Round ${c.of} — talk`, lead: 'Your table now', say: `You are at ${c.seat}.` }),
    out: (c) => ({ label: `Round ${c.of} — you sit out`, lead: 'You sit out this round', say: null }),
  },
  changeover: {
    seated: (c) => ({ label: `Round ${c.of} — go to ${c.seat}`, lead: 'Go to', say: null }),
    out: (c) => ({ label: `Round ${c.of} — you sit out`, lead: `You sit out round ${c.r}`, say: null }),
  },
  break: {
    seated: (c) => ({ label: `Break — then round ${c.of} at ${c.seat}`, lead: 'After the break, go to', say: null }),
    out: (c) => ({ label: `Break — you sit out round ${c.of}`, lead: `You sit out round ${c.r}`, say: null }),
  },
};

type MentorWords = Words & { heading: string; empty: string; caption: string | null };
/** Who arrives for the round a changeover or break leads to: a mentor stays and is told who comes. */
const arriving = (c: Ctx) => (c.names ? `Next: ${c.names}` : 'Next: no one — your table rests this round');

/** A mentor's words by stage; `c.names` empty when the table rests. */
const MENTOR: Record<Live, (c: Ctx) => MentorWords> = {
  before: (c) => ({
    label: 'Not started yet',
    heading: `Your first ${c.words.inline.mentees} (round ${c.r})`,
    empty: `No one at your table in round ${c.r} — take a breather.`,
    caption: null,
    say: c.names ? `Your first ${c.words.inline.mentees}: ${c.names}.` : `No one at your table in round ${c.r}.`,
  }),
  meeting: (c) => ({
    label: c.names ? `Round ${c.of} — talk` : `Round ${c.of} — your table rests`,
    heading: `At your table now (round ${c.r})`,
    empty: 'No one at your table this round — take a breather.',
    caption: null,
    say: c.names ? `At your table: ${c.names}.` : null,
  }),
  changeover: (c) => ({
    label: `Stay at ${c.table} — round ${c.of} starts in`,
    heading: `Arriving now (round ${c.r})`,
    empty: `No one comes to your table in round ${c.r} — take a breather.`,
    caption: arriving(c),
    say: c.names ? `Arriving for round ${c.r}: ${c.names}.` : `No one comes to your table in round ${c.r}.`,
  }),
  break: (c) => ({
    label: `Break — round ${c.of} at ${c.table} starts in`,
    heading: `Arriving after the break (round ${c.r})`,
    empty: `No one comes to your table in round ${c.r} — take a breather.`,
    caption: arriving(c),
    say: c.names
      ? `After the break, arriving for round ${c.r}: ${c.names}.`
      : `No one comes to your table in round ${c.r}.`,
  }),
};

function context(input: PhraseInput, at: MyRound, r: number): Ctx {
  return {
    r,
    of: `${r} of ${input.rounds}`,
    seat: seatText(at),
    table: input.table ?? at.table ?? 'your table',
    names: at.table ? at.mentees.map((m) => m.name).join(', ') : '',
    words: wordsOf(input),
  };
}

/** The label without a round of one's own, and the announcement joined from its parts. */
const plainLabel = (w: WhereNow, rounds: number) =>
  w.stage === 'ended' || w.round === null ? ENDED : PLAIN[w.stage](`${w.round} of ${rounds}`);
// "… starts in" reads on into the digits on screen; a screen reader hears the phase without them.
const announce = (w: WhereNow, label: string, ...says: (string | null)[]) =>
  [w.paused ? 'Paused.' : null, `${label.replace(/ starts in$/, '')}.`, ...says].filter(Boolean).join(' ');

/** Where and when a mentee sitting out meets someone next, or that they do not. */
function nextMeeting(w: WhereNow, timeOf: PhraseInput['timeOf']): { detail: string; say: string } {
  const n = w.nextSeated;
  if (!n) return { detail: 'You have no more meetings. Thank you for taking part!', say: 'You have no more meetings.' };
  const time = timeOf?.(n.round) ?? null;
  return {
    detail: `Your next meeting: round ${n.round}${time ? ` at ${time}` : ''}, ${seatText(n)}.`,
    say: `Your next meeting: round ${n.round}, ${seatText(n)}.`,
  };
}

/** The "Next" line of a seated mentee: the round after this one. */
function nextLine(next: MyRound | null): string {
  if (!next) return 'This is your last round.';
  if (!next.table) return `Round ${next.round}: you sit out.`;
  return `Round ${next.round}: ${seatText(next)}`;
}

/** Pure: every phrase of a mentee's phone for where they are now. */
export function menteePhrases(input: PhraseInput): MenteePhrases {
  if (input.peers) return peerPhrases(input, plainLabel, announce);
  if (input.mentorsMove) return movingMenteePhrases(input, plainLabel, announce);
  const w = input.where;
  if (w.stage === 'ended' || w.round === null || !w.at) {
    const label = plainLabel(w, input.rounds);
    return { label, caption: null, announcement: announce(w, label), lead: label, detail: null, next: null };
  }
  const c = context(input, w.at, w.round);
  if (w.at.table) {
    const words = MENTEE[w.stage].seated(c);
    return {
      ...words,
      caption: null,
      announcement: announce(w, words.label, words.say),
      detail: null,
      next: nextLine(w.next),
    };
  }
  const words = MENTEE[w.stage].out(c);
  const meet = nextMeeting(w, input.timeOf);
  return {
    ...words,
    caption: null,
    announcement: announce(w, words.label, words.say, meet.say),
    detail: meet.detail,
    next: null,
  };
}

/** Pure: every phrase of a mentor's phone for where they are now. */
export function mentorPhrases(input: PhraseInput): MentorPhrases {
  if (input.mentorsMove) return movingMentorPhrases(input, plainLabel, announce);
  const w = input.where;
  if (w.stage === 'ended' || w.round === null || !w.at) {
    const label = plainLabel(w, input.rounds);
    return { label, caption: null, announcement: announce(w, label), nowHeading: label, nowEmpty: '', nextGroup: null };
  }
  const c = context(input, w.at, w.round);
  const words = MENTOR[w.stage](c);
  const after = w.round + 1;
  return {
    label: words.label,
    caption: words.caption,
    announcement: announce(w, words.label, words.say),
    nowHeading: words.heading,
    nowEmpty: words.empty,
    nextGroup: w.next
      ? { heading: `Arriving next (round ${after})`, empty: `No one at your table in round ${after}.` }
      : null,
  };
}
