import { sealBackup } from '../../../shared/backup';
import type { BackupFile } from '../../../shared/backup';
import { sha256Hex } from '../../../server/hashing';

/**
 * The hostile bodies of the hostile-load suite, each as large as its route reads (the
 * documented limits: backup import 16 MiB, CSV 5 MiB), built before an attack window opens.
 */
export const MiB = 1024 * 1024;
/** The backup import's body limit (server/http/backup-routes.ts BACKUP_LIMIT, docs/security.md). */
export const BACKUP_LIMIT_BYTES = 16 * MiB;

type Content = Omit<BackupFile, 'integrity'>;
const contentOf = (file: BackupFile): Content => {
  const { integrity: _, ...content } = structuredClone(file);
  return content;
};
const sealed = (content: Content) => Buffer.from(JSON.stringify(sealBackup(content, sha256Hex)));

/**
 * A real backup whose first round's `byes` holds millions of entries, sealed with a correct
 * checksum, just under 16 MiB: the file that held the server for 42 s (issue 13).
 */
export function byesBomb(file: BackupFile): { body: Buffer; entries: number } {
  const content = contentOf(file);
  const schedule = content.event.schedule!;
  const round = schedule.rounds[0]!;
  round.byes = [];
  const base = JSON.stringify(sealBackup(content, sha256Hex)).length;
  // `0,` is two bytes: as many entries as fit, with a kilobyte to spare.
  const entries = Math.floor((BACKUP_LIMIT_BYTES - base - 1024) / 2);
  round.byes = new Array(entries).fill(0) as unknown as string[];
  return { body: sealed(content), entries };
}

/**
 * A valid backup padded to just under 16 MiB with fields Tablehop does not know, inside its
 * schedule (which allows extra fields, so the checksum and the schema accept them): texts of
 * 10,000 characters, the structural cap on one text.
 */
export function paddedBackup(file: BackupFile): { body: Buffer; validatedBytes: number } {
  const content = contentOf(file);
  const validatedBytes = Buffer.byteLength(JSON.stringify(content.event));
  const schedule = content.event.schedule as Record<string, unknown>;
  const text = 'x'.repeat(10_000);
  const base = JSON.stringify(sealBackup(content, sha256Hex)).length;
  const count = Math.floor((BACKUP_LIMIT_BYTES - base - 4096) / (text.length + 3));
  schedule.notes = Array.from({ length: count }, () => text);
  return { body: sealed(content), validatedBytes };
}

/**
 * The participants CSV of the planner's pair cap: `mentors` mentors and `mentees` mentees, each
 * mentee with the most wishes and avoids a mentee may have (50 each, distinct mentors).
 * Short names keep the whole file under the CSV limit (5 MiB) in one request.
 */
export function capCsv(mentors: number, mentees: number, picks = 50): string {
  const name = (i: number) => `M${i + 1}`;
  const lines = ['role,name,wishes,avoid'];
  for (let i = 0; i < mentors; i++) lines.push(`mentor,${name(i)},,`);
  for (let i = 0; i < mentees; i++) {
    const at = (k: number) => name((i * 37 + k * 13) % mentors);
    const wishes = Array.from({ length: picks }, (_, k) => at(k));
    const avoid = Array.from({ length: picks }, (_, k) => at(picks + k));
    lines.push(`mentee,E${i + 1},${wishes.join(';')},${avoid.join(';')}`);
  }
  return `${lines.join('\n')}\n`;
}
