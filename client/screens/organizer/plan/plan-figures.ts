import { takesPart } from '../../../../shared/attendance/pending';
import { explain, quality } from '../../../../shared/planner';
import type { PlanInput } from '../../../../shared/planner';
import type { OrganizerView } from '../../../../shared/protocol/views';
import type { Schedule } from '../../../../shared/schemas/schedule';
import { qualityFigures, type Figure } from './quality-figures';

/** The planner's input as the server builds it from the organizer view (people marked absent or gone left out). */
export function planInputOf(view: Pick<OrganizerView, 'event' | 'mentors' | 'mentees'>, rounds: number): PlanInput {
  return {
    settings: { rounds, tableCapacity: view.event.tableCapacity },
    mentors: view.mentors.filter((m) => takesPart(m.attendance)).map(({ id, name, table }) => ({ id, name, table })),
    mentees: view.mentees
      .filter((m) => takesPart(m.attendance))
      .map(({ id, name, wishes, avoid }) => ({ id, name, wishes: [...wishes], avoid: [...avoid] })),
  };
}

/** The quality figures of the current schedule against the current people. */
export function planFigures(schedule: Schedule, view: Pick<OrganizerView, 'event' | 'mentors' | 'mentees'>): Figure[] {
  return qualityFigures(quality(schedule, planInputOf(view, schedule.rounds.length)));
}

/** What these settings allow for this many people (the planner's one-sentence explanation). */
export function explainPlan(view: Pick<OrganizerView, 'event' | 'mentors' | 'mentees'>): string {
  const rounds = view.event.rounds > 0 ? view.event.rounds : Math.max(1, view.mentors.length);
  const text = explain(
    { rounds, tableCapacity: view.event.tableCapacity },
    { mentors: view.mentors.length, mentees: view.mentees.length },
  );
  return text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.');
}
