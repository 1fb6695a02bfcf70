import type { Accessor } from 'solid-js';
import type { RoleWords } from '../../../shared/labels/role-words';
import { print } from '../../i18n/catalogues/print';
import { zoneName } from '../../live/event-time-zone';
import { localRoleWords } from '../../i18n/role-words';
import type { OrganizerView } from '../../../shared/protocol/views';
import type { Orientation, Paper } from './paper';
import type { TimeBasis } from './round-times';

/** What every printable receives from the print page. */
export interface PrintContext {
  view: Accessor<OrganizerView>;
  /** When each round starts (index = round − 1), null where unknown; live once the clock runs. */
  times: Accessor<(number | null)[]>;
  basis: Accessor<TimeBasis>;
  /** A time of day in the print language ("18:30", "6:30 PM"), in the event's time zone. */
  timeText: (ms: number) => string;
  /** A date such as "Saturday, 14 March 2030", in the event's time zone. */
  dateText: (ms: number) => string;
  /** The event's time zone when it is not the printing computer's (the pages then say so), else null. */
  zone: Accessor<string | null>;
  paper: Accessor<Paper>;
  orientation: Orientation;
}

/**
 * The event's role words (issue 17) for every printable: the event's own words as written, else
 * the print language's ("Mentor" / "Mentee" in English). Reactive: call it inside a render.
 */
export function printWords(ctx: Pick<PrintContext, 'view'>): RoleWords {
  return localRoleWords(ctx.view().event.labels);
}

/** The role words as the print catalogue's placeholders take them. */
export function wordParams(w: RoleWords) {
  return {
    mentor: w.mentor,
    mentors: w.mentors,
    mentee: w.mentee,
    mentees: w.mentees,
    mentorInline: w.inline.mentor,
    mentorsInline: w.inline.mentors,
    menteeInline: w.inline.mentee,
    menteesInline: w.inline.mentees,
  };
}

/** The first known round start, for "starts at" lines. */
export function firstStart(times: (number | null)[]): number | null {
  return times.find((t): t is number => t !== null) ?? null;
}

/** "Times are in the event's time zone, …", or null when the zone needs no saying (`zone` null). */
export function zoneNote(zone: string | null): string | null {
  return zone === null ? null : print.t('timesInZone', { zone: zoneName(zone) });
}

/** The line under a printable's title saying where its times come from. */
export function timesNote(basis: TimeBasis): string {
  switch (basis) {
    case 'clock':
      return print.t('timesClock');
    case 'planned':
      return print.t('timesPlanned');
    case 'none':
      return print.t('timesNone');
  }
}
