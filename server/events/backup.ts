import { BACKUP_FORMAT, BACKUP_VERSION, readBackup, sealBackup, type BackupFile } from '../../shared/backup';
import type { ClockLogEntry } from '../../shared/backup/clock-history';
import type { EventState } from '../../shared/event/state';
import { badRequest } from '../errors';
import { sha256Hex } from '../hashing';

export { sha256Hex };

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
    if (err instanceof RangeError)
      throw badRequest('This file is nested far too deeply to be a Tablehop event backup; nothing was created.');
    throw err;
  }
  if (!r.ok) throw badRequest(r.message, r.issues);
  return r.backup;
}
