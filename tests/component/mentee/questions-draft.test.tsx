import { describe, expect, it } from 'vitest';
import { cleanQuestions, sameQuestions } from '../../../client/screens/mentee/questions-draft';

describe('cleanQuestions', () => {
  it('trims and drops empty boxes', () => {
    expect(cleanQuestions(['  How did you start? ', '', '   ', '李雷的问题'])).toEqual({
      questions: ['How did you start?', '李雷的问题'],
      problems: [],
    });
  });

  it('names the question that is too long, counted among the non-empty ones', () => {
    const r = cleanQuestions(['ok', '', 'x'.repeat(501)]);
    expect(r.problems).toEqual(['Question 2: must be at most 500 characters']);
  });

  it('refuses more than 30 questions', () => {
    expect(cleanQuestions(Array.from({ length: 31 }, (_, i) => `q${i}`)).problems).toEqual(['at most 30 questions']);
  });
});

describe('sameQuestions', () => {
  it('compares in order', () => {
    expect(sameQuestions(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameQuestions(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameQuestions(['a'], ['a', 'b'])).toBe(false);
  });
});
