import type { MyRound } from '../../../shared/protocol/views';
import { tableAndMentor, type WhereNow } from '../../live/where-now';

/** The lead-in above the big table label, by stage: "Your table now", "Go to", … */
export function seatedLead(stage: WhereNow['stage'], round: number | null): string {
  switch (stage) {
    case 'meeting':
      return 'Your table now';
    case 'changeover':
      return 'Go to';
    case 'break':
      return 'After the break, go to';
    case 'before':
      return `Your first table (round ${round ?? 1})`;
    case 'ended':
      return '';
  }
}

/**
 * Pure: what a mentee sitting a round out reads: that they sit out, and when and where their
 * next meeting is. `timeOf` gives a round's start time as text, when known.
 */
export function byeText(
  w: Pick<WhereNow, 'stage' | 'round' | 'nextSeated'>,
  timeOf: (round: number) => string | null,
): { title: string; detail: string } {
  const title = w.stage === 'meeting' ? 'You sit out this round' : `You sit out round ${w.round ?? 1}`;
  const n = w.nextSeated;
  if (!n) return { title, detail: 'You have no more meetings after this. Thank you for taking part!' };
  const time = timeOf(n.round);
  return { title, detail: `Your next meeting: round ${n.round}${time ? ` at ${time}` : ''}, ${tableAndMentor(n)}.` };
}

/** The line under the main card: the round after this one. */
export function nextLine(next: MyRound | null): string {
  if (!next) return 'This is your last round.';
  if (!next.table) return `Round ${next.round}: you sit out.`;
  return `Round ${next.round}: ${tableAndMentor(next)}`;
}

/** What the aria-live region says when the phase changes (phase label, then what to do). */
export function menteeAnnouncement(w: WhereNow, phaseText: string): string {
  if (w.stage === 'ended' || !w.at) return phaseText;
  if (!w.at.table) return `${phaseText}. You sit out round ${w.round}.`;
  const where = tableAndMentor(w.at);
  switch (w.stage) {
    case 'meeting':
      return `${phaseText}. You are at ${where}.`;
    case 'changeover':
      return `${phaseText}. Go to ${where}.`;
    case 'break':
      return `${phaseText}. After the break, go to ${where}.`;
    case 'before':
      return `${phaseText}. Your first table is ${where}.`;
  }
}
