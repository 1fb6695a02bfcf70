import { BACKUP_FORMAT, BACKUP_VERSION, sealBackup, type BackupFile } from '../../shared/backup';
import type { ClockLogEntry } from '../../shared/backup/clock-history';
import type { EventState } from '../../shared/event/state';
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
