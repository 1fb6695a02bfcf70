import { roleWords, type RoleWords } from '../../shared/labels/role-words';
import type { MyRound } from '../../shared/protocol/views';
import type { MenteePhrases, MentorPhrases, PhraseInput } from './phone-phrases';
import type { WhereNow } from './where-now';

/*
 * The phones' words when mentors move (issue 17): a mentee stays at their table all event and
 * is told who comes to them ("Stay at T2 — next: Grace Hopper comes to you"); a mentor is told
 * where to walk ("Go to T4", and "go to T4 next" while they talk). The same shapes as
 * phone-phrases.ts, which hands over to these when `mentorsMove` is set. Pure.
 */

/** Said when there is no round of one's own to name (plainLabel in phone-phrases.ts). */
type Plain = (w: WhereNow, rounds: number) => string;
/** Joins the announcement (announce in phone-phrases.ts). */
type Announce = (w: WhereNow, label: string, ...says: (string | null)[]) => string;

/** Who comes to a seated mentee's table in a round, or that no one does ("no investor comes to you"). */
const comes = (r: MyRound | null, w: RoleWords) =>
  r?.mentorName ? `${r.mentorName} comes to you` : `no ${w.inline.mentor} comes to you`;

/** The "Next" line of a seated mentee when mentors move. */
function menteeNext(next: MyRound | null, w: RoleWords): string {
  if (!next) return 'This is your last round.';
  return `Round ${next.round}: ${next.table ? comes(next, w) : `no ${w.inline.mentor} comes to your table`}`;
}

/** Pure: a mentee's phone when mentors move; `input.seat` is the table they stay at. */
export function movingMenteePhrases(input: PhraseInput, plain: Plain, announce: Announce): MenteePhrases {
  const w = input.where;
  const seat = input.seat ?? w.at?.table ?? 'your table';
  // The event's role words (phone-phrases.ts passes them on; left out, "mentor").
  const role = input.words ?? roleWords();
  if (w.stage === 'ended' || w.round === null || !w.at) {
    const label = plain(w, input.rounds);
    return { label, caption: null, announcement: announce(w, label), lead: label, detail: null, next: null };
  }
  const of = `${w.round} of ${input.rounds}`;
  const who = comes(w.at, role);
  if (w.at.table) {
    const words = {
      before: { label: 'Not started yet', lead: `Your table all event — first, ${who}`, say: `Sit at ${seat}.` },
      meeting: { label: `Round ${of} — talk`, lead: 'Stay at your table', say: `You are at ${seat}.` },
      changeover: { label: `Stay at ${seat} — next: ${who}`, lead: 'Stay at', say: null },
      break: { label: `Break — then round ${of}: ${who} at ${seat}`, lead: 'After the break, stay at', say: null },
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
  const label = w.stage === 'before' ? 'Not started yet' : `Round ${of} — no ${role.inline.mentor} at ${seat}`;
  const n = w.nextSeated;
  const time = n ? (input.timeOf?.(n.round) ?? null) : null;
  const detail = n
    ? `Stay at ${seat}: in round ${n.round}${time ? ` at ${time}` : ''}, ${comes(n, role)}.`
    : 'You have no more meetings. Thank you for taking part!';
  const lead = `No ${role.inline.mentor} comes to ${seat} in round ${w.round}`;
  return { label, caption: null, announcement: announce(w, label, `${lead}.`), lead, detail, next: null };
}

/** Where a mentor goes for a round, in a few words ("T4", or that they rest). */
const goTo = (r: MyRound | null) => (r?.table ? `go to ${r.table}` : 'you rest');
const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Pure: a mentor's phone when mentors move: each round's table is where to walk. */
export function movingMentorPhrases(input: PhraseInput, plain: Plain, announce: Announce): MentorPhrases {
  const w = input.where;
  if (w.stage === 'ended' || w.round === null || !w.at) {
    const label = plain(w, input.rounds);
    return { label, caption: null, announcement: announce(w, label), nowHeading: label, nowEmpty: '', nextGroup: null };
  }
  const r = w.round;
  const of = `${r} of ${input.rounds}`;
  const at = w.at.table;
  const names = at ? w.at.mentees.map((m) => m.name).join(', ') : '';
  const rest = `You rest in round ${r} — take a breather.`;
  // While talking, the next walk is said under the digits: "Go to T4 next".
  const nextWalk = w.next ? (w.next.table ? `Go to ${w.next.table} next` : 'Next: you rest') : null;
  const words = {
    before: {
      label: 'Not started yet',
      heading: at ? `Go to ${at} first (round ${r})` : `You rest in round ${r}`,
      caption: null,
      say: at ? `Go to ${at} first: ${names}.` : `You rest in round ${r}.`,
    },
    meeting: {
      label: at ? `Round ${of} — talk at ${at}` : `Round ${of} — you rest`,
      heading: at ? `At ${at} now (round ${r})` : `You rest now (round ${r})`,
      caption: nextWalk,
      say: at ? `At ${at}: ${names}.` : null,
    },
    changeover: {
      label: `${upper(goTo(w.at))} — round ${of} starts in`,
      heading: at ? `Waiting at ${at} (round ${r})` : `You rest in round ${r}`,
      caption: at ? `At ${at}: ${names}` : null,
      say: at ? `Go to ${at} for round ${r}: ${names}.` : `You rest in round ${r}.`,
    },
    break: {
      label: `Break — then ${goTo(w.at)}; round ${of} starts in`,
      heading: at ? `After the break, at ${at} (round ${r})` : `You rest in round ${r}`,
      caption: at ? `At ${at}: ${names}` : null,
      say: at ? `After the break, go to ${at}: ${names}.` : `You rest in round ${r}.`,
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
          heading: w.next.table ? `Then at ${w.next.table} (round ${after})` : `Then you rest (round ${after})`,
          empty: `You rest in round ${after}.`,
        }
      : null,
  };
}
