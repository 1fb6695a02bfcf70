import type { MyRound } from '../../shared/protocol/views';
import type { MenteePhrases, PhraseInput } from './phone-phrases';
import type { WhereNow } from './where-now';

/*
 * The phones' words in peer rounds (issue 17): everyone is a peer, and the circle method keeps
 * one peer at a table while the others move on, so a phone says "Stay at T1" or "Go to T5" (by
 * the table of the round before) and names the table-mates. The one sitting out is told so, with
 * their next table. The same shapes as phone-phrases.ts, which hands over to these when `peers`
 * is set. Pure.
 */

type Plain = (w: WhereNow, rounds: number) => string;
type Announce = (w: WhereNow, label: string, ...says: (string | null)[]) => string;

/** The table-mates, by name ("Ann, Bo"), or '' alone at a table. */
export const matesOf = (r: MyRound) => r.mentees.map((m) => m.name).join(', ');

/** Whether the peer stays at `to`'s table from `from` (the round before): the same label. */
const staysAt = (from: MyRound | null | undefined, to: MyRound) => !!from?.table && from.table === to.table;

/** "Stay at T1" or "Go to T5" for round `to` after `from`. */
export function moveWords(from: MyRound | null | undefined, to: MyRound) {
  // The verb alone changes case mid-sentence; a table label ("T5", "Terrace") never does.
  const verb = staysAt(from, to) ? 'stay at' : 'go to';
  const lead = verb === 'stay at' ? 'Stay at' : 'Go to';
  return { lead, words: `${lead} ${to.table}`, lower: `${verb} ${to.table}` };
}

/** The "Next" line: the round after, from the table of this one. */
function nextLine(at: MyRound, next: MyRound | null): string {
  if (!next) return 'This is your last round.';
  if (!next.table) return `Round ${next.round}: you sit out.`;
  const mates = matesOf(next);
  return `Round ${next.round}: ${moveWords(at, next).lower}${mates ? ` with ${mates}` : ''}`;
}

/** Pure: a peer's phone; `input.previous` is their entry for the round before the one shown. */
export function peerPhrases(input: PhraseInput, plain: Plain, announce: Announce): MenteePhrases {
  const w = input.where;
  if (w.stage === 'ended' || w.round === null || !w.at) {
    const label = plain(w, input.rounds);
    return { label, caption: null, announcement: announce(w, label), lead: label, detail: null, next: null };
  }
  const r = w.round;
  const of = `${r} of ${input.rounds}`;
  const at = w.at;
  if (at.table) {
    const move = moveWords(input.previous, at);
    const mates = matesOf(at);
    const withWho = mates ? ` with ${mates}` : '';
    const words = {
      before: { label: 'Not started yet', lead: `Your first table (round ${r})`, say: `Go to ${at.table}${withWho}.` },
      meeting: {
        label: `Round ${of} — talk at ${at.table}`,
        lead: 'Your table now',
        say: `You are at ${at.table}${withWho}.`,
      },
      changeover: { label: `Round ${of} — ${move.lower}`, lead: move.lead, say: `${move.words}${withWho}.` },
      break: {
        label: `Break — then round ${of}: ${move.lower}`,
        lead: `After the break, ${move.lead.toLowerCase()}`,
        say: `${move.words}${withWho}.`,
      },
    }[w.stage];
    return {
      ...words,
      caption: null,
      announcement: announce(w, words.label, words.say),
      detail: null,
      next: nextLine(at, w.next),
    };
  }
  const label = w.stage === 'before' ? 'Not started yet' : `Round ${of} — you sit out`;
  const lead = `You sit out round ${r}`;
  const n = w.nextSeated;
  const time = n ? (input.timeOf?.(n.round) ?? null) : null;
  const mates = n && matesOf(n) ? ` with ${matesOf(n)}` : '';
  const detail = n
    ? `Your next table: round ${n.round}${time ? ` at ${time}` : ''}, ${n.table}${mates}.`
    : 'You have no more meetings. Thank you for taking part!';
  return { label, caption: null, announcement: announce(w, label, `${lead}.`), lead, detail, next: null };
}

/** A peer's schedule cell: "T3 · Ann, Bo" (the table alone when nobody else is at it). */
export const peerSeatText = (r: MyRound) => (r.table ? `${r.table}${matesOf(r) ? ` · ${matesOf(r)}` : ''}` : '');
