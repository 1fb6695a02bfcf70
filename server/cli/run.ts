import { formatCsvIssues, parseParticipantsCsv, scheduleToCsv, toPlanInput } from '../../shared/csv';
import { formatQuality, plan, PlanError, quality } from '../../shared/planner';
import type { Schedule } from '../../shared/schemas/schedule';
import { parseCommand, USAGE, UsageError, type Command } from './args';
import { formatScheduleText } from './text-matrix';

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
  if (parsed.mentors.length === 0) throw new InputError(`${label} has no mentors (rows with role mentor)`);
  const { mentors, mentees } = toPlanInput(parsed);
  const settings = { rounds: command.rounds ?? mentors.length, tableCapacity: command.capacity };
  const schedule = plan(settings, mentors, mentees, command.seed === undefined ? {} : { seed: command.seed });
  switch (command.format) {
    case 'json':
      return `${JSON.stringify(schedule, null, 2)}\n`;
    case 'csv':
      return scheduleToCsv(schedule, { newline: '\n' });
    case 'text':
      return textReport(schedule, formatQuality(quality(schedule, { settings, mentors, mentees })));
  }
}

function textReport(schedule: Schedule, qualityLines: string[]): string {
  return `${[...formatScheduleText(schedule), '', ...qualityLines].join('\n')}\n`;
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
