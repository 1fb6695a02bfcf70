import { roleWords, type RoleWords } from '../../shared/labels/role-words';
import type { MyRound } from '../../shared/protocol/views';
import { phone } from '../i18n/catalogues/phone';
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
 * Pure but for the page's language (the words come from the phone catalogue, i18n/catalogues/
 * en/phone.ts), so the whole matrix is tested at once (tests/component/live/phone-phrases.test.tsx).
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

/** Said in place of the next group in the last round (English; the page shows phone.t('lastRound')). */
export const LAST_ROUND = 'This is the last round.';

/** "Round 3 of 6 starts in": the line reads on into the digits (the announcement drops the tail). */
export const startsIn = (line: string) => phone.t('startsIn', { line });

/** The line of a "… starts in" label, in any language (the message's text around {line} taken off). */
function lineOf(label: string): string {
  const [head = '', tail = ''] = phone.t('startsIn', { line: '\u0000' }).split('\u0000');
  return label.startsWith(head) && label.endsWith(tail) && label.length >= head.length + tail.length
    ? label.slice(head.length, label.length - tail.length)
    : label;
}

/** "T4 · Grace Hopper" (the table alone when the mentor's name is unknown). */
export function seatText(r: Pick<MyRound, 'table' | 'mentorName'>): string {
  if (!r.table) return '';
  return r.mentorName ? `${r.table} · ${r.mentorName}` : r.table;
}

type Live = Exclude<Stage, 'ended'>;
/** What one stage's words are made of, for a person with a round `round` to show. */
interface Ctx {
  round: number;
  /** The event's number of rounds ("3 of 6"). */
  rounds: number;
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

/** A mentee's words by stage, seated at a table or sitting out the round the page is about. */
const MENTEE: Record<Live, Record<'seated' | 'out', (c: Ctx) => MenteeWords>> = {
  before: {
    seated: (c) => ({
      label: phone.t('notStarted'),
      lead: phone.t('firstTableLead', c),
      say: phone.t('firstTableSay', c),
    }),
    out: (c) => ({ label: phone.t('notStarted'), lead: phone.t('sitOutRound', c), say: phone.t('sitOutRoundSay', c) }),
  },
  meeting: {
    seated: (c) => ({ label: phone.t('roundTalk', c), lead: phone.t('tableNow'), say: phone.t('youAreAt', c) }),
    out: (c) => ({ label: phone.t('roundSitOut', c), lead: phone.t('sitOutThis'), say: null }),
  },
  changeover: {
    seated: (c) => ({ label: phone.t('roundGoTo', c), lead: phone.t('goTo'), say: null }),
    out: (c) => ({ label: phone.t('roundSitOut', c), lead: phone.t('sitOutRound', c), say: null }),
  },
  break: {
    seated: (c) => ({ label: phone.t('breakThenAt', c), lead: phone.t('afterBreakGoTo'), say: null }),
    out: (c) => ({ label: phone.t('breakSitOut', c), lead: phone.t('sitOutRound', c), say: null }),
  },
};

type MentorWords = Words & { heading: string; empty: string; caption: string | null };
/** Who arrives for the round a changeover or break leads to: a mentor stays and is told who comes. */
const arriving = (c: Ctx) => (c.names ? phone.t('nextNames', c) : phone.t('nextNoOne'));

/** A mentor's words by stage; `c.names` empty when the table rests. */
const MENTOR: Record<Live, (c: Ctx) => MentorWords> = {
  before: (c) => ({
    label: phone.t('notStarted'),
    heading: phone.t('firstMentees', { ...c, mentees: c.words.inline.mentees }),
    empty: phone.t('noOneRoundBreather', c),
    caption: null,
    say: c.names ? phone.t('firstMenteesSay', { ...c, mentees: c.words.inline.mentees }) : phone.t('noOneRound', c),
  }),
  meeting: (c) => ({
    label: c.names ? phone.t('roundTalk', c) : phone.t('roundRests', c),
    heading: phone.t('atTableNow', c),
    empty: phone.t('noOneThisRound'),
    caption: null,
    say: c.names ? phone.t('atTableSay', c) : null,
  }),
  changeover: (c) => ({
    label: startsIn(phone.t('stayAtLine', c)),
    heading: phone.t('arrivingNow', c),
    empty: phone.t('noOneComesBreather', c),
    caption: arriving(c),
    say: c.names ? phone.t('arrivingSay', c) : phone.t('noOneComes', c),
  }),
  break: (c) => ({
    label: startsIn(phone.t('breakAtLine', c)),
    heading: phone.t('arrivingBreak', c),
    empty: phone.t('noOneComesBreather', c),
    caption: arriving(c),
    say: c.names ? phone.t('arrivingBreakSay', c) : phone.t('noOneComes', c),
  }),
};

function context(input: PhraseInput, at: MyRound, round: number): Ctx {
  return {
    round,
    rounds: input.rounds,
    seat: seatText(at),
    table: input.table ?? at.table ?? phone.t('yourTable'),
    names: at.table ? at.mentees.map((m) => m.name).join(', ') : '',
    words: wordsOf(input),
  };
}

/** The phase in words when there is no round of this person's to name (not planned yet). */
const PLAIN: Record<Live, (round: number, rounds: number) => string> = {
  before: () => phone.t('notStarted'),
  meeting: (round, rounds) => phone.t('roundTalk', { round, rounds }),
  changeover: (round, rounds) => startsIn(phone.t('roundOf', { round, rounds })),
  break: (round, rounds) => startsIn(phone.t('breakRound', { round, rounds })),
};

/** The label without a round of one's own, and the announcement joined from its parts. */
const plainLabel = (w: WhereNow, rounds: number) =>
  w.stage === 'ended' || w.round === null ? phone.t('ended') : PLAIN[w.stage](w.round, rounds);
// "… starts in" reads on into the digits on screen; a screen reader hears the phase without them.
const announce = (w: WhereNow, label: string, ...says: (string | null)[]) =>
  [w.paused ? phone.t('pausedSay') : null, phone.t('sentence', { text: lineOf(label) }), ...says]
    .filter(Boolean)
    .join(' ');

/** Where and when a mentee sitting out meets someone next, or that they do not. */
function nextMeeting(w: WhereNow, timeOf: PhraseInput['timeOf']): { detail: string; say: string } {
  const n = w.nextSeated;
  if (!n) return { detail: phone.t('noMoreMeetings'), say: phone.t('noMoreMeetingsSay') };
  const time = timeOf?.(n.round) ?? null;
  const seat = seatText(n);
  return {
    detail: time
      ? phone.t('nextMeetingAt', { round: n.round, time, seat })
      : phone.t('nextMeeting', { round: n.round, seat }),
    say: phone.t('nextMeeting', { round: n.round, seat }),
  };
}

/** The "Next" line of a seated mentee: the round after this one. */
function nextLine(next: MyRound | null): string {
  if (!next) return phone.t('lastYourRound');
  if (!next.table) return phone.t('nextSitOut', { round: next.round });
  return phone.t('nextSeat', { round: next.round, seat: seatText(next) });
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
      ? { heading: phone.t('arrivingNext', { round: after }), empty: phone.t('noOneRound', { round: after }) }
      : null,
  };
}
