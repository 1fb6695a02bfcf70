import { describe, expect, it } from 'vitest';
import {
  EMPTY_QUEUE,
  enqueue,
  feedbackTarget,
  isWaiting,
  nextToSend,
  parseQueue,
  serializeQueue,
  settle,
  SHARING_TARGET,
  waitingFeedback,
  waitingSharing,
  type OutboxQueue,
  type OutboxWrite,
} from '../../../client/live/outbox-queue';

const fb = (round: number, withId: string, fields: Extract<OutboxWrite, { kind: 'feedback' }>['fields']) =>
  ({ kind: 'feedback', round, withId, fields }) as const;
const all = (writes: OutboxWrite[], inFlight: number | null = null): OutboxQueue =>
  writes.reduce((q, w) => enqueue(q, w, inFlight), EMPTY_QUEUE);

describe('outbox queue', () => {
  it('joins later writes about the same meeting into one, later fields winning, in first-write order', () => {
    const q = all([fb(1, 'm1', { rating: 4 }), fb(1, 'e2', { followUp: true }), fb(1, 'm1', { rating: 5, note: 'x' })]);
    expect(q.items.map((i) => i.write)).toEqual([
      fb(1, 'm1', { rating: 5, note: 'x' }),
      fb(1, 'e2', { followUp: true }),
    ]);
    expect(q.items.map((i) => i.seq)).toEqual([1, 2]);
    // Another round with the same person is another meeting.
    expect(enqueue(q, fb(2, 'm1', { rating: 1 }), null).items).toHaveLength(3);
  });

  it('keeps a taken-back rating (null) rather than dropping the field', () => {
    const q = all([fb(1, 'm1', { rating: 3 }), fb(1, 'm1', { rating: null })]);
    expect(q.items[0]!.write).toEqual(fb(1, 'm1', { rating: null }));
    expect(waitingFeedback(q, 1, 'm1')).toEqual({ rating: null });
  });

  it('never changes the write on its way: a later one waits behind it', () => {
    const first = all([fb(1, 'm1', { rating: 2 })]);
    const q = enqueue(first, fb(1, 'm1', { rating: 3 }), 1);
    expect(q.items.map((i) => i.write)).toEqual([fb(1, 'm1', { rating: 2 }), fb(1, 'm1', { rating: 3 })]);
    // What the card shows is the newest of both.
    expect(waitingFeedback(q, 1, 'm1')).toEqual({ rating: 3 });
    // A third write joins the waiting one, not the one on its way.
    expect(enqueue(q, fb(1, 'm1', { note: 'n' }), 1).items[1]!.write).toEqual(fb(1, 'm1', { rating: 3, note: 'n' }));
  });

  it('sends the oldest first, one at a time, and an answered write leaves', () => {
    const q = all([fb(1, 'm1', { rating: 2 }), { kind: 'sharing', body: { share: 'email' } }]);
    expect(nextToSend(q, null)?.seq).toBe(1);
    expect(nextToSend(q, 1)).toBeNull();
    const after = settle(q, 1);
    expect(nextToSend(after, null)?.write).toEqual({ kind: 'sharing', body: { share: 'email' } });
    expect(isWaiting(after, feedbackTarget(1, 'm1'))).toBe(false);
    expect(isWaiting(after, SHARING_TARGET)).toBe(true);
    expect(settle(after, 2).items).toEqual([]);
  });

  it('a later sharing choice replaces the earlier one', () => {
    const q = all([
      { kind: 'sharing', body: { share: 'email' } },
      { kind: 'sharing', body: { share: 'contact', contact: '+44 20 7946 0000' } },
    ]);
    expect(q.items).toHaveLength(1);
    expect(waitingSharing(q)).toEqual({ share: 'contact', contact: '+44 20 7946 0000' });
    expect(waitingSharing(EMPTY_QUEUE)).toBeNull();
  });

  it('is stored and read back in order; what does not parse is dropped', () => {
    const q = all([fb(2, 'm1', { rating: 5 }), fb(1, 'e2', { note: 'Zoë' })]);
    expect(parseQueue(serializeQueue(q))).toEqual(q);
    const stored = JSON.parse(serializeQueue(q)) as unknown[];
    const tampered = JSON.stringify([stored[1], { seq: 9, write: { kind: 'feedback', round: 0 } }, stored[0]]);
    expect(parseQueue(tampered)).toEqual(q);
    expect(parseQueue(JSON.stringify([{ seq: 1, write: fb(1, 'm1', { rating: 9 }) }]))).toEqual(EMPTY_QUEUE);
    expect(parseQueue('not json')).toEqual(EMPTY_QUEUE);
    expect(parseQueue(null)).toEqual(EMPTY_QUEUE);
    // Numbering goes on after what was stored, so a new write never takes an old one's number.
    expect(enqueue(parseQueue(serializeQueue(q)), fb(3, 'm1', {}), null).items.at(-1)!.seq).toBe(3);
  });
});
