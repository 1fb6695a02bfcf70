import { z } from 'zod';
import { clockSnapshotSchema } from '../schemas/clock';
import { attendanceSchema, menteeSchema, mentorSchema } from '../schemas/people';
import { scheduleSchema } from '../schemas/schedule';
import { localeSchema } from '../schemas/locale';
import { roleLabelsSchema } from '../schemas/role-labels';
import { breakSchema } from '../schemas/settings';
import { groupRulesSchema, planPinSchema } from '../schemas/plan-rules';

/** The event's settings with `rounds` resolved to a number. */
export const eventInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  roundSeconds: z.number().int(),
  changeoverSeconds: z.number().int(),
  rounds: z.number().int(),
  /** Whether `rounds` was set by the organizer (else it follows the number of mentors). */
  roundsFixed: z.boolean(),
  tableCapacity: z.number().int(),
  breaks: z.array(breakSchema),
  plannedStartAt: z.number().nullable(),
  /** Until when feedback can be given, as the organizer set it (null: 7 days after the end). */
  feedbackClosesAt: z.number().nullable(),
  createdAt: z.number(),
  /** The group rules as the organizer set them; left out when not set (then both apply when anyone has a group). */
  groups: groupRulesSchema.optional(),
  /** Who moves between rounds (issue 17); left out when mentees move (the default). */
  moving: z.enum(['mentees', 'mentors']).optional(),
  /** Who meets whom (issue 17); left out for mentors and mentees (the default). Peers are the mentees. */
  pairing: z.enum(['mentor-mentee', 'peer']).optional(),
  /** The event's own role words (issue 17); left out: "Mentor" and "Mentee". */
  labels: roleLabelsSchema.optional(),
  /** The event's default language (issue 19); left out: English. */
  locale: localeSchema.optional(),
  /** The event's time zone, an IANA name (issue 19); left out: each device shows times in its own. */
  timeZone: z.string().optional(),
});
export type EventInfo = z.infer<typeof eventInfoSchema>;

/** A person as the organizer sees them: stored fields plus their secret token and page link. */
export const organizerMentorSchema = mentorSchema.extend({ token: z.string(), link: z.string() });
export const organizerMenteeSchema = menteeSchema.extend({ token: z.string(), link: z.string() });
export type OrganizerMentor = z.infer<typeof organizerMentorSchema>;
export type OrganizerMentee = z.infer<typeof organizerMenteeSchema>;

/** Everything the organizer console shows (GET /api/events/:id and the organizer's snapshot). */
export const organizerViewSchema = z.object({
  event: eventInfoSchema,
  mentors: z.array(organizerMentorSchema),
  mentees: z.array(organizerMenteeSchema),
  schedule: scheduleSchema.nullable(),
  /** Increments with every change of the schedule. */
  scheduleVersion: z.number().int(),
  clock: clockSnapshotSchema,
  links: z.object({ organizer: z.string(), projector: z.string() }),
  /**
   * Pairs met at earlier events (issue 18), left out when none: how many (mentee, mentor) pairs the
   * plan counts as met, and how many meetings of the schedule seat such a pair again.
   */
  history: z.object({ pairs: z.number().int().min(0), repeats: z.number().int().min(0) }).optional(),
  /**
   * The organizer's hand in the plan (issue 18): pinned meetings, locked rounds, and how many pairs
   * met before. The server always sends it; optional so that views made before it still parse.
   */
  planRules: z
    .object({
      pins: z.array(planPinSchema),
      lockedRounds: z.array(z.number().int()),
      metBeforeCount: z.number().int().min(0),
    })
    .optional(),
  /**
   * Self sign-up at a glance (issue 16), left out while sign-up was never opened: whether it is
   * open now, and how many sign-ups wait for the organizer. A change of either pushes the view, so
   * the People tab knows when to read `GET …/registrations` again.
   */
  signup: z
    .object({
      open: z.boolean(),
      pending: z.number().int().min(0),
      waitListed: z.number().int().min(0),
      /** Changes with every sign-up or decision: the list to read again. */
      changes: z.number().int().min(0),
    })
    .optional(),
});
export type OrganizerView = z.infer<typeof organizerViewSchema>;

/** A person met in a round; mentors receive `questions` only for the mentees now and next. */
export const metPersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  questions: z.array(z.string()).optional(),
});

/** One round of one person's schedule. `table` null means a bye (mentee) or a resting table (mentor). */
export const myRoundSchema = z.object({
  round: z.number().int(),
  table: z.string().nullable(),
  mentorId: z.string().nullable(),
  mentorName: z.string().nullable(),
  /** The mentor's topics (for mentees). */
  topics: z.array(z.string()),
  /** The mentor's bio, when they have one (for mentees; a mentor's own is `person.bio`). */
  mentorBio: z.string().optional(),
  /**
   * A remote table (issue 17): the call to join for this round — the mentor's link, on the pages
   * of the mentor and of the mentees seated with them. Absent at a table in the room.
   */
  meetingUrl: z.string().optional(),
  /** Mentor: the mentees at the table. Mentee: the other mentees at the same table (names only). */
  mentees: z.array(metPersonSchema),
});
export type MyRound = z.infer<typeof myRoundSchema>;

/** What a personal page shows (GET /api/me and the person's snapshot). */
export const meViewSchema = z.object({
  role: z.enum(['mentor', 'mentee']),
  person: z.object({
    id: z.string(),
    name: z.string(),
    table: z.string().optional(),
    bio: z.string().optional(),
    topics: z.array(z.string()),
    questions: z.array(z.string()),
    /** A mentor's own video-call link (a remote table). */
    meetingUrl: z.string().optional(),
    attendance: attendanceSchema,
  }),
  event: eventInfoSchema,
  clock: clockSnapshotSchema,
  /** Where I am in the current round (or, in a changeover or break, the round coming up). */
  now: myRoundSchema.nullable(),
  /** The round after `now`. */
  next: myRoundSchema.nullable(),
  /** My whole schedule, one entry per round. */
  rounds: z.array(myRoundSchema),
  scheduleVersion: z.number().int(),
});
export type MeView = z.infer<typeof meViewSchema>;

/**
 * A personal page as pushed to a phone: the view less `now` and `next`, which a phone derives
 * itself from `rounds` and the live clock (it moves on by itself when a broadcast is missed).
 */
export const personPageSchema = meViewSchema.omit({ now: true, next: true });
export type PersonPage = z.infer<typeof personPageSchema>;

/** What the projector shows: names, tables and the clock, nothing else. */
export const projectorViewSchema = z.object({
  /** With the phase lengths, so the big screen runs the clock on by itself after a missed broadcast. */
  event: eventInfoSchema.pick({
    id: true,
    name: true,
    rounds: true,
    roundSeconds: true,
    changeoverSeconds: true,
    breaks: true,
    moving: true,
    pairing: true,
    labels: true,
    locale: true,
    timeZone: true,
  }),
  clock: clockSnapshotSchema,
  /** `remote`: the mentor meets by video call (the link itself stays on the people's phones). */
  tables: z.array(
    z.object({ mentorId: z.string(), name: z.string(), table: z.string(), remote: z.boolean().optional() }),
  ),
  mentees: z.array(z.object({ id: z.string(), name: z.string() })),
  rounds: scheduleSchema.shape.rounds,
  scheduleVersion: z.number().int(),
});
export type ProjectorView = z.infer<typeof projectorViewSchema>;

/** The snapshot a socket receives on connect and whenever its view changes, by role. */
export const snapshotSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('organizer'), organizer: organizerViewSchema }),
  z.object({ role: z.literal('mentor'), me: personPageSchema }),
  z.object({ role: z.literal('mentee'), me: personPageSchema }),
  z.object({ role: z.literal('projector'), projector: projectorViewSchema }),
]);
export type Snapshot = z.infer<typeof snapshotSchema>;
