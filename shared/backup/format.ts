import { z } from 'zod';
import { clockStateSchema } from '../schemas/clock';
import { idSchema, lineText, multilineText, nameText, personName, timestampSchema } from '../schemas/common';
import { attendanceSchema } from '../schemas/people';
import { roundSeatingSchema, scheduleSchema } from '../schemas/schedule';
import { breakSchema } from '../schemas/settings';
import { unsafeTextProblem } from '../schemas/text';
import { clockLogEntrySchema } from './clock-history';
import { personFeedbackSchema } from '../schemas/feedback';
import { meetingUrlSchema } from '../schemas/meeting-url';
import { localeSchema } from '../schemas/locale';
import { eventTimeZoneSchema } from '../schemas/time-zone';
import { groupRulesSchema, planRulesSchema } from '../schemas/plan-rules';
import { roleLabelsSchema } from '../schemas/role-labels';
import { prioritySchema } from '../schemas/people';

/** The `format` field of every Tablehop event backup. */
export const BACKUP_FORMAT = 'tablehop-event-backup';
/** The backup version this code writes and reads; any other is refused. */
export const BACKUP_VERSION = 1;
/** The integrity algorithm: SHA-256 of the canonical JSON of the file without `integrity`. */
export const BACKUP_DIGEST = 'SHA-256';

/**
 * Text kept exactly as written (a seed string changes the plan if normalised), but refused
 * when it holds a character no text field may (controls, lone surrogates, bidi overrides).
 */
const verbatim = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((v, ctx) => {
      const problem = unsafeTextProblem(v, 'line');
      if (problem)
        ctx.addIssue({ code: 'custom', message: problem.message, params: { code: problem.code, char: problem.char } });
    });

/** A mentor in a backup: the stored mentor, with the same limits as the people API. */
export const backupMentorSchema = z.object({
  id: idSchema,
  name: personName(),
  table: nameText(20),
  bio: multilineText(2000, { required: false }).optional(),
  topics: z.array(nameText(80)).max(30),
  email: lineText(320).optional(),
  group: nameText(80).optional(),
  /** A remote table's video-call link (issue 17), https only as in the people API. */
  meetingUrl: meetingUrlSchema.optional(),
  attendance: attendanceSchema,
});

/** A mentee in a backup; `wishes` (ranked) and `avoid` hold ids of the file's mentors. */
export const backupMenteeSchema = z.object({
  id: idSchema,
  name: personName(),
  questions: z.array(multilineText(500, { required: true })).max(30),
  wishes: z.array(idSchema).max(50),
  avoid: z.array(idSchema).max(50),
  email: lineText(320).optional(),
  group: nameText(80).optional(),
  priority: prioritySchema.optional(),
  /** A fixed seat for events where mentors move (issue 17). */
  table: nameText(20).optional(),
  attendance: attendanceSchema,
});

/** The settings as the server stores them (`rounds` null: one round per mentor). */
export const backupSettingsSchema = z.object({
  name: nameText(200),
  roundSeconds: z
    .number()
    .int()
    .min(1)
    .max(24 * 3600),
  changeoverSeconds: z
    .number()
    .int()
    .min(1)
    .max(24 * 3600),
  rounds: z.number().int().min(1).max(200).nullable(),
  tableCapacity: z.number().int().min(1).max(50),
  breaks: z.array(breakSchema).max(100),
  plannedStartAt: timestampSchema.nullable(),
  /** Left out by files written before feedback existed (then: 7 days after the end). */
  feedbackClosesAt: timestampSchema.nullable().optional(),
  /** Left out by files written before group rules existed (then: on when anyone has a group). */
  groups: groupRulesSchema.nullable().optional(),
  /** Left out by files written before issue 17 and by events where mentees move. */
  moving: z.enum(['mentees', 'mentors']).optional(),
  /** Peer rounds (issue 17); absent in backups of other events and of those written before it. */
  pairing: z.enum(['mentor-mentee', 'peer']).optional(),
  /** The event's role words (issue 17); absent: the defaults. */
  labels: roleLabelsSchema.optional(),
  /** The event's default language (issue 19); absent: English. */
  locale: localeSchema.optional(),
  /** The event's time zone (issue 19); absent: none of its own. */
  timeZone: eventTimeZoneSchema.optional(),
});

/** The stored clock with every time in it a timestamp of 2000–2100 (a paused phase left: at most a year). */
export const backupClockSchema = z.discriminatedUnion('status', [
  clockStateSchema.options[0],
  clockStateSchema.options[1].extend({ phaseEndsAt: timestampSchema, startedAt: timestampSchema }),
  clockStateSchema.options[2].extend({
    remainingMs: z
      .number()
      .min(0)
      .max(366 * 24 * 3600 * 1000, 'must be at most a year'),
    startedAt: timestampSchema,
  }),
  clockStateSchema.options[3].extend({ endedAt: timestampSchema, startedAt: timestampSchema.nullable() }),
]);

/** One entry of the clock history, its time a timestamp of 2000–2100. */
export const backupClockLogEntrySchema = clockLogEntrySchema.extend({ at: timestampSchema });

/** The schedule in a backup: its names and table labels checked like the people's. */
const backupScheduleSchema = scheduleSchema.extend({
  mentors: z.array(z.looseObject({ id: idSchema, name: nameText(), table: nameText(20) })),
  mentees: z.array(z.looseObject({ id: idSchema, name: nameText() })),
  rounds: z.array(roundSeatingSchema).max(200),
});

/** Everything about one event. */
export const backupEventSchema = z.object({
  /** The id the event had where it was exported (informative; an import gets a new one). */
  id: idSchema,
  createdAt: timestampSchema,
  settings: backupSettingsSchema,
  seed: z.union([z.number(), verbatim(100)]),
  mentors: z.array(backupMentorSchema).max(5000),
  mentees: z.array(backupMenteeSchema).max(20000),
  schedule: backupScheduleSchema.nullable(),
  scheduleVersion: z.number().int().min(0),
  clock: backupClockSchema,
  clockHistory: z.array(backupClockLogEntrySchema).max(100_000),
  /** Only in files exported with "include feedback": each person's sharing choice and feedback. */
  feedback: z
    .array(personFeedbackSchema.extend({ personId: idSchema }))
    .max(25_000)
    .optional(),
  /** When each round's talk began (with the feedback). */
  roundStarts: z.record(z.string().max(3), timestampSchema).optional(),
  /** Pinned meetings, locked rounds and pairs met before (left out when there are none). */
  planRules: planRulesSchema.optional(),
});
export type BackupEvent = z.infer<typeof backupEventSchema>;

/** The integrity check: a SHA-256 digest (hex) of the canonical JSON of everything else. */
export const backupIntegritySchema = z.object({
  algorithm: z.literal(BACKUP_DIGEST),
  digest: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
});

/** A whole backup file (GET /api/events/:id/backup, POST /api/events/import). */
export const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: timestampSchema,
  /** What wrote the file, e.g. "Tablehop 0.1.0" (informative). */
  generator: verbatim(100).optional(),
  event: backupEventSchema,
  integrity: backupIntegritySchema,
});
export type BackupFile = z.infer<typeof backupFileSchema>;
