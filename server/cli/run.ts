import { readBackup } from '../../shared/backup';
import { formatCsvIssues, parseParticipantsCsv, scheduleToCsv, toPlanInput, type PlanPeople } from '../../shared/csv';
import type { ParsedParticipants } from '../../shared/csv';
import { metBeforeFrom, type HistoryMatch } from '../../shared/event/rules/history';
import { formatQuality, isMovingSchedule, plan, PlanError, quality, type PlanOptions } from '../../shared/planner';
import { movingQuality } from '../../shared/planner/moving';
import { movingQualityLines } from '../../shared/planner/moving-quality-lines';
import { sha256Hex } from '../hashing';
import type { Schedule } from '../../shared/schemas/schedule';
import { parseCommand, USAGE, UsageError, type Command } from './args';
import { formatScheduleText } from './text-matrix';
import { peerPlanCommand } from './peer-plan';

/** What a run prints and how it exits; stdout stays empty whenever the code is not 0. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Reads the bytes of a file, or of standard input for `-`. */
export type ReadInput = (file: string) => Promise<Uint8Array>;

/** Run `tablehop` with its arguments. Bad input exits 2 with the reason on stderr. */
export async function runCli(argv: string[], readInput: ReadInput): Promise<CliResult> {
  try {
    const command = parseCommand(argv);
    if (command.kind === 'help') return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
    return { code: 0, stdout: await planCommand(command, readInput), stderr: '' };
  } catch (e) {
    if (e instanceof UsageError) {
      const hint = e instanceof InputError ? '' : '\nRun tablehop --help for usage.';
      return { code: 2, stdout: '', stderr: `tablehop: ${e.message}${hint}\n` };
    }
    if (e instanceof PlanError) return { code: 2, stdout: '', stderr: `tablehop: cannot plan: ${e.message}\n` };
    throw e;
  }
}

/** A problem with the input file (not the command line): no usage hint. */
class InputError extends UsageError {}

async function planCommand(command: Extract<Command, { kind: 'plan' }>, readInput: ReadInput): Promise<string> {
  const label = command.file === '-' ? 'standard input' : command.file;
  const parsed = parseParticipantsCsv(await readText(command.file, label, readInput));
  if (!parsed.ok) {
    const n = parsed.issues.length;
    throw new InputError(`${label} has ${n} problem${n === 1 ? '' : 's'}:\n${formatCsvIssues(parsed.issues)}`);
  }
  if (command.pairing === 'peer') return peerPlanCommand(command, parsed, label);
  if (parsed.peers) throw new InputError(`${label} has peers (role peer): plan them with --pairing peer`);
  if (parsed.mentors.length === 0) throw new InputError(`${label} has no mentors (rows with role mentor)`);
  const { mentors, mentees } = toPlanInput(parsed);
  const history = await readHistory(command.history, parsed, { mentors, mentees }, readInput);
  const settings = {
    rounds: command.rounds ?? mentors.length,
    tableCapacity: command.capacity,
    ...(command.moving ? { moving: command.moving } : {}),
  };
  const opts: PlanOptions = command.seed === undefined ? {} : { seed: command.seed };
  if (history && history.pairs.length > 0) opts.metBefore = history.pairs;
  const schedule = plan(settings, mentors, mentees, opts);
  switch (command.format) {
    case 'json':
      return `${JSON.stringify(schedule, null, 2)}\n`;
    case 'csv':
      return scheduleToCsv(schedule, { newline: '\n' });
    case 'text': {
      const input = { settings, mentors, mentees };
      const lines = isMovingSchedule(schedule)
        ? movingQualityLines(movingQuality(schedule, input))
        : formatQuality(quality(schedule, input, { metBefore: opts.metBefore }));
      return textReport(schedule, history ? [...lines, ...historyLines(history, command.history.length)] : lines);
    }
  }
}

function textReport(schedule: Schedule, qualityLines: string[]): string {
  return `${[...formatScheduleText(schedule), '', ...qualityLines].join('\n')}\n`;
}

/**
 * The pairs met at the earlier events of `--history`, by the ids `toPlanInput` gave (matched by
 * e-mail, else by name: shared/event/rules/history.ts). Each file is read as the server's
 * import reads a backup: its checksum must match. Null without `--history`.
 */
async function readHistory(
  files: string[],
  parsed: ParsedParticipants,
  ids: PlanPeople,
  readInput: ReadInput,
): Promise<HistoryMatch | null> {
  if (files.length === 0) return null;
  const events = [];
  for (const file of files) {
    const label = file === '-' ? 'standard input' : file;
    let json: unknown;
    try {
      json = JSON.parse(await readText(file, label, readInput));
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(`--history ${label} is not JSON (expected a Tablehop event backup)`);
    }
    const read = readBackup(json, sha256Hex);
    if (!read.ok) {
      const message = read.message.replace(/(n)othing was created/gi, '$1othing was planned');
      const issues = read.issues.length > 0 ? `\n${formatCsvIssues(read.issues.slice(0, 20))}` : '';
      throw new InputError(`--history ${label}: ${message}${issues}`);
    }
    events.push(read.backup.event);
  }
  const person = (p: { name: string; email?: string }, id: string) => ({ id, name: p.name, email: p.email });
  return metBeforeFrom(events, {
    mentors: parsed.mentors.map((m, i) => person(m, ids.mentors[i]!.id)),
    mentees: parsed.mentees.map((m, i) => person(m, ids.mentees[i]!.id)),
  });
}

/** What the text report adds of the history: who of this file was found there, and who of theirs is not here. */
function historyLines(h: HistoryMatch, files: number): string[] {
  const n = (k: number, one: string) => `${k} ${one}${k === 1 ? '' : 's'}`;
  const lines = [
    `  Earlier events: ${n(files, 'backup')}, ${n(h.pairs.length, 'pair')} met there; ` +
      `${n(h.matched.mentors, 'mentor')} and ${n(h.matched.mentees, 'mentee')} of this file found there`,
  ];
  const missing = [...h.unmatched.mentors, ...h.unmatched.mentees];
  if (missing.length > 0) lines.push(`  Not in this file: ${missing.join(', ')}`);
  return lines;
}

async function readText(file: string, label: string, readInput: ReadInput): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readInput(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (e as Error).message;
    throw new InputError(`cannot read ${label}: ${why}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${label} is not UTF-8 text (save it as "CSV UTF-8")`);
  }
}
