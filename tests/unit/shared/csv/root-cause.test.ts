import { describe, expect, it } from 'vitest';
import { formatCsvIssues, parseParticipantsCsv } from '../../../../shared/csv';
import { closestWord, didYouMean, editDistance, nameSuggester } from '../../../../shared/csv/did-you-mean';

/** The problems of a refused file, as `line N: message` lines. */
function problems(text: string): string[] {
  const r = parseParticipantsCsv(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return formatCsvIssues(r.issues).split('\n');
}

const HEAD = 'role,name,topics,wishes,avoid';

describe('one typo, one problem', () => {
  it('a mentor row with a typo in its role: only that line, not every mentee wishing for them', () => {
    const text = [
      HEAD,
      'mentor,Grace Hopper,compilers,,', // 2
      'mentr,Hannah Schmidt,ux,,', // 3: the one typo
      'mentee,Sam,,Hannah Schmidt;Grace Hopper,', // 4
      'mentee,Zoë,,,Hannah Schmidt', // 5
      'mentee,Omar,,hannah schmidt,', // 6
    ].join('\n');
    expect(problems(text)).toEqual(['line 3: role: "mentr" is not a role — did you mean mentor?']);
  });

  it('a missing role is one problem too, and its name is not blamed elsewhere', () => {
    expect(problems(`${HEAD}\n,Hannah Schmidt,ux,,\nmentee,Sam,,Hannah Schmidt,`)).toEqual([
      'line 2: role: missing (write mentor or mentee)',
    ]);
  });

  it('a cell too many (an unquoted comma) is the row’s one problem, not the shifted cells after it', () => {
    // The bio's comma pushes "navy" into topics and "How?" into wishes: only the count is reported.
    const text = 'role,name,bio,topics,questions\nmentor,Grace,Rear admiral, navy,,How?\nmentee,Sam,,,';
    expect(problems(text)).toEqual([
      'line 2: has 6 cells but the header has 5 columns (a comma that should be quoted?)',
    ]);
  });

  it('a wish with a typo in the name suggests the closest mentor, by the name key', () => {
    const text = [HEAD, 'mentor,Hannah Schmidt,,,', 'mentor,Grace Hopper,,,', 'mentee,Sam,,HANNAH SCHMIT;Grce Hopper,'];
    expect(problems(text.join('\n'))).toEqual([
      'line 4: wishes: "HANNAH SCHMIT" names no mentor — did you mean "Hannah Schmidt"?',
      'line 4: wishes: "Grce Hopper" names no mentor — did you mean "Grace Hopper"?',
    ]);
  });

  it('suggests nothing when no mentor is close, or two are as close', () => {
    const text = [HEAD, 'mentor,Ann Lee,,,', 'mentor,Ann Lea,,,', 'mentee,Sam,,Ann Le;Bartholomew,'].join('\n');
    expect(problems(text)).toEqual([
      'line 4: wishes: "Ann Le" names no mentor',
      'line 4: wishes: "Bartholomew" names no mentor',
    ]);
  });

  it('still says so when the name is a mentee’s', () => {
    expect(problems(`${HEAD}\nmentor,Ann,,,\nmentee,Bo,,,\nmentee,Cy,,Bo,`)).toEqual([
      'line 4: wishes: "Bo" names no mentor (that is a mentee)',
    ]);
  });
});

describe('did you mean', () => {
  it('counts edits, and stops counting past the limit', () => {
    expect(editDistance('mentr', 'mentor')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('suggests the one closest word within the limit', () => {
    expect(closestWord('mentr', ['mentor', 'mentee'])).toBe('mentor');
    expect(closestWord('mentoe', ['mentor', 'mentee'])).toBeUndefined();
    expect(closestWord('boss', ['mentor', 'mentee'])).toBeUndefined();
  });

  it('compares names by their key (case, accents, invisible characters aside) and answers as written', () => {
    const s = nameSuggester(['Zoë Lefèvre', 'عمر الفاروق', 'Hannah Schmidt']);
    expect(s.closest('zoe lefevr')).toBe('Zoë Lefèvre');
    expect(s.closest('عمر الفاروف')).toBe('عمر الفاروق');
    expect(s.closest('Zoë Lefèvre')).toBeUndefined(); // the name itself is no typo
    expect(s.closest('Ha')).toBeUndefined();
    expect(didYouMean('Zoë')).toBe(' — did you mean "Zoë"?');
    expect(didYouMean(undefined)).toBe('');
  });

  it('stops suggesting once its budget of comparisons is spent', () => {
    const names = Array.from({ length: 100 }, (_, i) => `Mentor number ${i}`);
    const s = nameSuggester(names, 20_000);
    expect(s.closest('Mentor numbr 7')).toBe('Mentor number 7');
    for (let i = 0; i < 10; i++) s.closest(`Mentor numbr ${i}`);
    expect(s.closest('Mentor numbr 8')).toBeUndefined();
  });
});
