/**
 * The work that may take a server seconds, run in worker threads (pool.ts) so that the event
 * loop keeps serving the room meanwhile: reading large bodies (a backup, a people CSV, a bulk
 * people list), rehearsing a command that plans, previewing a replan, and writing exports and
 * backups. Each task takes and returns plain data (structured clone).
 */
import { readBackup, type BackupFile } from '../../shared/backup';
import { parseParticipantsCsv } from '../../shared/csv';
import { apply } from '../../shared/event/apply';
import type { EventCommand } from '../../shared/event/commands';
import type { Failure } from '../../shared/event/domain-error';
import { recordingPlanner, type PlannerCall } from '../../shared/event/planner';
import { advanceEvent } from '../../shared/event/rules/clock';
import { propose } from '../../shared/event/rules/preview';
import type { EventState } from '../../shared/event/state';
import { structureProblem, type StructureCaps } from '../../shared/limits/structure';
import type { ClockLogEntry } from '../../shared/backup/clock-history';
import type { Preview, PreviewOptions } from '../../shared/attendance/preview-schema';
import type { Issue } from '../../shared/schemas/errors';
import { addPeopleSchema, type AddPeople } from '../../shared/schemas/people';
import { historyEventsBodySchema, type HistoryEventRef } from '../../shared/schemas/history';
import { metBeforeFrom, type HerePeople, type HistoryMatch } from '../../shared/event/rules/history';
import { backupOf } from '../events/backup';
import { envFor } from '../events/env';
import { capIssues } from '../errors';
import { sha256Base64url, sha256Hex } from '../hashing';
import { participantsCsvOf } from '../../shared/event/views/participants-csv';
import { scheduleCsvOf } from '../../shared/event/views/schedule-csv';
import { readBody } from '../http/validate';

/** A body that could not be read: what is wrong, and where. */
export type Unreadable = { ok: false; message: string; issues: Issue[] };

/**
 * The caps a backup must fit before it is validated: its longest legal list is the clock
 * history (100,000 entries), its deepest path about 8 levels.
 */
export const BACKUP_CAPS: StructureCaps = {
  maxDepth: 16,
  maxArrayLength: 100_000,
  maxStringLength: 10_000,
  maxValues: 5_000_000,
};
/** The caps of the people list of POST /api/events/:id/people (at most 7,000 people). */
export const PEOPLE_CAPS: StructureCaps = {
  maxDepth: 8,
  maxArrayLength: 5_000,
  maxStringLength: 10_000,
  maxValues: 1_000_000,
};

const tooBig = (value: unknown): Unreadable | null => {
  const problem = structureProblem(value, BACKUP_CAPS);
  if (!problem) return null;
  const message = `This backup is too large: ${problem.path}: ${problem.message}; nothing was created`;
  return { ok: false, message, issues: [problem] };
};

/** The tasks, by kind. */
export type HeavyTask =
  | { kind: 'read-backup'; bytes: Uint8Array }
  | { kind: 'read-history'; bytes: Uint8Array; here: HerePeople; eventId: string }
  | { kind: 'read-people-json'; body: unknown; bytes: number }
  | { kind: 'read-people-csv'; text: string }
  | { kind: 'rehearse'; state: EventState | null; command: EventCommand; now: number; envSeed: string }
  | { kind: 'preview'; state: EventState; opts: PreviewOptions; now: number }
  | { kind: 'export'; state: EventState; file: 'people.csv' | 'schedule.csv' | 'schedule.people.csv' }
  | { kind: 'backup'; state: EventState; history: ClockLogEntry[]; now: number; feedback?: boolean };

/** What each task kind answers. */
export interface HeavyResults {
  'read-backup': { ok: true; backup: BackupFile } | Unreadable;
  'read-history':
    | { ok: true; form: 'backup'; match: HistoryMatch }
    | { ok: true; form: 'events'; events: HistoryEventRef[] }
    | Unreadable;
  'read-people-json': { ok: true; people: AddPeople } | Unreadable;
  'read-people-csv':
    | { ok: true; people: AddPeople; lines: { mentors: number[]; mentees: number[]; peers: number[] } }
    | Unreadable;
  rehearse: { calls: PlannerCall[] };
  /**
   * The preview as JSON text (UTF-8 bytes when it comes from a thread, see transfer.ts): a full
   * reshuffle's difference is megabytes, cheaper to send as one text than as objects.
   */
  preview: { ok: true; json: string | Uint8Array } | Failure;
  export: { text: string };
  backup: { text: string };
}

function parseJsonBytes(bytes: Uint8Array): { ok: true; json: unknown } | Unreadable {
  try {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return { ok: false, message: 'the body is not valid JSON', issues: [] };
  }
}

/** A parsed backup checked as the import checks it: its size, its digest, its content. */
function readBackupJson(json: unknown): HeavyResults['read-backup'] {
  const big = tooBig(json);
  if (big) return big;
  const r = readBackup(json, sha256Hex);
  return r.ok ? r : { ok: false, message: r.message, issues: capIssues(r.issues) };
}

function readBackupBytes(bytes: Uint8Array): HeavyResults['read-backup'] {
  const parsed = parseJsonBytes(bytes);
  return parsed.ok ? readBackupJson(parsed.json) : parsed;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The body of POST …/history: a backup file (read as the import reads it, then paired with
 * this event's people here, so that only the pairs travel back) or a list of earlier events.
 */
function readHistoryBytes(bytes: Uint8Array, here: HerePeople, eventId: string): HeavyResults['read-history'] {
  const parsed = parseJsonBytes(bytes);
  if (!parsed.ok) return parsed;
  const json = parsed.json;
  if (isObject(json) && !('format' in json) && 'events' in json) {
    const r = readBody(historyEventsBodySchema, json);
    return r.ok ? { ok: true, form: 'events', events: r.data.events } : { ...r, issues: capIssues(r.issues) };
  }
  const r = readBackupJson(json);
  // The import's messages end "nothing was created"; here nothing is created but pairs.
  if (!r.ok) return { ...r, message: r.message.replace(/(n)othing was created/gi, '$1othing was added') };
  if (r.backup.event.id === eventId) {
    const message = 'This is the backup of this event itself, not of an earlier one; nothing was added.';
    return { ok: false, message, issues: [{ path: 'event.id', message: 'is this event' }] };
  }
  return { ok: true, form: 'backup', match: metBeforeFrom(r.backup.event, here) };
}

/** A people list the route has already measured against PEOPLE_CAPS (it must, before the clone). */
function readPeopleJson(body: unknown): HeavyResults['read-people-json'] {
  const r = readBody(addPeopleSchema, body);
  return r.ok ? { ok: true, people: r.data } : { ok: false, message: r.message, issues: capIssues(r.issues) };
}

/** Run one task (the worker's entry calls this; tests may call it directly). */
export function runHeavyTask<K extends HeavyTask['kind']>(task: Extract<HeavyTask, { kind: K }>): HeavyResults[K];
export function runHeavyTask(task: HeavyTask): HeavyResults[HeavyTask['kind']] {
  switch (task.kind) {
    case 'read-backup':
      return readBackupBytes(task.bytes);
    case 'read-history':
      return readHistoryBytes(task.bytes, task.here, task.eventId);
    case 'read-people-json':
      return readPeopleJson(task.body);
    case 'read-people-csv':
      return readPeopleCsvText(task.text);
    case 'rehearse': {
      const calls: PlannerCall[] = [];
      apply(task.state, task.command, task.now, envFor(task.state, task.envSeed, recordingPlanner(calls)));
      return { calls };
    }
    case 'preview': {
      const digest = (text: string) => sha256Base64url(text).slice(0, 22);
      const r = propose(advanceEvent(task.state, task.now), task.opts, digest);
      return r.ok ? { ok: true, json: JSON.stringify(r.value.preview satisfies Preview) } : r;
    }
    case 'export':
      return { text: exportText(task.state, task.file) };
    case 'backup': {
      const file = backupOf(task.state, task.history, task.now, { feedback: task.feedback ?? false });
      return { text: `${JSON.stringify(file, null, 2)}\n` };
    }
  }
}

function exportText(s: EventState, file: 'people.csv' | 'schedule.csv' | 'schedule.people.csv'): string {
  if (file === 'people.csv') return participantsCsvOf(s);
  if (!s.schedule) return '';
  return scheduleCsvOf(s, s.schedule, file);
}

function readPeopleCsvText(text: string): HeavyResults['read-people-csv'] {
  const parsed = parseParticipantsCsv(text);
  if (!parsed.ok) {
    const n = parsed.issues.length;
    return {
      ok: false,
      message: `the CSV has ${n} problem${n === 1 ? '' : 's'}; nothing was added`,
      issues: capIssues(parsed.issues),
    };
  }
  const raw = {
    mentors: parsed.mentors.map((m) => ({
      name: m.name,
      table: m.table || undefined,
      bio: m.bio || undefined,
      topics: m.topics,
      email: m.email || undefined,
      group: m.group || undefined,
      meetingUrl: m.meetingUrl || undefined,
      locale: m.locale,
    })),
    mentees: parsed.mentees.map((m) => ({
      name: m.name,
      questions: m.questions,
      wishes: m.wishes,
      avoid: m.avoid,
      email: m.email || undefined,
      group: m.group || undefined,
      priority: m.priority || undefined,
      table: m.table || undefined,
      locale: m.locale,
    })),
    // Peer rows (issue 17): only when the file has some, so other imports send what they did.
    ...(parsed.peers
      ? {
          peers: parsed.peers.map((p) => ({
            name: p.name,
            wishes: p.wishes,
            avoid: p.avoid,
            email: p.email || undefined,
          })),
        }
      : {}),
  };
  const lines = {
    mentors: parsed.mentors.map((m) => m.line),
    mentees: parsed.mentees.map((m) => m.line),
    peers: (parsed.peers ?? []).map((p) => p.line),
  };
  const r = addPeopleSchema.safeParse(raw);
  if (r.success) return { ok: true, people: r.data, lines };
  const issues = r.error.issues.map((i): Issue => {
    const [kind, index, ...field] = i.path.map(String);
    const line = lines[kind as keyof typeof lines]?.[Number(index)];
    return {
      path: line === undefined ? i.path.join('.') || '(root)' : `line ${line}`,
      message: `${field.join('.') || 'row'}: ${i.message}`,
    };
  });
  return { ok: false, message: 'the CSV has problems; nothing was added', issues: capIssues(issues) };
}
