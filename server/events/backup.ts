import { createHash } from 'node:crypto';
import {
  BACKUP_FORMAT, BACKUP_VERSION, readBackup, renumberPeople, scheduleFits, sealBackup,
  type BackupFile, type Sha256Hex,
} from '../../shared/backup';
import type { ClockLogEntry } from '../../shared/backup/clock-history';
import { AppError, badRequest } from '../errors';
import { planSchedule } from './commands/schedule';
import type { EventState } from './state';

/** SHA-256 of UTF-8 text, hex. */
export const sha256Hex: Sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

const GENERATOR = 'Tablehop';

/**
 * The backup file of an event (pure but for hashing): settings, people (wishes and avoids
 * as mentor ids), schedule, clock and clock history, sealed with a SHA-256 of the canonical
 * content. No secret is in it: tokens are derived from the organizer key, which stays out.
 */
export function backupOf(s: EventState, clockHistory: ClockLogEntry[], now: number): BackupFile {
  return sealBackup(
    {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now,
      generator: GENERATOR,
      event: {
        id: s.id,
        createdAt: s.createdAt,
        settings: s.settings,
        seed: s.seed,
        mentors: s.mentors,
        mentees: s.mentees,
        schedule: s.schedule,
        scheduleVersion: s.scheduleVersion,
        clock: s.clock,
        clockHistory,
      },
    },
    sha256Hex,
  );
}

/** Check an uploaded backup; a 400 saying what is wrong otherwise. */
export function verifyBackup(raw: unknown): BackupFile {
  let r: ReturnType<typeof readBackup>;
  try {
    r = readBackup(raw, sha256Hex);
  } catch (err) {
    // Checksum and schema walk the file recursively: JSON nested thousands deep overflows the stack.
    if (err instanceof RangeError) throw badRequest('This file is nested far too deeply to be a Tablehop event backup; nothing was created.');
    throw err;
  }
  if (!r.ok) throw badRequest(r.message, r.issues);
  return r.backup;
}

/**
 * The new event a backup becomes (pure given `newPersonId`): the same settings, people,
 * questions, wishes, seed and schedule under fresh ids. What belonged to the day it ran starts
 * over, as for a new event: the clock is idle, the history empty (it stays in the file) and
 * everyone's attendance back to expected. A schedule that no longer fits the people (someone
 * was removed during the exported event) is planned again with the same seed.
 */
export function restoredState(b: BackupFile, eventId: string, now: number, newPersonId: () => string): { state: EventState; replanned: boolean } {
  const ev = b.event;
  const people = renumberPeople(ev, newPersonId);
  const fits = scheduleFits({ ...people, settings: ev.settings });
  const state: EventState = {
    id: eventId,
    createdAt: now,
    settings: { ...ev.settings, breaks: [...ev.settings.breaks].sort((a, c) => a.afterRound - c.afterRound) },
    mentors: people.mentors.map((m) => ({ ...m, attendance: 'expected' as const })),
    mentees: people.mentees.map((m) => ({ ...m, attendance: 'expected' as const })),
    schedule: fits ? people.schedule : null,
    scheduleVersion: fits ? 1 : 0,
    seed: ev.seed,
    clock: { status: 'idle', version: 0 },
  };
  if (fits || ev.schedule === null || state.mentors.length === 0) return { state, replanned: false };
  try {
    return { state: planSchedule(state, now), replanned: true };
  } catch (err) {
    // A schedule that cannot be remade now is left out: the organizer plans on the Plan tab.
    if (err instanceof AppError && err.code === 'conflict') return { state, replanned: false };
    throw err;
  }
}
