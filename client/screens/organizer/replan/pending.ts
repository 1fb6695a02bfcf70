import { pendingChanges, type PendingChange } from '../../../../shared/attendance/pending';
import type { OrganizerView } from '../../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../../shared/schemas/clock';
import { buildPhases, openRoundAt } from '../../../../shared/timeline';
import { phraseText, type Phrase } from '../../../ui/person-name';

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

/** One pending change in words, e.g. "Grace Hopper (T2) left: table T2 closes", the name isolated. */
export function pendingPhrase(p: PendingChange, tableOf: (mentorId: string) => string | undefined): Phrase {
  const table = p.role === 'mentor' ? tableOf(p.personId) : undefined;
  const who: Phrase = table ? [{ name: p.name }, ` (${table})`] : [{ name: p.name }];
  if (p.change === 'seat')
    return [...who, p.role === 'mentor' ? ' is here: their table opens' : ' is here: needs a seat'];
  const what = p.attendance === 'left' ? 'left' : 'is not coming';
  return [...who, p.role === 'mentor' ? ` ${what}: their table closes` : ` ${what}: to be taken out of the seating`];
}

/** The pending change as plain text. */
export function pendingText(p: PendingChange, tableOf: (mentorId: string) => string | undefined): string {
  return phraseText(pendingPhrase(p, tableOf));
}
