export { canonicalJson } from './canonical-json';
export { clockActionSchema, clockLogEntrySchema, type ClockLogEntry } from './clock-history';
export { backupIssues, MAX_BACKUP_ISSUES, scheduleFits } from './cross-checks';
export {
  BACKUP_DIGEST,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupEventSchema,
  backupFileSchema,
  backupIntegritySchema,
  backupMenteeSchema,
  backupMentorSchema,
  backupSettingsSchema,
  type BackupEvent,
  type BackupFile,
} from './format';
export { renumberPeople, type RenumberedPeople } from './fresh-ids';
export { digestInput, readBackup, sealBackup, type BackupReadResult, type Sha256Hex } from './read-backup';
