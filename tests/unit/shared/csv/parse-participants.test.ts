import { describe, expect, it } from 'vitest';
import { parseParticipantsCsv, type ParsedParticipants } from '../../../../shared/csv';

/** Parse and fail loudly (with the problems) when the file is refused. */
function ok(text: string): ParsedParticipants {
  const r = parseParticipantsCsv(text);
  if (!r.ok) throw new Error(`refused:\n${r.issues.map((i) => `${i.path}: ${i.message}`).join('\n')}`);
  return { mentors: r.mentors, mentees: r.mentees };
}

const names = (p: ParsedParticipants) => ({
  mentors: p.mentors.map((m) => m.name),
  mentees: p.mentees.map((m) => m.name),
});

describe('parseParticipantsCsv: reading the file', () => {
  it.each([
    ['LF', 'role,name\nmentor,Ann\nmentee,Bo\n'],
    ['CRLF', 'role,name\r\nmentor,Ann\r\nmentee,Bo\r\n'],
    ['lone CR', 'role,name\rmentor,Ann\rmentee,Bo'],
    ['mixed endings', 'role,name\r\nmentor,Ann\nmentee,Bo\r\n'],
    ['BOM', '\uFEFFrole,name\nmentor,Ann\nmentee,Bo'],
    ['BOM and CRLF', '\uFEFFrole,name\r\nmentor,Ann\r\nmentee,Bo\r\n'],
    ['no final newline', 'role,name\nmentor,Ann\nmentee,Bo'],
    ['upper-case headers', 'ROLE,Name\nmentor,Ann\nmentee,Bo'],
    ['padded headers', ' role , name \nmentor,Ann\nmentee,Bo'],
    ['columns in another order', 'name,role\nAnn,mentor\nBo,mentee'],
    ['blank lines', '\nrole,name\n\nmentor,Ann\n\n\nmentee,Bo\n\n'],
    ['rows of empty cells', 'role,name,table\nmentor,Ann,\n,,\nmentee,Bo,\n , , \n'],
    ['role in any case', 'role,name\nMentor,Ann\n MENTEE ,Bo'],
    ['trailing empty header cells', 'role,name,,\nmentor,Ann,,\nmentee,Bo'],
    ['rows shorter than the header', 'role,name,table,wishes\nmentor,Ann\nmentee,Bo'],
  ])('%s', (_label, text) => {
    expect(names(ok(text))).toEqual({ mentors: ['Ann'], mentees: ['Bo'] });
  });

  it('reads quoted cells holding commas, quotes and newlines', () => {
    const p = ok(
      'role,name,bio,questions\n' +
        'mentor,"Smith, Ann","She said ""hi""\nand left",\n' +
        'mentee,"Bo ""B"" Lee","","How, why?|What ""now""?\nReally?"\n',
    );
    expect(p.mentors[0]).toMatchObject({ name: 'Smith, Ann', bio: 'She said "hi"\nand left' });
    expect(p.mentees[0]).toMatchObject({ name: 'Bo "B" Lee', questions: ['How, why?', 'What "now"?\nReally?'] });
  });

  it('gives each record the physical line it starts on', () => {
    const text = [
      'role,name,bio,questions', // 1
      'mentor,Ann,"line one', // 2
      'line two', // 3
      'line three"', // 4
      '', // 5
      'mentor,Cy,plain', // 6
      'mentee,Bo,,"How', // 7
      'now?"', // 8
      'mentee,Di,', // 9
    ].join('\r\n');
    const p = ok(text);
    expect(p.mentors.map((m) => m.line)).toEqual([2, 6]);
    expect(p.mentees.map((m) => m.line)).toEqual([7, 9]);
  });

  it('keeps UTF-8 names as written', () => {
    const p = ok(
      'role,name,wishes\nmentor,Zoë\nmentor,李雷\nmentor,عمر\nmentee,Łucja,李雷;zoë;عمر\nmentee,Ἀχιλλεύς,\n',
    );
    expect(names(p)).toEqual({ mentors: ['Zoë', '李雷', 'عمر'], mentees: ['Łucja', 'Ἀχιλλεύς'] });
    expect(p.mentees[0]!.wishes).toEqual(['李雷', 'Zoë', 'عمر']);
  });

  it('trims cells and keeps only present optional fields', () => {
    const p = ok('role,name,table,bio,topics,email,questions\n mentor , Ann , T9 , , ,,\nmentee, Bo ,,,, bo@x.org ,\n');
    expect(p.mentors[0]).toEqual({ line: 2, name: 'Ann', table: 'T9', topics: [] });
    expect(p.mentees[0]).toEqual({ line: 3, name: 'Bo', questions: [], wishes: [], avoid: [], email: 'bo@x.org' });
  });

  it('splits topics on ; and questions on |, dropping empty items', () => {
    const p = ok(
      'role,name,topics,questions\n' +
        'mentor,Ann,"design; ; research ;",\n' +
        'mentee,Bo,,"How do I start? | ; still one | |Why?"\n',
    );
    expect(p.mentors[0]!.topics).toEqual(['design', 'research']);
    expect(p.mentees[0]!.questions).toEqual(['How do I start?', '; still one', 'Why?']);
  });

  it('reads every optional column', () => {
    const p = ok(
      'email,avoid,wishes,questions,topics,bio,table,name,role\n' +
        'a@x.org,,,,ux;ops,Hi,Garden,Ann,mentor\n' +
        'b@x.org,Ann,,Q1,,,,Bo,mentee\n',
    );
    expect(p.mentors).toEqual([
      { line: 2, name: 'Ann', table: 'Garden', bio: 'Hi', topics: ['ux', 'ops'], email: 'a@x.org' },
    ]);
    expect(p.mentees).toEqual([
      { line: 3, name: 'Bo', questions: ['Q1'], wishes: [], avoid: ['Ann'], email: 'b@x.org' },
    ]);
  });

  it('accepts a header with no people', () => {
    expect(ok('role,name\n')).toEqual({ mentors: [], mentees: [] });
  });

  it('restores cells neutralised by a spreadsheet export', () => {
    // Per cell, not per list item: only the cell's first character is protected.
    const p = ok("role,name,questions\nmentor,'=Ann,\nmentee,'-Bo,\"'+1 or -1?|@home\"\nmentee,'plain,''@x\n");
    expect(names(p)).toEqual({ mentors: ['=Ann'], mentees: ['-Bo', "'plain"] });
    expect(p.mentees.map((m) => m.questions)).toEqual([['+1 or -1?', '@home'], ["'@x"]]);
  });
});

describe('parseParticipantsCsv: table labels', () => {
  it.each([
    ['all defaulted', ['', '', ''], ['T1', 'T2', 'T3']],
    ['all explicit', ['A', 'B', 'C'], ['A', 'B', 'C']],
    ['skips a label taken on a later row', ['', 'T1', ''], ['T2', 'T1', 'T3']],
    ['skips labels taken anywhere, case-insensitively', ['', '', 't2', 'T4', ''], ['T1', 'T3', 't2', 'T4', 'T5']],
    ['counts only defaulted mentors', ['Window', '', 'Door', ''], ['Window', 'T1', 'Door', 'T2']],
  ])('%s', (_label, tables, expected) => {
    const rows = tables.map((t, i) => `mentor,M${i},${t}`);
    expect(ok(['role,name,table', 'mentee,Early,', ...rows].join('\n')).mentors.map((m) => m.table)).toEqual(expected);
  });

  it('mentee rows between mentors do not use up labels', () => {
    const p = ok('role,name\nmentee,A\nmentor,M1\nmentee,B\nmentee,C\nmentor,M2\n');
    expect(p.mentors.map((m) => m.table)).toEqual(['T1', 'T2']);
  });
});

describe('parseParticipantsCsv: wishes and avoid', () => {
  const head = 'role,name,wishes,avoid\nmentor,Ann Lee,,\nmentor,Zoë,,\nmentor,Cy,,\n';

  it.each([
    ['ranked as written', 'Cy;Ann Lee', '', ['Cy', 'Ann Lee'], []],
    ['matched case-insensitively and trimmed', '  ann lee ;ZOË ', ' cy', ['Ann Lee', 'Zoë'], ['Cy']],
    ['matched across Unicode normalisation forms', 'Zo\u0065\u0308', '', ['Zoë'], []],
    ['a repeated name keeps its first place', 'Cy;Zoë;cy', '', ['Cy', 'Zoë'], []],
    ['empty items are ignored', ';;Cy;', ';', ['Cy'], []],
  ])('%s', (_label, wishes, avoid, expectedWishes, expectedAvoid) => {
    const p = ok(`${head}mentee,Bo,"${wishes}","${avoid}"\n`);
    expect(p.mentees[0]).toMatchObject({ wishes: expectedWishes, avoid: expectedAvoid });
  });
});
