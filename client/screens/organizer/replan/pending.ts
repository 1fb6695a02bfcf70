import { pendingChanges, type PendingChange } from '../../../../shared/attendance/pending';
import type { OrganizerView } from '../../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../../shared/schemas/clock';
import { firstOpenRound } from '../../../../shared/timeline';
import { phasesOf } from '../../../live/live-clock';

/** The first round whose seating may still change, as the server counts it; null after the end. */
export function openRoundOf(event: OrganizerView['event'], clock: Pick<ClockSnapshot, 'status' | 'phase'>): number | null {
  switch (clock.status) {
    case 'idle':
      return 1;
    case 'finished':
      return null;
    case 'running':
    case 'paused':
      return firstOpenRound(phasesOf(event), clock.phase?.index ?? null);
  }
}

/** The door changes the seating does not follow yet (empty when nothing can change any more). */
export function pendingOf(view: Pick<OrganizerView, 'event' | 'schedule' | 'mentors' | 'mentees'>, clock: Pick<ClockSnapshot, 'status' | 'phase'>): PendingChange[] {
  const from = openRoundOf(view.event, clock);
  return from === null ? [] : pendingChanges(view.schedule, view, from);
}

/** One pending change in words, e.g. "Grace Hopper (T2) left: table T2 closes". */
export function pendingText(p: PendingChange, tableOf: (mentorId: string) => string | undefined): string {
  const who = p.role === 'mentor' && tableOf(p.personId) ? `${p.name} (${tableOf(p.personId)})` : p.name;
  if (p.change === 'seat') return p.role === 'mentor' ? `${who} is here: their table opens` : `${who} is here: needs a seat`;
  const what = p.attendance === 'left' ? 'left' : 'is not coming';
  return p.role === 'mentor' ? `${who} ${what}: their table closes` : `${who} ${what}: to be taken out of the seating`;
}
