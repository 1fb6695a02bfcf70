import { describe, expect, it } from 'vitest';
import { cleanQuestions, questionProblemOf, sameQuestions } from '../../../client/screens/mentee/questions-draft';

describe('cleanQuestions', () => {
  it('trims and drops empty boxes', () => {
    expect(cleanQuestions(['  How did you start? ', '', '   ', '李雷的问题'])).toEqual({
      questions: ['How did you start?', '李雷的问题'],
      problems: [],
    });
  });

  it('names the question that is too long, counted among the non-empty ones', () => {
    const r = cleanQuestions(['ok', '', 'x'.repeat(501)]);
    expect(r.problems).toEqual([{ n: 2, code: 'tooLong', max: 500, message: 'must be at most 500 characters' }]);
  });

  it('a text far too long, refused before it is normalised, is too long all the same', () => {
    const [p] = cleanQuestions(['x'.repeat(2100)]).problems;
    expect(p).toMatchObject({ n: 1, code: 'tooLong', max: 500 });
  });

  it('a character no question may hold, or only invisible ones: a problem of its characters', () => {
    for (const bad of ['a\u202Eb', 'a\u0007b', '\u200B'])
      expect(cleanQuestions(['fine', bad]).problems).toMatchObject([{ n: 2, code: 'invalid' }]);
  });

  it('refuses more than 30 questions, as a problem of the whole list', () => {
    expect(cleanQuestions(Array.from({ length: 31 }, (_, i) => `q${i}`)).problems).toEqual([
      { n: null, code: 'tooMany', max: 30, message: 'at most 30 questions' },
    ]);
  });
});

describe('questionProblemOf', () => {
  it('turns a refused question’s path into its number, keeping its code and limit', () => {
    const issue = {
      path: 'questions.2',
      message: 'must be at most 500 characters',
      code: 'tooLong',
      params: { max: 500 },
    };
    expect(questionProblemOf(issue)).toEqual({ n: 3, code: 'tooLong', max: 500, message: issue.message });
  });

  it('an issue of no one question has no number', () => {
    expect(questionProblemOf({ path: 'questions', message: 'at most 30 questions', code: 'tooMany' })).toEqual({
      n: null,
      code: 'tooMany',
      message: 'at most 30 questions',
    });
  });
});

describe('sameQuestions', () => {
  it('compares in order', () => {
    expect(sameQuestions(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameQuestions(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameQuestions(['a'], ['a', 'b'])).toBe(false);
  });
});
