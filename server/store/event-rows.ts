import { clockStateSchema } from '../../shared/schemas/clock';
import { personFeedbackSchema, type PersonFeedback } from '../../shared/schemas/feedback';
import { menteeSchema, mentorSchema, type Mentee, type Mentor } from '../../shared/schemas/people';
import { planRulesSchema } from '../../shared/schemas/plan-rules';
import { registrationSchema, type RegistrationSettings } from '../../shared/schemas/registration';
import { scheduleSchema } from '../../shared/schemas/schedule';
import type { EventState, StoredSettings } from '../../shared/event/state';

/** An `events` row as either database returns it. */
export interface EventRow {
  id: string;
  created_at: number;
  settings: string;
  clock: string;
  schedule: string | null;
  schedule_version: number;
  seed: string;
  round_starts: string;
  plan_rules: string;
  registration: string | null;
}

/** The rows of one event, read in one go. */
export interface EventRows {
  event: EventRow;
  people: { role: string; data: string }[];
  feedback: { person_id: string; data: string }[];
  registrations: { data: string }[];
}

/** Stored settings with the fields added since the event was stored set to their defaults. */
const withDefaults = (s: Partial<StoredSettings>): StoredSettings =>
  ({ ...s, feedbackClosesAt: s.feedbackClosesAt ?? null, groups: s.groups ?? null }) as StoredSettings;

/** The clock and round starts of an `events` row, checked. */
export function clockPartsOfRow(
  row: Pick<EventRow, 'clock' | 'round_starts'>,
): Pick<EventState, 'clock' | 'roundStarts'> {
  return {
    clock: clockStateSchema.parse(JSON.parse(row.clock)),
    roundStarts: JSON.parse(row.round_starts) as Record<string, number>,
  };
}

/** The event its rows hold, each JSON document checked against its schema. */
export function stateOfRows({ event: row, people, feedback: fb, registrations }: EventRows): EventState {
  const mentors: Mentor[] = [];
  const mentees: Mentee[] = [];
  for (const p of people) {
    const data: unknown = JSON.parse(p.data);
    if (p.role === 'mentor') mentors.push(mentorSchema.parse(data));
    else mentees.push(menteeSchema.parse(data));
  }
  const parts = clockPartsOfRow(row);
  const feedback: Record<string, PersonFeedback> = {};
  for (const f of fb) feedback[f.person_id] = personFeedbackSchema.parse(JSON.parse(f.data));
  return {
    id: row.id,
    createdAt: row.created_at,
    // Events stored before a setting existed get its default.
    settings: withDefaults(JSON.parse(row.settings) as Partial<StoredSettings>),
    mentors,
    mentees,
    schedule: row.schedule === null ? null : scheduleSchema.parse(JSON.parse(row.schedule)),
    scheduleVersion: row.schedule_version,
    seed: JSON.parse(row.seed) as number | string,
    clock: parts.clock,
    feedback,
    roundStarts: parts.roundStarts,
    planRules: planRulesSchema.parse(JSON.parse(row.plan_rules)),
    registration: row.registration === null ? null : (JSON.parse(row.registration) as RegistrationSettings),
    registrations: registrations.map((r) => registrationSchema.parse(JSON.parse(r.data))),
  };
}
