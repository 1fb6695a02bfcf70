import { roleWords, type RoleWords } from '../../shared/labels/role-words';
import type { MyRound } from '../../shared/protocol/views';
import { phone } from '../i18n/catalogues/phone';
import { startsIn, type MenteePhrases, type MentorPhrases, type PhraseInput } from './phone-phrases';
import type { WhereNow } from './where-now';

/*
 * The phones' words when mentors move (issue 17): a mentee stays at their table all event and
 * is told who comes to them ("Stay at T2 — next: Grace Hopper comes to you"); a mentor is told
 * where to walk ("Go to T4", and "go to T4 next" while they talk). The same shapes as
 * phone-phrases.ts, which hands over to these when `mentorsMove` is set. Pure but for the page's language.
 */

/** Said when there is no round of one's own to name (plainLabel in phone-phrases.ts). */
type Plain = (w: WhereNow, rounds: number) => string;
/** Joins the announcement (announce in phone-phrases.ts). */
type Announce = (w: WhereNow, label: string, ...says: (string | null)[]) => string;

/** Who comes to a seated mentee's table in a round, or that no one does ("no investor comes to you"). */
const comes = (r: MyRound | null, w: RoleWords) =>
  r?.mentorName
    ? phone.t('comesToYou', { name: r.mentorName })
    : phone.t('noneComesToYou', { mentor: w.inline.mentor });

/** The "Next" line of a seated mentee when mentors move. */
function menteeNext(next: MyRound | null, w: RoleWords): string {
  if (!next) return phone.t('lastYourRound');
  return next.table
    ? phone.t('nextWho', { round: next.round, who: comes(next, w) })
    : phone.t('nextNoneAtTable', { round: next.round, mentor: w.inline.mentor });
}

/** Pure: a mentee's phone when mentors move; `input.seat` is the table they stay at. */
export function movingMenteePhrases(input: PhraseInput, plain: Plain, announce: Announce): MenteePhrases {
  const w = input.where;
  const seat = input.seat ?? w.at?.table ?? phone.t('yourTable');
  // The event's role words (phone-phrases.ts passes them on; left out, "mentor").
  const role = input.words ?? roleWords();
  if (w.stage === 'ended' || w.round === null || !w.at) {
    const label = plain(w, input.rounds);
    return { label, caption: null, announcement: announce(w, label), lead: label, detail: null, next: null };
  }
  const c = { round: w.round, rounds: input.rounds, seat, who: comes(w.at, role), mentor: role.inline.mentor };
  if (w.at.table) {
    const words = {
      before: { label: phone.t('notStarted'), lead: phone.t('tableAllEvent', c), say: phone.t('sitAt', c) },
      meeting: { label: phone.t('roundTalk', c), lead: phone.t('stayAtYourTable'), say: phone.t('youAreAt', c) },
      changeover: { label: phone.t('stayNext', c), lead: phone.t('stayAt'), say: null },
      break: { label: phone.t('breakThenWho', c), lead: phone.t('afterBreakStayAt'), say: null },
    }[w.stage];
    return {
      ...words,
      caption: null,
      announcement: announce(w, words.label, words.say),
      detail: null,
      next: menteeNext(w.next, role),
    };
  }
  // Nobody visits the table this round: the mentee still stays where they are.
  const label = w.stage === 'before' ? phone.t('notStarted') : phone.t('roundNoMentor', c);
  const n = w.nextSeated;
  const time = n ? (input.timeOf?.(n.round) ?? null) : null;
  const detail = n
    ? time
      ? phone.t('stayDetailAt', { seat, round: n.round, time, who: comes(n, role) })
      : phone.t('stayDetail', { seat, round: n.round, who: comes(n, role) })
    : phone.t('noMoreMeetings');
  const lead = phone.t('noMentorComes', c);
  return {
    label,
    caption: null,
    announcement: announce(w, label, phone.t('sentence', { text: lead })),
    lead,
    detail,
    next: null,
  };
}

/** Pure: a mentor's phone when mentors move: each round's table is where to walk. */
export function movingMentorPhrases(input: PhraseInput, plain: Plain, announce: Announce): MentorPhrases {
  const w = input.where;
  if (w.stage === 'ended' || w.round === null || !w.at) {
    const label = plain(w, input.rounds);
    return { label, caption: null, announcement: announce(w, label), nowHeading: label, nowEmpty: '', nextGroup: null };
  }
  const r = w.round;
  const at = w.at.table;
  const c = {
    round: r,
    rounds: input.rounds,
    table: at ?? '',
    names: at ? w.at.mentees.map((m) => m.name).join(', ') : '',
  };
  const rest = phone.t('restBreather', c);
  // While talking, the next walk is said under the digits: "Go to T4 next".
  const nextWalk = w.next ? (w.next.table ? phone.t('goNext', { table: w.next.table }) : phone.t('nextRest')) : null;
  const words = {
    before: {
      label: phone.t('notStarted'),
      heading: at ? phone.t('goFirst', c) : phone.t('restIn', c),
      caption: null,
      say: at ? phone.t('goFirstSay', c) : phone.t('restInSay', c),
    },
    meeting: {
      label: at ? phone.t('talkAt', c) : phone.t('roundRest', c),
      heading: at ? phone.t('atNow', c) : phone.t('restNow', c),
      caption: nextWalk,
      say: at ? phone.t('atNamesSay', c) : null,
    },
    changeover: {
      label: startsIn(at ? phone.t('goToLine', c) : phone.t('restLine', c)),
      heading: at ? phone.t('waitingAt', c) : phone.t('restIn', c),
      caption: at ? phone.t('atNames', c) : null,
      say: at ? phone.t('goForSay', c) : phone.t('restInSay', c),
    },
    break: {
      label: startsIn(at ? phone.t('breakGoLine', c) : phone.t('breakRestLine', c)),
      heading: at ? phone.t('afterBreakAt', c) : phone.t('restIn', c),
      caption: at ? phone.t('atNames', c) : null,
      say: at ? phone.t('afterBreakGoSay', c) : phone.t('restInSay', c),
    },
  }[w.stage];
  const after = r + 1;
  return {
    label: words.label,
    caption: words.caption,
    announcement: announce(w, words.label, words.say),
    nowHeading: words.heading,
    nowEmpty: rest,
    nextGroup: w.next
      ? {
          heading: w.next.table
            ? phone.t('thenAt', { table: w.next.table, round: after })
            : phone.t('thenRest', { round: after }),
          empty: phone.t('restInSay', { round: after }),
        }
      : null,
  };
}
