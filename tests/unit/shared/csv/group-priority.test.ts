import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatCsvIssues, parseParticipantsCsv, participantsToCsv, toPlanInput } from '../../../../shared/csv';
import { apply, type ApplyEnv } from '../../../../shared/event/apply';
import { createEventState, type EventState } from '../../../../shared/event/state';
import { participantsCsvOf } from '../../../../shared/event/views/participants-csv';

/** The `group` and `priority` columns of the participants CSV (issue 18). */

const HEAD = 'role,name,wishes,group,priority';

function problems(text: string): string[] {
  const r = parseParticipantsCsv(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return formatCsvIssues(r.issues).split('\n');
}

const cells = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

describe('the group and priority columns', () => {
  it('reads a group on mentor and mentee rows and a whole-number priority on mentee rows', () => {
    const r = parseParticipantsCsv(
      [
        HEAD,
        'mentor,Ann,, ACME  Corp ,',
        'mentor,Gus,,,',
        'mentee,Bo,Ann,acme corp,2',
        'mentee,Cy,,,+3',
        'mentee,Di,,Uni,-1',
        'mentee,Eve,,,0',
        'mentee,Fay,,,',
        'mentee,Gil,,, 5 ',
      ].join('\n'),
    );
    if (!r.ok) throw new Error(formatCsvIssues(r.issues));
    // Trimmed and normalised like a name; an empty cell leaves the field out.
    expect(r.mentors.map((m) => m.group)).toEqual(['ACME Corp', undefined]);
    expect(r.mentors[1]).not.toHaveProperty('group');
    expect(r.mentees.map((m) => [m.name, m.group, m.priority])).toEqual([
      ['Bo', 'acme corp', 2],
      ['Cy', undefined, 3],
      ['Di', 'Uni', -1],
      ['Eve', undefined, undefined],
      ['Fay', undefined, undefined],
      ['Gil', undefined, 5],
    ]);
    // 0 is the default: left out, as the stored mentee leaves it out.
    expect(r.mentees[3]).not.toHaveProperty('priority');
  });

  it.each<[string, string, string]>([
    ['a word', 'high', 'line 3: priority: "high" is not a whole number (write e.g. 0, 1 or 2; higher goes first)'],
    ['a fraction', '1.5', 'line 3: priority: "1.5" is not a whole number (write e.g. 0, 1 or 2; higher goes first)'],
    ['an exponent', '1e2', 'line 3: priority: "1e2" is not a whole number (write e.g. 0, 1 or 2; higher goes first)'],
    ['too high', '1001', 'line 3: priority: must be at most 1000'],
    ['too low', '-5000', 'line 3: priority: must be at least -1000'],
  ])('refuses a priority that is %s, naming the line and the column', (_what, value, message) => {
    expect(problems(`${HEAD}\nmentor,Ann,,,\nmentee,Bo,Ann,,${value}\n`)).toEqual([message]);
  });

  it('refuses a priority on a mentor row: only mentees have one', () => {
    expect(problems(`${HEAD}\nmentor,Ann,,,1\nmentee,Bo,,,`)).toEqual([
      'line 2: priority: only mentees have a priority; this row is a mentor',
    ]);
  });

  it('refuses a group that is too long, on either role', () => {
    const long = 'x'.repeat(81);
    expect(problems(`${HEAD}\nmentor,Ann,,${long},\nmentee,Bo,,${long},`)).toEqual([
      'line 2: group: must be at most 80 characters',
      'line 3: group: must be at most 80 characters',
    ]);
  });

  it('lists every bad priority of a file at once, each at its own line', () => {
    const text = [HEAD, 'mentee,Bo,,,x', 'mentee,Cy,,,1', 'mentee,Di,,,2.0'].join('\r\n');
    expect(problems(text).map((p) => p.slice(0, 17))).toEqual(['line 2: priority:', 'line 4: priority:']);
  });

  it('passes groups (compared like names) and priorities to the planner', () => {
    const r = parseParticipantsCsv(`${HEAD}\nmentor,Ann,,ACME,\nmentor,Gus,,,\nmentee,Bo,Ann,Acme,2\nmentee,Cy,,,\n`);
    if (!r.ok) throw new Error(formatCsvIssues(r.issues));
    const input = toPlanInput(r);
    expect(input.mentors).toEqual([
      { id: 'm1', name: 'Ann', table: 'T1', group: 'acme' },
      { id: 'm2', name: 'Gus', table: 'T2' },
    ]);
    expect(input.mentees).toEqual([
      { id: 'e1', name: 'Bo', wishes: ['m1'], avoid: [], group: 'acme', priority: 2 },
      { id: 'e2', name: 'Cy', wishes: [], avoid: [] },
    ]);
  });
});

describe('writing group and priority', () => {
  const mentors = [
    { name: 'Ann', table: 'T1', group: 'ACME' },
    { name: 'Gus', table: 'T2' },
  ];
  const mentees = [
    { name: 'Bo', wishes: ['Ann'], group: 'Uni', priority: 2 },
    { name: 'Cy', priority: -3 },
    { name: 'Di', priority: 0 },
  ];

  it('writes them as the last two columns; a priority of 0 stays empty, a negative one is not neutralised', () => {
    expect(cells(participantsToCsv(mentors, mentees))).toEqual([
      ['role', 'name', 'table', 'topics', 'bio', 'questions', 'wishes', 'avoid', 'email', 'group', 'priority'],
      ['mentor', 'Ann', 'T1', '', '', '', '', '', '', 'ACME', ''],
      ['mentor', 'Gus', 'T2', '', '', '', '', '', '', '', ''],
      ['mentee', 'Bo', '', '', '', '', 'Ann', '', '', 'Uni', '2'],
      ['mentee', 'Cy', '', '', '', '', '', '', '', '', '-3'],
      ['mentee', 'Di', '', '', '', '', '', '', '', '', ''],
    ]);
  });

  it('reads back what it wrote', () => {
    const r = parseParticipantsCsv(participantsToCsv(mentors, mentees, { attendance: true }));
    if (!r.ok) throw new Error(formatCsvIssues(r.issues));
    expect(r.mentors.map((m) => m.group)).toEqual(['ACME', undefined]);
    expect(r.mentees.map((m) => [m.group, m.priority])).toEqual([
      ['Uni', 2],
      [undefined, -3],
      [undefined, undefined],
    ]);
  });
});

describe('people.csv of an event: an export re-imports', () => {
  let n = 0;
  const env: ApplyEnv = { newId: () => `p${++n}`, newSeed: () => 1, digest: (t) => `d${t.length}` };

  function withPeople(state: EventState, csv: string): EventState {
    const r = parseParticipantsCsv(csv);
    if (!r.ok) throw new Error(formatCsvIssues(r.issues));
    const people = {
      mentors: r.mentors.map(({ line: _l, ...m }) => m),
      mentees: r.mentees.map(({ line: _l, ...m }) => m),
    };
    const out = apply(state, { type: 'people.add', people }, 0, env);
    if (!out.ok) throw new Error(out.error.message);
    return out.state!;
  }

  it('keeps every group and priority through export and import into another event', () => {
    const first = withPeople(
      createEventState('a', { name: 'A', roundSeconds: 60, changeoverSeconds: 10, tableCapacity: 2, breaks: [] }, 0, 1),
      `${HEAD}\nmentor,Ann,,ACME,\nmentor,Gus,,,\nmentee,Bo,Ann,Uni,2\nmentee,Cy,,ACME,-1\nmentee,Di,,,\n`,
    );
    expect(first.mentees.map((m) => [m.name, m.group, m.priority])).toEqual([
      ['Bo', 'Uni', 2],
      ['Cy', 'ACME', -1],
      ['Di', undefined, undefined],
    ]);
    const csv = participantsCsvOf(first);
    expect(cells(csv)[0]!.slice(-3)).toEqual(['attendance', 'group', 'priority']);
    const second = withPeople(
      createEventState('b', { name: 'B', roundSeconds: 60, changeoverSeconds: 10, tableCapacity: 2, breaks: [] }, 0, 1),
      csv,
    );
    const strip = (s: EventState) => ({
      mentors: s.mentors.map(({ id: _i, ...m }) => m),
      mentees: s.mentees.map(({ id: _i, wishes, ...m }) => ({ ...m, wishes: wishes.length })),
    });
    expect(strip(second)).toEqual(strip(first));
    expect(participantsCsvOf(second)).toBe(csv);
  });
});
