import type { WhereNow } from '../../live/where-now';

/** The heading over the mentees at the table now (or arriving now). */
export function nowHeading(w: Pick<WhereNow, 'stage' | 'round'>): string {
  switch (w.stage) {
    case 'meeting':
      return `At your table now (round ${w.round})`;
    case 'changeover':
    case 'break':
      return `Arriving now (round ${w.round})`;
    case 'before':
      return 'Your first mentees (round 1)';
    case 'ended':
      return '';
  }
}

/** What the aria-live region says to a mentor when the phase changes. */
export function mentorAnnouncement(w: WhereNow, phaseText: string): string {
  if (w.stage === 'ended' || !w.at) return phaseText;
  if (!w.at.table || w.at.mentees.length === 0) return `${phaseText}. No one at your table in round ${w.round}.`;
  const names = w.at.mentees.map((m) => m.name).join(', ');
  return w.stage === 'meeting'
    ? `${phaseText}. At your table: ${names}.`
    : `${phaseText}. Arriving for round ${w.round}: ${names}.`;
}
