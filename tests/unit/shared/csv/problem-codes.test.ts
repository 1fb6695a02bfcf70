import { describe, expect, it } from 'vitest';
import { parseParticipantsCsv } from '../../../../shared/csv';
import type { Issue } from '../../../../shared/schemas/errors';
import { CSV_ISSUE_CODES, CSV_PLACE_PARAMS } from '../../../../shared/schemas/csv-issue-codes';
import { ISSUE_CODES } from '../../../../shared/schemas/issue-codes';

// Every problem the participants CSV reader finds carries a stable code and its params beside
// its English message (issue 19), so the console can say it in its own language.

const issuesOf = (text: string): Issue[] => {
  const r = parseParticipantsCsv(text);
  if (r.ok) throw new Error(`expected problems in ${JSON.stringify(text)}`);
  return r.issues;
};

/** Bad files between them making every problem the reader can find. */
const BAD_FILES: Record<string, string> = {
  empty: '',
  blank: ' \n , \n',
  unclosedQuote: 'role,name\nmentor,"Ann',
  textAfterQuote: 'role,name\nmentor,"Ann"x\n',
  missingRole: 'name,table\nAnn,T1',
  missingBoth: 'table\nT1',
  columnTwice: 'role,name,Name\nmentor,Ann,Ann',
  unknownColumn: 'role,name,shoe size\nmentor,Ann,42',
  unknownMeant: 'role,name,wishs,topik,shoe size\nmentor,Ann,,,',
  semicolons: 'role;name;table\nmentor;Ann;T1',
  roles: 'role,name\n,Ann\nmentr,Bo\nboss,"C\u0000y"',
  cells: 'role,name,\nmentor,Di,x,y\nmentor,Ed,stuff',
  otherRole: 'role,name,wishes,bio,priority\nmentor,Ann,Bo,,\nmentee,Bo,,A bio,\nmentee,Cy,,,first',
  zod: [
    'role,name,topics,meeting_url,locale,group,questions',
    `mentor,${'N'.repeat(121)},"ux;a\u202Eb",http://x.org,tlh,${'g'.repeat(81)},`,
    'mentee,   ,,,,,',
  ].join('\n'),
  duplicates: 'role,name,table\nmentor,Ann,T1\nmentor,ANN,T2\nmentor,Bo,t1\nmentee,Cy,\nmentee,C\u200By,',
  wishes: [
    'role,name,wishes,avoid',
    'mentor,Grace Hopper,,',
    'mentee,Sam,Grace Hoper;Nobody at all;Kim,Grace Hopper',
    'mentee,Kim,Grace Hopper,',
    'mentee,Lee,Grace Hopper,grace hopper',
  ].join('\n'),
  peers: [
    'role,name,wishes,avoid,questions,group',
    'peer,Ann,Bo;Ann,Bo,Why?,ACME',
    'peer,Bo,Anne;Zed,,,',
    'mentor,Grace,,,,',
  ].join('\n'),
};

const ALL = Object.entries(BAD_FILES).flatMap(([file, text]) => issuesOf(text).map((i) => ({ file, ...i })));
const CSV_CODES: Record<string, readonly string[]> = CSV_ISSUE_CODES;
const LISTED: Record<string, readonly string[]> = ISSUE_CODES;
const FIELD_FIRST = /^([a-z_]+)(?: item (\d+))?: /;

describe('the participants CSV problems carry codes (issue 19)', () => {
  it('every problem has a listed code, with exactly its listed params and where it is', () => {
    expect(ALL.length).toBeGreaterThan(35);
    for (const i of ALL) {
      const what = `${i.file} ${i.path}: ${i.message}`;
      expect(Object.keys(LISTED), what).toContain(i.code);
      const { field, item, ...own } = i.params ?? {};
      expect(Object.keys(own).sort(), what).toEqual([...LISTED[i.code!]!].sort());
      expect(
        Object.keys(i.params ?? {}).filter((p) => !(p in own)),
        what,
      ).toEqual(CSV_PLACE_PARAMS.filter((p) => i.params?.[p] !== undefined));
      // `field` is the column the message starts with (none for the file's or a row's), `item`
      // its list item (from 1).
      const [, column, n] = FIELD_FIRST.exec(i.message) ?? [];
      expect(field, what).toBe(column);
      expect(item, what).toBe(n === undefined ? undefined : Number(n));
      expect(i.path, what).toMatch(/^line \d+$/);
    }
  });

  it('the bad files make every CSV code, and no problem goes without one of its own', () => {
    const made = new Set(ALL.map((i) => i.code));
    expect(Object.keys(CSV_CODES).filter((c) => !made.has(c))).toEqual([]);
    expect(ALL.filter((i) => i.code === 'invalid')).toEqual([]);
  });

  it('a column problem names its column as a param, zod codes as the JSON API gives them', () => {
    expect(issuesOf(BAD_FILES.zod!)).toEqual([
      {
        path: 'line 2',
        message: 'name: must be at most 120 characters',
        code: 'tooLong',
        params: { max: 120, field: 'name' },
      },
      {
        path: 'line 2',
        message: 'topics item 2: contains a bidirectional override or isolate (U+202E), which can disguise text',
        code: 'bidiControl',
        params: { char: 'U+202E', field: 'topics', item: 2 },
      },
      {
        path: 'line 2',
        message: 'group: must be at most 80 characters',
        code: 'tooLong',
        params: { max: 80, field: 'group' },
      },
      {
        path: 'line 2',
        message: 'meeting_url: must be an https:// link',
        code: 'notHttps',
        params: { field: 'meeting_url' },
      },
      {
        path: 'line 2',
        message: 'locale: must be one of en, de, fr, es, ar, zh-Hans',
        code: 'notOneOf',
        params: { options: 'en, de, fr, es, ar, zh-Hans', field: 'locale' },
      },
      { path: 'line 3', message: 'name: must not be empty', code: 'empty', params: { field: 'name' } },
    ]);
  });

  it('keeps the English and gives names and cells as the message shows them between its quotes', () => {
    expect(issuesOf(BAD_FILES.duplicates!)).toEqual([
      {
        path: 'line 3',
        message: 'name: "ANN" is already a mentor on line 2',
        code: 'csvNameTwice',
        params: { name: 'ANN', role: 'mentor', firstLine: 2, field: 'name' },
      },
      {
        path: 'line 4',
        message: 'table: "t1" is already the table of "Ann" on line 2',
        code: 'csvTableTwice',
        params: { table: 't1', holder: 'Ann', firstLine: 2, field: 'table' },
      },
      {
        path: 'line 6',
        message: 'name: "C\\u200By" is already a mentee on line 5',
        code: 'csvNameTwice',
        params: { name: 'C\\u200By', role: 'mentee', firstLine: 5, field: 'name' },
      },
    ]);
    expect(issuesOf(BAD_FILES.unknownMeant!)).toEqual([
      {
        path: 'line 1',
        message:
          'unknown columns "wishs" (did you mean "wishes"?), "topik" (did you mean "topics"?), "shoe size"; ' +
          'the columns are role, name, table, topics, bio, questions, wishes, avoid, email, group, priority, ' +
          'meeting_url, locale',
        code: 'csvUnknownColumnsMeant',
        params: {
          columns: '"wishs", "topik", "shoe size"',
          count: 3,
          meant: '"wishes", "topics"',
          known:
            'role, name, table, topics, bio, questions, wishes, avoid, email, group, priority, meeting_url, locale',
        },
      },
    ]);
  });

  it('says which mentor a wish probably meant, and which role a column belongs to', () => {
    const coded = (text: string) => issuesOf(text).map(({ path, code, params }) => ({ path, code, params }));
    expect(coded(BAD_FILES.wishes!)).toEqual([
      {
        path: 'line 3',
        code: 'csvNoMentorMeant',
        params: { name: 'Grace Hoper', suggestion: 'Grace Hopper', field: 'wishes' },
      },
      { path: 'line 3', code: 'csvNoMentor', params: { name: 'Nobody at all', field: 'wishes' } },
      { path: 'line 3', code: 'csvNoMentorIsMentee', params: { name: 'Kim', field: 'wishes' } },
      { path: 'line 5', code: 'csvAvoidWished', params: { name: 'Grace Hopper', field: 'avoid' } },
    ]);
    expect(coded(BAD_FILES.otherRole!)).toEqual([
      { path: 'line 2', code: 'csvOtherRolesColumn', params: { role: 'mentor', owner: 'mentee', field: 'wishes' } },
      { path: 'line 3', code: 'csvOtherRolesColumn', params: { role: 'mentee', owner: 'mentor', field: 'bio' } },
      { path: 'line 4', code: 'csvPriorityNotWhole', params: { value: 'first', field: 'priority' } },
    ]);
  });
});
