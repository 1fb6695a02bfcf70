import { pendingChanges, type PendingChange } from '../../../../shared/attendance/pending';
import type { OrganizerView } from '../../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../../shared/schemas/clock';
import { buildPhases, openRoundAt } from '../../../../shared/timeline';

/**
 * The door changes the seating does not follow yet (empty when nothing can change any more),
 * from the first open round as the server counts it.
 */
export function pendingOf(
  view: Pick<OrganizerView, 'event' | 'schedule' | 'mentors' | 'mentees'>,
  clock: ClockSnapshot,
): PendingChange[] {
  const from = openRoundAt(buildPhases(view.event), clock);
  return from === null ? [] : pendingChanges(view.schedule, view, from);
}

/** One pending change in words, e.g. "Grace Hopper (T2) left: table T2 closes". */
export function pendingText(p: PendingChange, tableOf: (mentorId: string) => string | undefined): string {
  const who = p.role === 'mentor' && tableOf(p.personId) ? `${p.name} (${tableOf(p.personId)})` : p.name;
  if (p.change === 'seat')
    return p.role === 'mentor' ? `${who} is here: their table opens` : `${who} is here: needs a seat`;
  const what = p.attendance === 'left' ? 'left' : 'is not coming';
  return p.role === 'mentor' ? `${who} ${what}: their table closes` : `${who} ${what}: to be taken out of the seating`;
}
