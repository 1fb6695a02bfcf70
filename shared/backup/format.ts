import { z } from 'zod';
import { clockStateSchema } from '../schemas/clock';
import { idSchema, nameText } from '../schemas/common';
import { attendanceSchema } from '../schemas/people';
import { scheduleSchema } from '../schemas/schedule';
import { breakSchema } from '../schemas/settings';
import { clockLogEntrySchema } from './clock-history';

/** The `format` field of every Tablehop event backup. */
export const BACKUP_FORMAT = 'tablehop-event-backup';
/** The backup version this code writes and reads; any other is refused. */
export const BACKUP_VERSION = 1;
/** The integrity algorithm: SHA-256 of the canonical JSON of the file without `integrity`. */
export const BACKUP_DIGEST = 'SHA-256';

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** A mentor in a backup: the stored mentor, with the same limits as the people API. */
export const backupMentorSchema = z.object({
  id: idSchema,
  name: nameText(),
  table: nameText(20),
  bio: z.string().max(2000).optional(),
  topics: z.array(text(80)).max(30),
  email: z.string().max(320).optional(),
  attendance: attendanceSchema,
});

/** A mentee in a backup; `wishes` (ranked) and `avoid` hold ids of the file's mentors. */
export const backupMenteeSchema = z.object({
  id: idSchema,
  name: nameText(),
  questions: z.array(text(500)).max(30),
  wishes: z.array(idSchema).max(50),
  avoid: z.array(idSchema).max(50),
  email: z.string().max(320).optional(),
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
  plannedStartAt: z.number().int().nonnegative().nullable(),
});

/** Everything about one event. */
export const backupEventSchema = z.object({
  /** The id the event had where it was exported (informative; an import gets a new one). */
  id: idSchema,
  createdAt: z.number(),
  settings: backupSettingsSchema,
  seed: z.union([z.number(), z.string().max(100)]),
  mentors: z.array(backupMentorSchema).max(5000),
  mentees: z.array(backupMenteeSchema).max(20000),
  schedule: scheduleSchema.extend({ rounds: scheduleSchema.shape.rounds.max(200) }).nullable(),
  scheduleVersion: z.number().int().min(0),
  clock: clockStateSchema,
  clockHistory: z.array(clockLogEntrySchema).max(100_000),
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
  exportedAt: z.number(),
  /** What wrote the file, e.g. "Tablehop 0.1.0" (informative). */
  generator: z.string().max(100).optional(),
  event: backupEventSchema,
  integrity: backupIntegritySchema,
});
export type BackupFile = z.infer<typeof backupFileSchema>;
