/**
 * One save's statements in order (server/store/event-store.ts runs them in its transaction): the
 * fencing check, the version bump, then only the rows the change set says changed.
 */
import type { ClockLogEntry } from '../../shared/backup/clock-history';
import type { EventState } from '../../shared/event/state';
import { clockLog } from './clock-log';
import { SQL } from './event-sql';
import type { SecretRow } from './event-store';
import type { EventWrites } from './event-writes';
import type { SqlRunner } from './sql';
import { FencedError, StaleStateError } from './write-conflicts';

/** Every statement of one save, in order, from its change set (the same rows in either database). */
export async function writeAll(
  tx: SqlRunner,
  prev: EventState | null,
  next: EventState,
  w: EventWrites,
  secrets: SecretRow[],
  log: ClockLogEntry | undefined,
  guard: { version: number | undefined; fence: number | undefined },
): Promise<number> {
  const id = next.id;
  let version = 0;
  // The fence first: a stale owner's write is refused as such, before its version is looked at.
  if (guard.fence !== undefined && (await tx.run(SQL.fence, [id, guard.fence])) === 0)
    throw new FencedError(id, guard.fence);
  if (prev !== null) {
    // No version known here (never read, or forgotten after a refused save): what this process
    // holds may be out of date, so it must read the event again before it writes over it.
    if (guard.version === undefined) throw new StaleStateError(id);
    const row = await tx.get<{ version: number }>(SQL.bumpVersion, [id, guard.version]);
    if (!row) throw new StaleStateError(id);
    version = Number(row.version);
  }
  if (prev === null) {
    const { settings, clock, schedule, seed, roundStarts, planRules } = w;
    await tx.run(SQL.insertEvent, [
      id,
      next.createdAt,
      settings!,
      clock!,
      next.clock.status,
      schedule ?? null,
      next.scheduleVersion,
      seed!,
      roundStarts!,
      planRules!,
    ]);
  } else {
    if (w.settings !== undefined) await tx.run(SQL.settings, [w.settings, id]);
    if (w.clock !== undefined) await tx.run(SQL.clock, [w.clock, next.clock.status, id]);
    if (w.scheduleChanged) await tx.run(SQL.schedule, [w.schedule ?? null, next.scheduleVersion, w.seed!, id]);
    if (w.roundStarts !== undefined) await tx.run(SQL.roundStarts, [w.roundStarts, id]);
    if (w.planRules !== undefined) await tx.run(SQL.planRules, [w.planRules, id]);
  }
  if (w.registration !== undefined && (prev !== null || w.registration !== null))
    await tx.run(SQL.registration, [w.registration, id]);
  for (const p of w.people?.inserts ?? []) await tx.run(SQL.insertPerson, [id, p.id, p.role, id, p.json]);
  for (const p of w.people?.updates ?? []) await tx.run(SQL.updatePerson, [p.json, id, p.id]);
  for (const pid of w.people?.deletes ?? []) await tx.run(SQL.deletePerson, [id, pid]);
  for (const s of secrets) {
    if (s.role === 'signup') await tx.run(SQL.replaceSignupCode, [s.hash, id, s.codeVersion ?? 0]);
    else await tx.run(SQL.insertSecret, [s.hash, id, s.role, s.personId]);
  }
  for (const r of w.registrations?.puts ?? []) await tx.run(SQL.putRegistration, [id, r.id, id, r.json]);
  for (const rid of w.registrations?.deletes ?? []) await tx.run(SQL.deleteRegistration, [id, rid]);
  // After the people: a feedback row belongs to a person row.
  for (const f of w.feedback?.puts ?? []) await tx.run(SQL.putFeedback, [id, f.id, f.json]);
  for (const pid of w.feedback?.deletes ?? []) await tx.run(SQL.deleteFeedback, [id, pid]);
  if (log) await clockLog.append(tx, id, log);
  return version;
}
