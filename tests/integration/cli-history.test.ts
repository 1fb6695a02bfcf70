import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apply, type ApplyEnv } from '../../shared/event/apply';
import { eventCommandSchema } from '../../shared/event/commands';
import { createEventState, type EventState } from '../../shared/event/state';
import type { PlanOptions } from '../../shared/planner';
import { backupOf } from '../../server/events/backup';
import { runCli } from '../../server/cli/run';

/** `tablehop plan --history backup.json` (issue 18): pairs met at earlier events reach the planner. */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'scripts', 'tablehop.mjs');
const T = Date.UTC(2030, 0, 1);

function tablehop(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end('');
  });
}

/** This file: Ann's e-mail under another name (m1), Gus by name (m2); Bo's e-mail as Robert (e1), Cy (e2), Eve (e3). */
const PEOPLE = [
  'role,name,email',
  'mentor,Annie Lee,ann@EXAMPLE.org',
  'mentor,gus,',
  'mentee,Robert,Bo@example.org',
  'mentee,Cy,',
  'mentee,Eve,',
].join('\n');

/** An earlier event as its backup: Ann Lee, Gus; Bo, Cy, Dee; planned, never started (every round counts). */
function earlierEvent(seed: number): EventState {
  let n = 0;
  const env: ApplyEnv = { newId: () => `old${++n}`, newSeed: () => seed, digest: (t) => `d${t.length}` };
  const run = (s: EventState | null, input: unknown) => {
    const r = apply(s, eventCommandSchema.parse(input), T, env);
    if (!r.ok) throw new Error(r.error.message);
    return r.state!;
  };
  const base = createEventState(
    `earlier-${seed}`,
    { name: 'Earlier', roundSeconds: 600, changeoverSeconds: 60, rounds: 2, tableCapacity: 1, breaks: [] },
    T,
    seed,
  );
  const people = run(base, {
    type: 'people.add',
    people: {
      mentors: [{ name: 'Ann Lee', email: 'ann@example.org' }, { name: 'Gus' }],
      mentees: [{ name: 'Bo', email: 'bo@example.org' }, { name: 'Cy' }, { name: 'Dee' }],
    },
  });
  return run(people, { type: 'schedule.plan', seed });
}

/** The earlier event's pairs by this file's ids (m1, m2, e1, e2), each once. */
function pairsByFileIds(s: EventState): string[] {
  const ids: Record<string, string> = { 'Ann Lee': 'm1', Gus: 'm2', Bo: 'e1', Cy: 'e2' };
  const name = new Map([...s.mentors, ...s.mentees].map((p) => [p.id, p.name]));
  const out: string[] = [];
  for (const r of s.schedule!.rounds)
    for (const t of r.tables)
      for (const e of t.menteeIds) {
        const [mentee, mentor] = [ids[name.get(e)!], ids[name.get(t.mentorId)!]];
        if (mentee && mentor && !out.includes(`${mentee}-${mentor}`)) out.push(`${mentee}-${mentor}`);
      }
  return out;
}

let dir: string;
let people: string;
let first: EventState;
let second: EventState;
let files: { first: string; second: string; tampered: string; notJson: string };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tablehop-cli-history-'));
  people = join(dir, 'people.csv');
  await writeFile(people, PEOPLE);
  first = earlierEvent(3);
  second = earlierEvent(4);
  const text = (s: EventState) => `${JSON.stringify(backupOf(s, [], T), null, 2)}\n`;
  files = {
    first: join(dir, 'first, 2029.json'), // a comma in the name: one --history is one file
    second: join(dir, 'second.json'),
    tampered: join(dir, 'tampered.json'),
    notJson: join(dir, 'not.json'),
  };
  await writeFile(files.first, text(first));
  await writeFile(files.second, text(second));
  await writeFile(files.tampered, text(first).replace('"Dee"', '"Dora"'));
  await writeFile(files.notJson, '{ nope');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('tablehop plan --history', () => {
  it('passes the pairs met at every earlier event to the planner, matched by e-mail, else by name', async () => {
    let seen: PlanOptions | undefined;
    vi.resetModules();
    vi.doMock('../../shared/planner', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../shared/planner')>();
      return {
        ...real,
        plan: (...args: Parameters<typeof real.plan>) => {
          seen = args[3];
          return real.plan(...args);
        },
      };
    });
    try {
      const { runCli: mockedRun } = await import('../../server/cli/run');
      const args = ['plan', people, '--history', files.first, '--history', files.second, '--format', 'json'];
      const r = await mockedRun(args, (file) => readFile(file));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const want = [...new Set([...pairsByFileIds(first), ...pairsByFileIds(second)])];
      expect(want.length).toBeGreaterThan(0);
      expect(seen?.metBefore?.map((p) => `${p.menteeId}-${p.mentorId}`)).toEqual(want);
      // Without --history the planner gets none.
      await mockedRun(['plan', people, '--format', 'json'], (file) => readFile(file));
      expect(seen?.metBefore).toBeUndefined();
    } finally {
      vi.doUnmock('../../shared/planner');
      vi.resetModules();
    }
  });

  it('the text report says what was found, and who of the earlier events is not in the file (real bin)', async () => {
    const r = await tablehop(['plan', people, '--history', files.first, '--history', files.second, '--seed', '1']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const pairs = new Set([...pairsByFileIds(first), ...pairsByFileIds(second)]).size;
    expect(r.stdout).toContain(
      `  Earlier events: 2 backups, ${pairs} pair${pairs === 1 ? '' : 's'} met there; ` +
        '2 mentors and 2 mentees of this file found there\n',
    );
    expect(r.stdout).toContain('  Not in this file: Dee\n');
    expect(r.stdout).toMatch(/ {2}Met at earlier events: \d+ meetings? again \(\d+ pairs? known\)/);
  });

  it.each<[string, () => string[], RegExp]>([
    [
      'a backup changed after it was downloaded',
      () => ['plan', people, '--history', files.tampered],
      /^tablehop: --history .*tampered\.json: This backup was changed or cut short .*Nothing was planned/,
    ],
    ['a file that is not JSON', () => ['plan', people, '--history', files.notJson], /not\.json is not JSON/],
    [
      'a missing file',
      () => ['plan', people, '--history', join(dir, 'nope.json')],
      /cannot read .*nope\.json: no such file/,
    ],
    ['an empty value', () => ['plan', people, '--history='], /--history needs a backup file/],
  ])('refuses %s: exit 2, nothing on stdout', async (_what, args, message) => {
    const r = await runCli(args(), (file) => readFile(file));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('--help documents the flag', async () => {
    const r = await runCli(['--help'], (file) => readFile(file));
    expect(r.stdout).toMatch(/--history B +a backup file of an earlier event/);
    expect(r.stdout).toMatch(/group \(a company or team/);
  });
});
