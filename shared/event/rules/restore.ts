import { renumberPeople, scheduleFits, type BackupFile } from '../../backup';
import { ok, type Outcome } from '../domain-error';
import { sortedBreaks, type EventState } from '../state';
import { defaultPlanner, type Planner } from '../planner';
import { planSchedule } from './schedule';

export type Restored = { state: EventState; replanned: boolean };

/**
 * The new event a verified backup becomes: the same settings, people, questions, wishes, seed
 * and schedule under fresh ids. What belonged to the day it ran starts over, as for a new
 * event: the clock is idle, the history empty (it stays in the file) and everyone's attendance
 * back to expected. A schedule that no longer fits the people (someone was removed during the
 * exported event) is planned again with the same seed.
 */
export function restoredState(
  b: BackupFile,
  eventId: string,
  now: number,
  newPersonId: () => string,
  planner: Planner = defaultPlanner,
): Outcome<Restored> {
  const ev = b.event;
  const people = renumberPeople(ev, newPersonId);
  const fits = scheduleFits({ ...people, settings: ev.settings });
  const state: EventState = {
    id: eventId,
    createdAt: now,
    settings: {
      ...ev.settings,
      breaks: sortedBreaks(ev.settings.breaks),
      feedbackClosesAt: ev.settings.feedbackClosesAt ?? null,
      groups: ev.settings.groups ?? null,
    },
    mentors: people.mentors.map((m) => ({ ...m, attendance: 'expected' as const })),
    mentees: people.mentees.map((m) => ({ ...m, attendance: 'expected' as const })),
    schedule: fits ? people.schedule : null,
    scheduleVersion: fits ? 1 : 0,
    seed: ev.seed,
    clock: { status: 'idle', version: 0 },
    // Feedback belongs to the meetings of the day the file comes from: a restored event starts over.
    feedback: {},
    roundStarts: {},
    planRules: people.planRules,
    // Sign-ups stay with the event they were made for (their code derives from its key).
    registration: null,
    registrations: [],
  };
  if (fits || ev.schedule === null || state.mentors.length === 0) return ok({ state, replanned: false });
  const planned = planSchedule(state, now, undefined, planner);
  if (planned.ok) return ok({ state: planned.value, replanned: true });
  // A schedule that cannot be remade now is left out: the organizer plans on the Plan tab.
  return planned.error.code === 'conflict' ? ok({ state, replanned: false }) : planned;
}
