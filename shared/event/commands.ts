/**
 * Every write to an event, as one discriminated union on `type`. Routes and socket handlers
 * parse their public bodies (docs/api.md) and build one of these; `apply` runs it. A new kind
 * of write is a new member here and a case in apply.ts (see README.md in this folder).
 */
import { z } from 'zod';
import { applyBodySchema, statusBodySchema } from '../attendance/preview-schema';
import { backupFileSchema } from '../backup';
import { clockCommandSchema } from '../schemas/clock';
import { clockResetBodySchema, clockUndoBodySchema } from '../schemas/clock-request';
import { idSchema } from '../schemas/common';
import { feedbackBodySchema, sharingBodySchema } from '../schemas/feedback';
import { addPeopleSchema, localeBodySchema, personPatchSchema, questionsBodySchema } from '../schemas/people';
import { scheduleEditsBodySchema } from '../schemas/plan-edits';
import {
  decisionBodySchema,
  profileBodySchema,
  registrationBodySchema,
  signupBodySchema,
} from '../schemas/registration';
import { metBeforeSchema } from '../schemas/plan-rules';
import { eventSettingsPatchSchema, eventSettingsSchema } from '../schemas/settings';

const command = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...shape }).strict();

/** The schema of every event command. */
export const eventCommandSchema = z.discriminatedUnion('type', [
  /** A new event under a fresh id from its settings (the actor becomes its organizer). */
  command('event.create', { eventId: idSchema, settings: eventSettingsSchema }),
  /** A new event under a fresh id from a verified backup file. */
  command('event.import', { eventId: idSchema, backup: backupFileSchema }),
  /** Erase the event and everything in it. */
  command('event.delete', {}),
  /** Change settings (PATCH /api/events/:id). */
  command('settings.patch', { patch: eventSettingsPatchSchema }),
  /** Add mentors and mentees (JSON or CSV). */
  command('people.add', { people: addPeopleSchema }),
  command('person.patch', { personId: idSchema, patch: personPatchSchema }),
  command('person.delete', { personId: idSchema }),
  /** The organizer records a person's attendance at the door. */
  command('attendance.set', { personId: idSchema, ...statusBodySchema.shape }),
  /** A person checks themself in from their own page (before the start). */
  command('attendance.check-in', { personId: idSchema }),
  /** A person marked absent or gone tells the organizer from their page that they are here after all. */
  command('attendance.here-after-all', { personId: idSchema }),
  /** Plan, or replan the rounds not yet begun (with a seed: shuffle before the start). */
  command('schedule.plan', { seed: z.union([z.number().int(), z.string().max(100)]).optional() }),
  /** Apply a previewed replan, refused when it went stale (`basedOn`). */
  command('schedule.apply', { body: applyBodySchema }),
  /** Hand edits of the plan (swaps, moves, pins, locked rounds), refused when `basedOn` is stale. */
  command('schedule.edit', { body: scheduleEditsBodySchema }),
  /** A mentee replaces their prepared questions. */
  command('questions.update', { personId: idSchema, ...questionsBodySchema.shape }),
  /** Start, pause, resume, extend, skip or end. */
  command('clock.command', { command: clockCommandSchema }),
  /** Take back the skip or end that made clock version `version` (10 s, nothing else since). */
  command('clock.undo', { version: clockUndoBodySchema.shape.version }),
  /** A rehearsed clock back to idle, people and plan kept (`confirm` once it ran over a minute). */
  command('clock.reset', { confirm: clockResetBodySchema.shape.confirm }),
  /** Bring the clock to now: a phase boundary passed (sent by the clock runner). */
  command('clock.advance', {}),
  /** A person's rating, private yes and private note on someone they sat with in a round. */
  command('feedback.give', {
    personId: idSchema,
    round: z.number().int().min(1),
    withId: idSchema,
    ...feedbackBodySchema.shape,
  }),
  /** A person chooses what their mutual follow-ups see: nothing, their e-mail or a contact line. */
  command('sharing.set', { personId: idSchema, body: sharingBodySchema }),
  /** The organizer erases every rating, yes, note and contact of the event. */
  command('feedback.erase', {}),
  /** Pairs met at earlier events (by this event's ids) join the plan's rules (issue 18). */
  command('history.add', { pairs: z.array(metBeforeSchema).max(100_000) }),
  /** Forget every pair met at earlier events. */
  command('history.clear', {}),
  /** Open, close or change self sign-up (issue 16); the first opening makes the sign-up code. */
  command('registration.set', { body: registrationBodySchema }),
  /** Replace the sign-up code: the old one stops working at once. */
  command('registration.revoke-code', {}),
  /** A sign-up through the sign-up code of version `codeVersion` (the one the request's code is). */
  command('signup.submit', { codeVersion: z.number().int().min(1), body: signupBodySchema }),
  /** The organizer approves, wait-lists or refuses a sign-up. */
  command('registration.decide', { registrationId: idSchema, body: decisionBodySchema }),
  /** A mentor completes their own profile (bio, topics, meeting link). */
  command('profile.update', { personId: idSchema, body: profileBodySchema }),
  /** A person picks their own language on their phone (issue 19): their mail is written in it. */
  command('person.locale', { personId: idSchema, ...localeBodySchema.shape }),
]);

/** One write to an event. */
export type EventCommand = z.output<typeof eventCommandSchema>;
/** The command types. */
export type CommandType = EventCommand['type'];
/** The command of one type. */
export type CommandOf<T extends CommandType> = Extract<EventCommand, { type: T }>;
