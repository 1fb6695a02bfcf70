import { describe, expect, it } from 'vitest';
import { formatCsvIssues, parseParticipantsCsv } from '../../../../shared/csv';
import type { Issue } from '../../../../shared/schemas/errors';

/** The problems of a refused file, as `line N: message` lines. */
function problems(text: string): string[] {
  const r = parseParticipantsCsv(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return formatCsvIssues(r.issues).split('\n');
}

const HEAD = 'role,name,table,bio,topics,questions,wishes,avoid,email';

describe('parseParticipantsCsv: problems', () => {
  it.each<[string, string, RegExp]>([
    ['an empty file', '', /^line 1: the file is empty/],
    ['a file of blank lines', '\n \n\r\n', /^line 1: the file is empty/],
    ['missing role and name columns', 'who,what\nmentor,Ann', /^line 1: missing required columns "role" and "name"/],
    ['missing name column', 'role,table\nmentor,T1', /^line 1: missing required column "name"/],
    [
      'an unknown column, with a suggestion',
      'role,name,wishs\nmentee,Bo,Ann',
      /^line 1: unknown column "wishs" \(did you mean "wishes"\?\)/,
    ],
    [
      'an unknown column, no suggestion close',
      'role,name,shoe size\nmentee,Bo,42',
      /^line 1: unknown column "shoe size"; the columns are role, name/,
    ],
    ['a column given twice', 'role,name,Name\nmentee,Bo,Bob', /^line 1: column "name" appears twice/],
    [
      'semicolon-separated file',
      'role;name\nmentor;Ann',
      /^line 1: missing required columns .*\nline 1: unknown column "role;name"; columns must be separated by commas$/,
    ],
    ['an unknown role', `${HEAD}\ncaptain,Ann`, /^line 2: role: "captain" is not a role \(write mentor or mentee\)$/],
    ['a role with a typo', `${HEAD}\nmentr,Ann`, /^line 2: role: "mentr" is not a role — did you mean mentor\?$/],
    [
      'a role as close to both',
      `${HEAD}\nmentoe,Ann`,
      /^line 2: role: "mentoe" is not a role \(write mentor or mentee\)$/,
    ],
    ['a missing role', `${HEAD}\n,Ann`, /^line 2: role: missing/],
    ['a mentor with no name', `${HEAD}\nmentor,  `, /^line 2: name: must not be empty$/],
    ['a mentee with no name', `${HEAD}\nmentee,`, /^line 2: name: must not be empty$/],
    ['a duplicate mentor', `${HEAD}\nmentor,Ann\nmentor, ann `, /^line 3: name: "ann" is already a mentor on line 2$/],
    [
      'a duplicate mentee',
      `${HEAD}\nmentee,Zoë\nmentor,X\nmentee,ZOË`,
      /^line 4: name: "ZOË" is already a mentee on line 2$/,
    ],
    [
      'a duplicate table',
      `${HEAD}\nmentor,Ann,T1\nmentor,Cy,t1`,
      /^line 3: table: "t1" is already the table of "Ann" on line 2$/,
    ],
    ['a mentee with a bio', `${HEAD}\nmentee,Bo,,Hi`, /^line 2: bio: only mentors have a bio; this row is a mentee$/],
    [
      'a mentee with topics',
      `${HEAD}\nmentee,Bo,,,ux`,
      /^line 2: topics: only mentors have topics; this row is a mentee$/,
    ],
    [
      'a mentor with questions',
      `${HEAD}\nmentor,Ann,,,,Q?`,
      /^line 2: questions: only mentees have questions; this row is a mentor$/,
    ],
    [
      'a mentor with wishes',
      `${HEAD}\nmentor,Ann,,,,,Cy\nmentor,Cy`,
      /^line 2: wishes: only mentees have wishes; this row is a mentor$/,
    ],
    [
      'a mentor with avoid',
      `${HEAD}\nmentor,Ann,,,,,,Cy\nmentor,Cy`,
      /^line 2: avoid: only mentees have an avoid list; this row is a mentor$/,
    ],
    ['a wish naming no mentor', `${HEAD}\nmentor,Ann\nmentee,Bo,,,,,Zed`, /^line 3: wishes: "Zed" names no mentor$/],
    [
      'a wish with a typo',
      `${HEAD}\nmentor,Ann\nmentee,Bo,,,,,Anne`,
      /^line 3: wishes: "Anne" names no mentor — did you mean "Ann"\?$/,
    ],
    [
      'an avoid naming a mentee',
      `${HEAD}\nmentor,Ann\nmentee,Bo\nmentee,Cy,,,,,,Bo`,
      /^line 4: avoid: "Bo" names no mentor \(that is a mentee\)$/,
    ],
    [
      'a mentor wished and avoided',
      `${HEAD}\nmentor,Ann\nmentee,Bo,,,,,Ann,ann`,
      /^line 3: avoid: "Ann" is also in wishes$/,
    ],
    ['more cells than the header', 'role,name\nmentor,Smith, Ann', /^line 2: has 3 cells but the header has 2 columns/],
    [
      'a cell under an unnamed column',
      'role,,name\nmentor,x,Ann',
      /^line 2: cell 2 \("x"\) is under a column with no name/,
    ],
    ['an unclosed quote', 'role,name\nmentor,Ann\nmentee,"Bo\nmentee,Cy', /^line 3: a quoted cell is never closed/],
    [
      'text after a closing quote',
      'role,name\nmentee,"Bo" Lee\nmentor,Ann',
      /^line 2: a quoted cell has text after its closing quote/,
    ],
    ['a name too long', `${HEAD}\nmentor,${'x'.repeat(121)}`, /^line 2: name: must be at most 120 characters$/],
    [
      'a table label too long',
      `${HEAD}\nmentor,Ann,${'T'.repeat(21)}`,
      /^line 2: table: must be at most 20 characters$/,
    ],
    [
      'a topic too long',
      `${HEAD}\nmentor,Ann,,,ux;${'t'.repeat(81)}`,
      /^line 2: topics item 2: must be at most 80 characters$/,
    ],
    [
      'a question too long',
      `${HEAD}\nmentee,Bo,,,,${'q'.repeat(501)}`,
      /^line 2: questions item 1: must be at most 500 characters$/,
    ],
    [
      'too many questions',
      `${HEAD}\nmentee,Bo,,,,"${Array.from({ length: 31 }, (_, i) => `q${i}`).join('|')}"`,
      /^line 2: questions: at most 30 items$/,
    ],
    ['a bio too long', `${HEAD}\nmentor,Ann,,${'b'.repeat(2001)}`, /^line 2: bio: must be at most 2000 characters$/],
  ])('%s', (_label, text, expected) => {
    expect(problems(text).join('\n')).toMatch(expected);
  });

  it('refuses a file with a missing required column without judging the rows', () => {
    expect(problems('name,wishes\nAnn,nobody\n,')).toEqual([
      'line 1: missing required column "role" in the header row',
    ]);
  });

  it('allows the same name once as a mentor and once as a mentee', () => {
    expect(parseParticipantsCsv('role,name\nmentor,Sam\nmentee,Sam').ok).toBe(true);
  });

  it('lists every problem at once, by line, at the line each record starts', () => {
    const text = [
      'role,name,wishs,table,wishes,avoid', // 1: unknown column
      'mentor,Ann,,T1,,', // 2
      'mentr,Bo,,,,', // 3: unknown role
      'mentor,,,,,', // 4: missing name
      'mentee,"Cy', // 5: (quoted newline: this record spans 5–6)
      'Lee",,T2,Nobody;Ann,ann', // 6: mentee with a seat (fine), unknown wish, wished and avoided
      'mentor,ann,,T1,,', // 7: duplicate name, duplicate table
      'mentor,Dee,,,,,extra', // 8: too many cells
      '', // 9
      'mentee,"Cy\nLee",,,,', // 10: duplicate mentee (spans 10–11)
    ].join('\r\n');
    expect(problems(text)).toEqual([
      'line 1: unknown column "wishs" (did you mean "wishes"?); ' +
        'the columns are role, name, table, topics, bio, questions, wishes, avoid, email, group, priority, ' +
        'meeting_url, locale',
      'line 3: role: "mentr" is not a role — did you mean mentor?',
      'line 4: name: must not be empty',
      'line 5: name: contains a line break or tab (U+000A); this field is a single line',
      'line 5: wishes: "Nobody" names no mentor',
      'line 5: avoid: "Ann" is also in wishes',
      'line 7: name: "ann" is already a mentor on line 2',
      'line 7: table: "T1" is already the table of "Ann" on line 2',
      'line 8: has 7 cells but the header has 6 columns (a comma that should be quoted?)',
      'line 10: name: contains a line break or tab (U+000A); this field is a single line',
      'line 10: name: "Cy Lee" is already a mentee on line 5',
    ]);
  });

  it('returns issues shaped like the API issues ({ path: "line N", message, code, params })', () => {
    const r = parseParticipantsCsv('role,name\nboss,Ann');
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          path: 'line 2',
          message: 'role: "boss" is not a role (write mentor or mentee)',
          code: 'csvRoleUnknown',
          params: { role: 'boss', field: 'role' },
        },
      ] satisfies Issue[],
    });
  });
});

describe('formatCsvIssues', () => {
  it('writes one `line N: message` line per issue', () => {
    expect(
      formatCsvIssues([
        { path: 'line 2', message: 'a' },
        { path: 'line 9', message: 'b' },
      ]),
    ).toBe('line 2: a\nline 9: b');
    expect(formatCsvIssues([])).toBe('');
  });
});
