import { parseArgs } from 'node:util';

/** A problem with what the user typed or gave us: reported on stderr with exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Output formats of `tablehop plan`. */
export const FORMATS = ['text', 'csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** What the command line asks for. */
export type Command =
  | { kind: 'help' }
  | {
      kind: 'plan';
      file: string;
      rounds?: number;
      capacity: number;
      seed?: number | string;
      format: Format;
      /** Backup files of earlier events, in the order given (`--history` once per file). */
      history: string[];
      /** Who moves between rounds (issue 17); left out: mentees. */
      moving?: Moving;
      /** Who meets whom (issue 17); left out: mentors and mentees. */
      pairing?: 'peer';
    };

/** Values of `--moving`. */
export const MOVINGS = ['mentees', 'mentors'] as const;
export type Moving = (typeof MOVINGS)[number];

/** Values of `--pairing`. */
export const PAIRINGS = ['mentor-mentee', 'peer'] as const;

export const USAGE = `Usage: tablehop plan <people.csv> [options]

Plan the table rotation of a speed-mentoring event from a participants CSV
(give - as the file to read the CSV from standard input).

Options:
  --rounds N      number of rounds, 1-200 (default: the number of mentors)
  --capacity K    mentees per table in a round, 1-50 (default: 1)
  --seed S        seed for a reproducible plan (a number or any text)
  --format F      text (default), csv (the printable sheet) or json (the schedule)
  --moving W      who moves between rounds: mentees (default: they walk to the
                  mentors' tables) or mentors (mentees stay seated in groups of
                  --capacity, a mentee row's table fixes their seat; in json
                  each rounds[].tables[] entry then says the table it is at)
  --pairing P     who meets whom: mentor-mentee (default) or peer (rows of role
                  peer meet each other at tables of --capacity, at least 2;
                  rounds default to enough for everyone to meet everyone; in
                  json each rounds[].tables[] entry adds peerIds and table)
  --history B     a backup file of an earlier event (Download a backup in the
                  console): who met there is planned as already met; people
                  are matched by email, else by name. Repeat for more files.
  -h, --help      show this help

The CSV has a header row; columns (any order and case): role (mentor, mentee or peer),
name, table (a mentor's; default T1, T2, ...; on a mentee row, their seat
when mentors move), topics, bio (mentor), questions
(mentee, separated by |), wishes and avoid (mentee; mentor names separated
by ;), email, group (a company or team: kept apart, never meets a mentor of
their own) and priority (mentee; a whole number, higher is served first).

Exit status: 0 when planned, 2 for bad input (the problems go to stderr).`;

const CONFIG = {
  allowPositionals: true,
  strict: true,
  options: {
    rounds: { type: 'string' },
    capacity: { type: 'string' },
    seed: { type: 'string' },
    format: { type: 'string', short: 'f' },
    history: { type: 'string', multiple: true },
    moving: { type: 'string' },
    pairing: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
} as const;

/** Read the command line (without `node` and the script). Throws UsageError. */
export function parseCommand(argv: string[]): Command {
  let parsed: ReturnType<typeof parseArgs<typeof CONFIG>>;
  try {
    parsed = parseArgs({ ...CONFIG, args: argv });
  } catch (e) {
    // Node's message goes on to explain `--` for positionals, which reads as noise here.
    const message = (e as Error).message;
    throw new UsageError(
      (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? message.split('. ')[0]! : message,
    );
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [command, file, ...rest] = positionals;
  if (command === undefined) throw new UsageError('no command given (try: tablehop plan people.csv)');
  if (command !== 'plan') throw new UsageError(`unknown command ${JSON.stringify(command)} (the command is plan)`);
  if (file === undefined) throw new UsageError('plan needs a participants CSV file (tablehop plan people.csv)');
  if (rest.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(rest[0])} (plan takes one file)`);
  const format = values.format ?? 'text';
  if (!isFormat(format)) throw new UsageError(`--format must be text, csv or json (got ${JSON.stringify(format)})`);
  const moving = values.moving;
  if (moving !== undefined && !(MOVINGS as readonly string[]).includes(moving))
    throw new UsageError(`--moving must be mentees or mentors (got ${JSON.stringify(moving)})`);
  const pairing = values.pairing;
  if (pairing !== undefined && !(PAIRINGS as readonly string[]).includes(pairing))
    throw new UsageError(`--pairing must be mentor-mentee or peer (got ${JSON.stringify(pairing)})`);
  return {
    kind: 'plan',
    file,
    format,
    capacity: values.capacity === undefined ? 1 : wholeNumber('--capacity', values.capacity, 50),
    history: historyFiles(values.history ?? []),
    ...(values.rounds === undefined ? {} : { rounds: wholeNumber('--rounds', values.rounds, 200) }),
    ...(values.seed === undefined ? {} : { seed: seedValue(values.seed) }),
    // Only mentors is told: mentees moving is the plan as it always was.
    ...(moving === 'mentors' ? { moving: 'mentors' as const } : {}),
    ...(pairing === 'peer' ? { pairing: 'peer' as const } : {}),
  };
}

function isFormat(f: string): f is Format {
  return (FORMATS as readonly string[]).includes(f);
}

function wholeNumber(flag: string, text: string, max: number): number {
  const n = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > max) {
    throw new UsageError(`${flag} must be a whole number from 1 to ${max} (got ${JSON.stringify(text)})`);
  }
  return n;
}

/** `--seed 42` is the number 42 (as in the API); anything else is a text seed. */
function seedValue(text: string): number | string {
  if (text === '') throw new UsageError('--seed must not be empty');
  return /^-?\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : text;
}

/** `--history` once per file: a file name may hold a comma, so one value is one file. */
function historyFiles(files: string[]): string[] {
  if (files.some((f) => f === '')) throw new UsageError('--history needs a backup file');
  return files;
}
