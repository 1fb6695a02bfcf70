import type { Accessor } from 'solid-js';
import { roleWords, type RoleWords } from '../../../shared/labels/role-words';
import type { OrganizerView } from '../../../shared/protocol/views';
import type { Orientation, Paper } from './paper';
import type { TimeBasis } from './round-times';

/** What every printable receives from the print page. */
export interface PrintContext {
  view: Accessor<OrganizerView>;
  /** When each round starts (index = round − 1), null where unknown; live once the clock runs. */
  times: Accessor<(number | null)[]>;
  basis: Accessor<TimeBasis>;
  /** A time of day as the organizer's browser writes it ("18:30", "6:30 PM"). */
  timeText: (ms: number) => string;
  /** A date such as "Saturday, 14 March 2030". */
  dateText: (ms: number) => string;
  paper: Accessor<Paper>;
  orientation: Orientation;
}

/**
 * The event's role words (issue 17) for every printable: the printables are in English, so the
 * event's own words as written, else "Mentor" / "Mentee".
 */
export function printWords(ctx: Pick<PrintContext, 'view'>): RoleWords {
  return roleWords(ctx.view().event.labels);
}

/** The first known round start, for "starts at" lines. */
export function firstStart(times: (number | null)[]): number | null {
  return times.find((t): t is number => t !== null) ?? null;
}

/** The line under a printable's title saying where its times come from. */
export function timesNote(basis: TimeBasis): string {
  switch (basis) {
    case 'clock':
      return 'Times follow the running clock as of printing; phones always show the live times.';
    case 'planned':
      return 'Times follow the planned start; if the event runs late, phones show the live times.';
    case 'none':
      return 'No start time yet: set the planned start on the Plan tab to print the time of every round.';
  }
}
