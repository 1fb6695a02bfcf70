import type { Issue } from '../schemas/errors';
import { canonicalJson } from './canonical-json';
import { backupIssues, MAX_BACKUP_ISSUES } from './cross-checks';
import { BACKUP_DIGEST, BACKUP_FORMAT, BACKUP_VERSION, backupFileSchema, type BackupFile } from './format';

/** A SHA-256 of UTF-8 text as 64 lowercase hex digits (injected: shared code does no crypto I/O). */
export type Sha256Hex = (text: string) => string;

/** The text the integrity digest is computed over: the canonical JSON of the file without `integrity`. */
export function digestInput(file: Record<string, unknown>): string {
  const { integrity: _integrity, ...rest } = file;
  return canonicalJson(rest);
}

/** Seal a backup: add its integrity digest. */
export function sealBackup(content: Omit<BackupFile, 'integrity'>, sha256: Sha256Hex): BackupFile {
  return { ...content, integrity: { algorithm: BACKUP_DIGEST, digest: sha256(digestInput(content)) } };
}

/** Why a backup file was refused: one message for the organizer, and located issues if any. */
export type BackupReadResult = { ok: true; backup: BackupFile } | { ok: false; message: string; issues: Issue[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Read an uploaded backup (pure, hashing injected), refusing in this order: not a Tablehop
 * backup; another version; a missing or wrong checksum (the file was edited or cut short
 * after export); content the API would not accept. The checksum is compared on the raw JSON,
 * before anything is normalised, so a changed value anywhere is caught.
 */
export function readBackup(raw: unknown, sha256: Sha256Hex): BackupReadResult {
  const refuse = (message: string, issues: Issue[] = []): BackupReadResult => ({ ok: false, message, issues });
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT) {
    return refuse(
      `This is not a Tablehop event backup: expected a JSON file with "format": "${BACKUP_FORMAT}" ` +
        '(download one with "Download a backup" in the console).',
    );
  }
  if (raw.version !== BACKUP_VERSION) {
    const v = raw.version;
    const which = typeof v === 'number' ? `version ${v}` : 'a backup without a version number';
    const why = typeof v === 'number' && v > BACKUP_VERSION ? ', written by a newer Tablehop' : '';
    return refuse(
      `This backup is ${which}${why}; ` +
        `this Tablehop reads only version ${BACKUP_VERSION} backups, so nothing was created.`,
    );
  }
  const integrity = raw.integrity;
  if (!isObject(integrity) || integrity.algorithm !== BACKUP_DIGEST || typeof integrity.digest !== 'string') {
    return refuse(
      `This backup has no ${BACKUP_DIGEST} integrity check ` +
        `("integrity": {"algorithm": "${BACKUP_DIGEST}", "digest": …}), so it cannot be trusted; nothing was created.`,
    );
  }
  if (sha256(digestInput(raw)) !== integrity.digest.toLowerCase()) {
    return refuse(
      'This backup was changed or cut short after it was downloaded: ' +
        'its SHA-256 checksum does not match its content. ' +
        'Nothing was created; use the file exactly as Tablehop wrote it.',
    );
  }
  const parsed = backupFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      path: i.path.map(String).join('.') || '(root)',
      message: i.message,
    }));
    return refuse(
      `This backup has ${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing was created.`,
      issues,
    );
  }
  const issues = backupIssues(parsed.data.event);
  if (issues.length >= MAX_BACKUP_ISSUES)
    return refuse(
      `This backup has at least ${issues.length} problems (the checks stop there); nothing was created.`,
      issues,
    );
  if (issues.length > 0)
    return refuse(
      `This backup has ${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing was created.`,
      issues,
    );
  return { ok: true, backup: parsed.data };
}
