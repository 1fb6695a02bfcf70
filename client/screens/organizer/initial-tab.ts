import type { OrganizerView } from '../../../shared/protocol/views';

/** The console's tabs. */
export type ConsoleTab = 'people' | 'checkin' | 'plan' | 'run' | 'print' | 'report';

/** Is this one of the console's tabs (e.g. a value read back from storage)? */
export function isConsoleTab(v: unknown): v is ConsoleTab {
  return v === 'people' || v === 'checkin' || v === 'plan' || v === 'run' || v === 'print' || v === 'report';
}

/** The tab to open with: Run once the event has started, Plan once a plan exists, else People. */
export function initialTab(view: Pick<OrganizerView, 'clock' | 'schedule'>): ConsoleTab {
  if (view.clock.status !== 'idle') return 'run';
  if (view.schedule) return 'plan';
  return 'people';
}
