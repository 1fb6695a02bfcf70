import { describe, expect, it } from 'vitest';
import {
  enqueueQuestions,
  markSent,
  nextQuestions,
  parseQuestionsQueue,
  settleQuestions,
  waitingQuestions,
} from '../../../../client/live/questions-queue';

describe('the questions queue', () => {
  it('an edit replaces a waiting edit that never went out (only the newest list matters)', () => {
    let q = enqueueQuestions([], ['a'], 'k1');
    q = enqueueQuestions(q, ['a', 'b'], 'k2');
    expect(q).toEqual([{ key: 'k2', questions: ['a', 'b'], sent: false }]);
  });

  it('an edit made after one went out waits behind it; that one is never changed', () => {
    let q = markSent(enqueueQuestions([], ['a'], 'k1'), 'k1');
    q = enqueueQuestions(q, ['b'], 'k2');
    q = enqueueQuestions(q, ['c'], 'k3');
    expect(q).toEqual([
      { key: 'k1', questions: ['a'], sent: true },
      { key: 'k3', questions: ['c'], sent: false },
    ]);
    expect(nextQuestions(q)?.key).toBe('k1');
    expect(waitingQuestions(q)).toEqual(['c']);
    q = settleQuestions(q, 'k1');
    expect(nextQuestions(q)?.key).toBe('k3');
    expect(waitingQuestions(settleQuestions(q, 'k3'))).toBeNull();
  });

  it('reads a stored queue back, and anything that does not parse as nothing', () => {
    const q = [{ key: 'k1', questions: ['a'], sent: true }];
    expect(parseQuestionsQueue(JSON.parse(JSON.stringify(q)))).toEqual(q);
    expect(parseQuestionsQueue(undefined)).toEqual([]);
    expect(parseQuestionsQueue([{ key: '', questions: 'a' }])).toEqual([]);
  });
});
