import { z } from 'zod';
import { idSchema, lineText, multilineText, nameText, personName } from './common';
import { localeSchema } from './locale';
import { meetingUrlPatchSchema, meetingUrlSchema } from './meeting-url';

const textList = (maxItems: number, maxLen: number) => z.array(nameText(maxLen)).max(maxItems);
/** A company, team or school name (compared like names: case, accents and invisible characters aside). */
const groupName = nameText(80);
/** A mentee's priority: a whole number, higher first; 0 when not given. */
export const prioritySchema = z
  .number()
  .int('must be a whole number')
  .min(-1000, 'must be at least -1000')
  .max(1000, 'must be at most 1000');
/** One prepared question: several lines allowed. */
const questionText = multilineText(500, { required: true });

/** A mentor as the organizer enters them (unknown fields refused); `table` defaults to T1, T2, … in order. */
export const mentorInputSchema = z
  .object({
    name: personName(),
    table: nameText(20).optional(),
    bio: multilineText(2000, { required: false }).optional(),
    topics: textList(30, 80).default([]),
    email: lineText(320).optional(),
    /** A company, team or school (issue 18): with group rules, nobody meets a mentor of their own. */
    group: groupName.optional(),
    /** A remote table's video-call link (issue 17): https only. */
    meetingUrl: meetingUrlSchema.optional(),
    /** The person's own language (issue 19): their e-mail is written in it. */
    locale: localeSchema.optional(),
  })
  .strict();
export type MentorInput = z.input<typeof mentorInputSchema>;

/** A mentee as the organizer enters them (unknown fields refused); wishes and avoid name mentors by name. */
export const menteeInputSchema = z
  .object({
    name: personName(),
    questions: z.array(questionText).max(30).default([]),
    wishes: textList(50, 120).default([]),
    avoid: textList(50, 120).default([]),
    email: lineText(320).optional(),
    /** A company, team or school: kept apart from their own group at tables, never at its mentors. */
    group: groupName.optional(),
    /** Where wishes compete, a higher priority is served first (default 0). */
    priority: prioritySchema.optional(),
    /** The table the mentee stays at when mentors move (issue 17); ignored when mentees move. */
    table: nameText(20).optional(),
    locale: localeSchema.optional(),
  })
  .strict();
export type MenteeInput = z.input<typeof menteeInputSchema>;

/**
 * A peer of a peer event (issue 17, `pairing: 'peer'`) as the organizer enters them; wishes and
 * avoid name other peers. Stored as one of the event's mentees.
 */
export const peerInputSchema = z
  .object({
    name: personName(),
    wishes: textList(50, 120).default([]),
    avoid: textList(50, 120).default([]),
    email: lineText(320).optional(),
    locale: localeSchema.optional(),
  })
  .strict();
export type PeerInput = z.input<typeof peerInputSchema>;

/**
 * Body of POST /api/events/:id/people; unknown fields are refused. A peer event takes `peers`
 * only, any other event `mentors` and `mentees` only (the rules say which, with the reason).
 */
export const addPeopleSchema = z
  .object({
    mentors: z.array(mentorInputSchema).max(2000).default([]),
    mentees: z.array(menteeInputSchema).max(5000).default([]),
    peers: z.array(peerInputSchema).max(5000).optional(),
  })
  .strict();
export type AddPeople = z.output<typeof addPeopleSchema>;

/** Where a person stands at the door. */
export const attendanceSchema = z.enum(['expected', 'present', 'absent', 'left']);
export type Attendance = z.infer<typeof attendanceSchema>;

/** A stored mentor (wishes/avoid of mentees refer to mentor ids). */
export const mentorSchema = z.object({
  id: idSchema,
  name: z.string(),
  table: z.string(),
  bio: z.string().optional(),
  topics: z.array(z.string()),
  email: z.string().optional(),
  group: z.string().optional(),
  /** The mentor's own video-call link for a remote table (https), set from their profile. */
  meetingUrl: z.string().optional(),
  /** The person's own language (issue 19), when they chose one: their mail is in it. */
  locale: localeSchema.optional(),
  attendance: attendanceSchema,
});
export type Mentor = z.infer<typeof mentorSchema>;

/** A stored mentee; `wishes` (ranked) and `avoid` hold mentor ids. */
export const menteeSchema = z.object({
  id: idSchema,
  name: z.string(),
  questions: z.array(z.string()),
  wishes: z.array(idSchema),
  avoid: z.array(idSchema),
  email: z.string().optional(),
  group: z.string().optional(),
  /** Left out when 0. */
  priority: z.number().int().optional(),
  /** A seat the organizer fixed for events where mentors move; left out when none. */
  table: z.string().optional(),
  locale: localeSchema.optional(),
  attendance: attendanceSchema,
});
export type Mentee = z.infer<typeof menteeSchema>;

/** A PATCH of one person: any subset of their fields (mentor or mentee fields by role). */
export const personPatchSchema = z
  .object({
    name: personName(),
    /** A mentor's table, or a mentee's fixed seat when mentors move (an empty text clears the seat). */
    table: z.union([z.literal(''), nameText(20)]),
    bio: multilineText(2000, { required: false }),
    topics: textList(30, 80),
    email: lineText(320),
    questions: z.array(questionText).max(30),
    wishes: textList(50, 120),
    avoid: textList(50, 120),
    /** An empty text removes the group. */
    group: z.union([z.literal(''), groupName]),
    priority: prioritySchema,
    /** A mentor's video-call link; an empty text removes it. */
    meetingUrl: meetingUrlPatchSchema,
    /** The person's own language (issue 19). */
    locale: localeSchema,
  })
  .partial()
  .strict();
export type PersonPatch = z.infer<typeof personPatchSchema>;

/** Body of PUT /api/me/locale: the language a person picked on their phone (issue 19). */
export const localeBodySchema = z.object({ locale: localeSchema }).strict();
export type LocaleBody = z.infer<typeof localeBodySchema>;

/** Body of PUT /api/me/questions and the `questions:update` payload; unknown fields are refused. */
export const questionsBodySchema = z
  .object({
    questions: z.array(questionText).max(30, 'at most 30 questions'),
  })
  .strict();
