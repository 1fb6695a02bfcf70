import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { scheduleSchema, type Schedule } from '../../shared/schemas/schedule';
import { displayWidth } from '../../server/cli/display-width';
import { runCli } from '../../server/cli/run';
import { formatScheduleText } from '../../server/cli/text-matrix';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'scripts', 'tablehop.mjs');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the real bin in a child process (from the temp dir, so nothing depends on the cwd). */
function tablehop(args: string[], opts: { cwd?: string; stdin?: string | Buffer } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? dir,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}

const PEOPLE = [
  '\uFEFFRole,Name,Table,Topics,Wishes,Avoid,Questions',
  'mentor,Zoë,,ux;research,,,',
  'mentor,李雷,,backend,,,',
  'mentor,عمر,,data,,,',
  'mentor,"Lee, Ann",Garden,,,,',
  'mentee,Bo,,,"李雷;zoë",عمر,"How do I start?|Why, though?"',
  'mentee,"Cy ""the kid""",,,عمر,,',
  'mentee,Dee,,,,"Lee, Ann",',
  'mentee,Eve,,,"Lee, Ann",,',
  'mentee,Fay,,,,,',
  'mentee,Gus,,,Zoë;عمر,,',
].join('\r\n');

/** The avoid column of PEOPLE as (mentee, mentor) pairs: a hard rule of every plan. */
const AVOIDS = [
  ['Bo', 'عمر'],
  ['Dee', 'Lee, Ann'],
] as const;

let dir: string;
let people: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tablehop-cli-'));
  people = join(dir, 'people.csv');
  await writeFile(people, PEOPLE);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The hard rules of any schedule: each mentee once per round, each mentor once, capacity, avoid. */
function checkHardRules(schedule: Schedule, capacity: number): void {
  const mentors = new Set(schedule.mentors.map((m) => m.id));
  const mentees = schedule.mentees.map((m) => m.id).sort();
  for (const round of schedule.rounds) {
    const seated = round.tables.flatMap((t) => t.menteeIds);
    expect([...seated, ...round.byes].sort(), `round ${round.round}`).toEqual(mentees);
    const tableMentors = round.tables.map((t) => t.mentorId);
    expect(new Set(tableMentors).size).toBe(tableMentors.length);
    for (const t of round.tables) {
      expect(mentors.has(t.mentorId)).toBe(true);
      expect(t.menteeIds.length).toBeLessThanOrEqual(capacity);
      const mentor = schedule.mentors.find((m) => m.id === t.mentorId)!.name;
      const seatedNames = t.menteeIds.map((id) => schedule.mentees.find((m) => m.id === id)!.name);
      for (const [mentee, avoided] of AVOIDS) expect(mentor === avoided && seatedNames.includes(mentee)).toBe(false);
    }
  }
}

function planJson(stdout: string): Schedule {
  return scheduleSchema.parse(JSON.parse(stdout));
}

describe('tablehop plan (the real bin)', () => {
  it('--format json prints the schedule JSON and keeps the hard rules', async () => {
    const r = await tablehop(['plan', people, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const schedule = planJson(r.stdout);
    expect(r.stdout).toBe(`${JSON.stringify(schedule, null, 2)}\n`);
    expect(schedule.rounds).toHaveLength(4); // default: one round per mentor
    expect(schedule.mentors.map((m) => [m.name, m.table])).toEqual([
      ['Zoë', 'T1'],
      ['李雷', 'T2'],
      ['عمر', 'T3'],
      ['Lee, Ann', 'Garden'],
    ]);
    expect(schedule.mentees.map((m) => m.name)).toEqual(['Bo', 'Cy "the kid"', 'Dee', 'Eve', 'Fay', 'Gus']);
    checkHardRules(schedule, 1);
  });

  it('--rounds, --capacity and --seed reach the planner; the same seed gives the same plan', async () => {
    const args = ['plan', people, '--format=json', '--rounds', '3', '--capacity', '2', '--seed', '42'];
    const [a, b] = await Promise.all([tablehop(args), tablehop(args)]);
    expect(a.code).toBe(0);
    const schedule = planJson(a.stdout);
    expect(schedule.rounds).toHaveLength(3);
    checkHardRules(schedule, 2);
    expect(b.stdout).toBe(a.stdout);
  });

  it('--format csv prints the printable sheet', async () => {
    const [r, j] = await Promise.all([
      tablehop(['plan', people, '--format', 'csv', '--seed', 'party']),
      tablehop(['plan', people, '--format', 'json', '--seed', 'party']),
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const rows = Papa.parse<string[]>(r.stdout, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['Round', 'T1 — Zoë', 'T2 — 李雷', 'T3 — عمر', 'Garden — Lee, Ann', 'Byes']);
    expect(rows.slice(1).map((row) => row[0])).toEqual(['1', '2', '3', '4']);
    const json = planJson(j.stdout);
    const name = new Map(json.mentees.map((m) => [m.id, m.name]));
    json.rounds.forEach((round, i) => {
      expect(rows[i + 1]!.slice(1, 5)).toEqual(
        round.tables.map((t) => t.menteeIds.map((id) => name.get(id)).join(', ')),
      );
    });
  });

  it('--format text (the default) prints an aligned matrix and the quality figures', async () => {
    const r = await tablehop(['plan', people, '--seed', '7']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [matrix = '', quality = ''] = r.stdout.split('\n\n');
    const lines = matrix.split('\n');
    expect(lines[0]).toMatch(/^Round \| T1 +\| T2 +\| T3 +\| Garden +\| Byes$/);
    expect(lines[1]).toMatch(/^ +\| Zoë +\| 李雷 +\| عمر +\| Lee, Ann/);
    expect(lines).toHaveLength(2 + 1 + 4); // two header lines, a rule, four rounds
    const bars = lines.map((l) => [...l].flatMap((c, i) => (c === '|' ? [displayWidth(l.slice(0, i))] : [])));
    for (const b of bars.slice(2)) expect(b).toEqual(bars[0]!.slice(0, b.length));
    expect(quality.trim().length).toBeGreaterThan(0);
  });

  it('reads the CSV from standard input when the file is -', async () => {
    const r = await tablehop(['plan', '-', '--format', 'json'], { stdin: PEOPLE });
    expect(r.code).toBe(0);
    expect(planJson(r.stdout).mentors).toHaveLength(4);
  });

  it('works from another directory with a relative path', async () => {
    const r = await tablehop(['plan', 'people.csv', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
  });

  it('--help prints the usage', async () => {
    const [r, short] = await Promise.all([tablehop(['--help']), tablehop(['plan', '-h'])]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: tablehop plan <people.csv>/);
    expect(r.stdout).toMatch(/--rounds N[\s\S]*--capacity K[\s\S]*--seed S[\s\S]*--format F/);
    expect(short.stdout).toBe(r.stdout);
  });
});

const writeInput = async (name: string, content: string | Buffer) => {
  const file = join(dir, name);
  await writeFile(file, content);
  return file;
};

/** Bad inputs: the arguments, and what stderr must say. */
const BAD: Array<[string, () => Promise<string[]>, RegExp]> = [
  ['no command', async () => [], /no command given[\s\S]*--help/],
  ['an unknown command', async () => ['plot', people], /unknown command "plot"/],
  ['no file', async () => ['plan'], /plan needs a participants CSV file/],
  ['two files', async () => ['plan', people, people], /unexpected argument/],
  ['a missing file', async () => ['plan', join(dir, 'nope.csv')], /cannot read .*nope\.csv: no such file\n$/],
  ['a directory', async () => ['plan', dir], /cannot read .*: it is a directory/],
  [
    'an unknown flag',
    async () => ['plan', people, '--bogus'],
    /^tablehop: Unknown option '--bogus'\nRun tablehop --help for usage\.\n$/,
  ],
  ['a flag without its value', async () => ['plan', people, '--rounds'], /--rounds/],
  ['a bad format', async () => ['plan', people, '--format', 'xml'], /--format must be text, csv or json \(got "xml"\)/],
  [
    'rounds not a number',
    async () => ['plan', people, '--rounds', 'three'],
    /--rounds must be a whole number from 1 to 200 \(got "three"\)/,
  ],
  ['rounds zero', async () => ['plan', people, '--rounds', '0'], /--rounds must be a whole number from 1 to 200/],
  ['rounds fractional', async () => ['plan', people, '--rounds=2.5'], /--rounds must be a whole number/],
  [
    'capacity too big',
    async () => ['plan', people, '--capacity', '51'],
    /--capacity must be a whole number from 1 to 50 \(got "51"\)/,
  ],
  ['an empty seed', async () => ['plan', people, '--seed='], /--seed must not be empty/],
  [
    'a bad CSV (every problem, by line)',
    async () => [
      'plan',
      await writeInput('bad.csv', 'role,name,wishes\nmentor,Ann\nmentr,Bo\nmentee,"Cy\nLee",Nobody\nmentor,ann\n'),
    ],
    new RegExp(
      [
        /bad\.csv has 4 problems:/.source,
        /line 3: role: "mentr" is not a role — did you mean mentor\?/.source,
        /line 4: name: contains a line break or tab \(U\+000A\); this field is a single line/.source,
        /line 4: wishes: "Nobody" names no mentor/.source,
        /line 6: name: "ann" is already a mentor on line 2/.source,
        '$',
      ].join('\\n'),
    ),
  ],
  [
    'a CSV that is not UTF-8',
    async () => ['plan', await writeInput('latin1.csv', Buffer.from('role,name\nmentor,Zo\xeb\n', 'latin1'))],
    /latin1\.csv is not UTF-8 text/,
  ],
  [
    'a CSV with no mentors',
    async () => ['plan', await writeInput('nomentors.csv', 'role,name\nmentee,Bo\n')],
    /nomentors\.csv has no mentors/,
  ],
  [
    'an empty CSV',
    async () => ['plan', await writeInput('empty.csv', '')],
    /empty\.csv has 1 problem:\nline 1: the file is empty/,
  ],
];

function expectRefused(r: Run, message: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^tablehop: /);
  expect(r.stderr).toMatch(message);
}

describe('tablehop plan: bad input exits 2 with the reason on stderr and nothing on stdout', () => {
  // Every case in process (fast), a representative few through the real bin.
  it.each(BAD)('%s', async (_label, args, message) => {
    expectRefused(await runCli(await args(), (file) => readFile(file)), message);
  });

  const spawned = new Set([
    'an unknown flag',
    'rounds not a number',
    'a missing file',
    'a bad CSV (every problem, by line)',
    'a CSV that is not UTF-8',
  ]);
  it.each(BAD.filter(([label]) => spawned.has(label)))('%s (real bin)', async (_label, args, message) => {
    expectRefused(await tablehop(await args()), message);
  });

  it('a PlanError from the planner', async () => {
    vi.resetModules();
    vi.doMock('../../shared/planner', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../shared/planner')>();
      return {
        ...real,
        plan: () => {
          throw new real.PlanError('too many wishes');
        },
      };
    });
    try {
      const { runCli: mockedRun } = await import('../../server/cli/run');
      expectRefused(
        await mockedRun(['plan', people], (file) => readFile(file)),
        /^tablehop: cannot plan: too many wishes\n$/,
      );
    } finally {
      vi.doUnmock('../../shared/planner');
      vi.resetModules();
    }
  });
});

describe('text matrix (in process)', () => {
  it.each([
    ['Ann', 3],
    ['Zoë', 3],
    ['Zoe\u0308', 3],
    ['李雷', 4],
    ['عمر', 3],
    ['ｆｕｌｌ', 8],
    ['😀 ok', 5],
    ['👩‍💻', 2],
    ['', 0],
  ])('displayWidth(%j) is %i', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('puts one mentee per line when tables seat several, with a rule between rounds, byes on one line', () => {
    const lines = formatScheduleText({
      mentors: [{ id: 'm1', name: '李雷', table: 'T1' }],
      mentees: [
        { id: 'e1', name: 'Zoë' },
        { id: 'e2', name: 'Two\nLines' },
        { id: 'e3', name: 'Bo' },
      ],
      rounds: [
        { round: 1, tables: [{ mentorId: 'm1', menteeIds: ['e1', 'e2'] }], byes: ['e3'] },
        { round: 2, tables: [{ mentorId: 'm1', menteeIds: [] }], byes: ['e1', 'e2', 'e3'] },
      ],
    });
    expect(lines).toEqual([
      'Round | T1        | Byes',
      '      | 李雷      |',
      '------+-----------+-------------------',
      '1     | Zoë       | Bo',
      '      | Two Lines |',
      '------+-----------+-------------------',
      '2     | -         | Zoë, Two Lines, Bo',
    ]);
  });
});
