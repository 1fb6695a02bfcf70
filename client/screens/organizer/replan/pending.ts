import { pendingChanges, type PendingChange } from '../../../../shared/attendance/pending';
import type { OrganizerView } from '../../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../../shared/schemas/clock';
import { buildPhases, openRoundAt } from '../../../../shared/timeline';
import { consoleText } from '../../../i18n/catalogues/console';
import { phraseText, type Phrase } from '../../../ui/person-name';
import { phraseOf } from './phrase-of';

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
  const who = (slot: (part: Phrase) => string) =>
    table ? consoleText.t('whoAtTable', { name: slot([{ name: p.name }]), table }) : slot([{ name: p.name }]);
  const key =
    p.change === 'seat'
      ? p.role === 'mentor'
        ? 'mentorHere'
        : 'menteeHere'
      : p.role === 'mentor'
        ? p.attendance === 'left'
          ? 'mentorLeft'
          : 'mentorNotComing'
        : p.attendance === 'left'
          ? 'menteeLeft'
          : 'menteeNotComing';
  return phraseOf((slot) => consoleText.t(key, { who: who(slot) }));
}

/** The pending change as plain text. */
export function pendingText(p: PendingChange, tableOf: (mentorId: string) => string | undefined): string {
  return phraseText(pendingPhrase(p, tableOf));
}
