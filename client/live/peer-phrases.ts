import type { MyRound } from '../../shared/protocol/views';
import { phone } from '../i18n/catalogues/phone';
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

/** Whether round `to` is "Stay at T1" or "Go to T5" after `from`: the `move` of the peer messages. */
export function moveOf(from: MyRound | null | undefined, to: MyRound): 'stay' | 'go' {
  return staysAt(from, to) ? 'stay' : 'go';
}

/** " with Ann, Bo", or '' alone at a table. */
const withOf = (r: MyRound) => (matesOf(r) ? phone.t('withMates', { mates: matesOf(r) }) : '');

/** The "Next" line: the round after, from the table of this one. */
function nextLine(at: MyRound, next: MyRound | null): string {
  if (!next) return phone.t('lastYourRound');
  if (!next.table) return phone.t('nextSitOut', { round: next.round });
  return phone.t('peerNext', { round: next.round, move: moveOf(at, next), table: next.table, with: withOf(next) });
}

/** Pure: a peer's phone; `input.previous` is their entry for the round before the one shown. */
export function peerPhrases(input: PhraseInput, plain: Plain, announce: Announce): MenteePhrases {
  const w = input.where;
  if (w.stage === 'ended' || w.round === null || !w.at) {
    const label = plain(w, input.rounds);
    return { label, caption: null, announcement: announce(w, label), lead: label, detail: null, next: null };
  }
  const r = w.round;
  const at = w.at;
  if (at.table) {
    const c = { round: r, rounds: input.rounds, table: at.table, move: moveOf(input.previous, at), with: withOf(at) };
    const words = {
      before: { label: phone.t('notStarted'), lead: phone.t('firstTableLead', c), say: phone.t('peerFirstSay', c) },
      meeting: { label: phone.t('talkAt', c), lead: phone.t('tableNow'), say: phone.t('peerTalkSay', c) },
      changeover: { label: phone.t('peerMoveLabel', c), lead: phone.t('peerLead', c), say: phone.t('peerMoveSay', c) },
      break: {
        label: phone.t('peerBreakLabel', c),
        lead: phone.t('peerAfterBreakLead', c),
        say: phone.t('peerMoveSay', c),
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
  const label =
    w.stage === 'before' ? phone.t('notStarted') : phone.t('roundSitOut', { round: r, rounds: input.rounds });
  const lead = phone.t('sitOutRound', { round: r });
  const n = w.nextSeated;
  const time = n ? (input.timeOf?.(n.round) ?? null) : null;
  const detail = n
    ? time
      ? phone.t('peerNextTableAt', { round: n.round, time, table: n.table ?? '', with: withOf(n) })
      : phone.t('peerNextTable', { round: n.round, table: n.table ?? '', with: withOf(n) })
    : phone.t('noMoreMeetings');
  return {
    label,
    caption: null,
    announcement: announce(w, label, phone.t('sitOutRoundSay', { round: r })),
    lead,
    detail,
    next: null,
  };
}

/** A peer's schedule cell: "T3 · Ann, Bo" (the table alone when nobody else is at it). */
export const peerSeatText = (r: MyRound) => (r.table ? `${r.table}${matesOf(r) ? ` · ${matesOf(r)}` : ''}` : '');
