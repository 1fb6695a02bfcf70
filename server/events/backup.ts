import { BACKUP_FORMAT, BACKUP_VERSION, sealBackup, type BackupFile } from '../../shared/backup';
import type { ClockLogEntry } from '../../shared/backup/clock-history';
import type { EventState } from '../../shared/event/state';
import type { PlanRules } from '../../shared/schemas/plan-rules';
import { sha256Hex } from '../hashing';

const hasPlanRules = (r: PlanRules) =>
  r.pins.length + r.lockedRounds.length + r.metBefore.length > 0 || r.handEdited === true;

export { sha256Hex };

const GENERATOR = 'Tablehop';

/**
 * The backup file of an event (pure but for hashing): settings, people (wishes and avoids
 * as mentor ids), schedule, clock and clock history, sealed with a SHA-256 of the canonical
 * content. No secret is in it: tokens are derived from the organizer key, which stays out.
 * With `feedback`, the file also carries what people wrote after their meetings (an archive:
 * an import starts a new event over, without it).
 */
export function backupOf(
  s: EventState,
  clockHistory: ClockLogEntry[],
  now: number,
  opts: { feedback: boolean } = { feedback: false },
): BackupFile {
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
        // Left out when empty, so files of events without hand rules read as before.
        ...(hasPlanRules(s.planRules) ? { planRules: s.planRules } : {}),
        // Only when the organizer asks: ratings, private yeses, notes and contacts are personal.
        ...(opts.feedback
          ? {
              feedback: Object.entries(s.feedback).map(([personId, f]) => ({ personId, ...f })),
              roundStarts: s.roundStarts,
            }
          : {}),
      },
    },
    sha256Hex,
  );
}
