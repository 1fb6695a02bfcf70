import { createRoot, createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storageOutboxStore } from '../../../client/live/outbox-store';
import { createFeedbackOutbox, outboxStorageKey } from '../../../client/live/feedback-outbox';
import { feedbackTarget, SHARING_TARGET } from '../../../client/live/outbox-queue';
import { echo, fakeSenders, settleMicrotasks } from '../support/feedback-fixtures';

const KEY = outboxStorageKey('tok-zoe');
let dispose: (() => void) | undefined;

function open(online0: boolean, senders = fakeSenders()) {
  const [online, setOnline] = createSignal(online0);
  const outbox = createRoot((d) => {
    dispose = d;
    return createFeedbackOutbox({ ...senders, online, store: storageOutboxStore(localStorage, KEY), retryMs: 1000 });
  });
  return { outbox, senders, setOnline };
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  dispose?.();
  vi.useRealTimers();
});

describe('createFeedbackOutbox', () => {
  it('keeps its queue under a key made from the token, never the token itself, one per person', () => {
    expect(KEY).toMatch(/^tablehop\.feedbackOutbox\.[0-9a-f]+$/);
    expect(KEY).not.toContain('tok-zoe');
    expect(outboxStorageKey('tok-li')).not.toBe(KEY);
  });

  it('offline: keeps the writes, shows them waiting, and sends them in order once connected', async () => {
    const { outbox, senders, setOnline } = open(false);
    outbox.give(1, 'm1', { rating: 4 });
    outbox.give(1, 'e2', { followUp: true });
    outbox.give(1, 'm1', { note: 'Ask about COBOL' });
    outbox.share({ share: 'email' });
    await settleMicrotasks();
    expect(senders.calls).toEqual([]);
    expect(outbox.waiting(feedbackTarget(1, 'm1'))).toBe(true);
    expect(outbox.waitingFeedback(1, 'm1')).toEqual({ rating: 4, note: 'Ask about COBOL' });
    expect(JSON.parse(localStorage.getItem(KEY)!)).toHaveLength(3);

    setOnline(true);
    await settleMicrotasks();
    // One at a time: the second waits for the first one's ack.
    expect(senders.calls.map((c) => c.payload)).toEqual([
      { round: 1, withId: 'm1', rating: 4, note: 'Ask about COBOL' },
    ]);
    const first = senders.calls[0]!;
    if (first.kind !== 'feedback') throw new Error('expected feedback first');
    first.resolve({ status: 'delivered', value: echo(first.payload, true) });
    await settleMicrotasks();
    expect(outbox.waiting(feedbackTarget(1, 'm1'))).toBe(false);
    expect(outbox.delivered(1, 'm1')).toEqual({
      feedback: { rating: 4, followUp: false, note: 'Ask about COBOL' },
      mutual: true,
    });
    expect(senders.calls.map((c) => c.payload)).toEqual([
      { round: 1, withId: 'm1', rating: 4, note: 'Ask about COBOL' },
      { round: 1, withId: 'e2', followUp: true },
    ]);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toHaveLength(2);
    senders.calls[1]!.resolve({ status: 'delivered', value: echo({ round: 1, withId: 'e2', followUp: true }) });
    await settleMicrotasks();
    senders.calls[2]!.resolve({ status: 'delivered', value: { sharing: { share: 'email', contact: null } } });
    await settleMicrotasks();
    expect(senders.calls.map((c) => c.kind)).toEqual(['feedback', 'feedback', 'sharing']);
    expect(outbox.deliveredSharing()).toEqual({ share: 'email', contact: null });
    expect(localStorage.getItem(KEY)).toBeNull();
    outbox.forgetDelivered();
    expect(outbox.delivered(1, 'm1')).toBeNull();
  });

  it('a refusal removes the write, says why for that meeting only, and the next write clears it', async () => {
    const { outbox, senders } = open(true);
    outbox.give(2, 'e3', { rating: 2 });
    outbox.give(1, 'e1', { rating: 5 });
    await settleMicrotasks();
    senders.calls[0]!.resolve({ status: 'refused', message: 'round 2 has not begun yet' });
    await settleMicrotasks();
    expect(outbox.refusal(feedbackTarget(2, 'e3'))).toBe('round 2 has not begun yet');
    expect(outbox.refusal(feedbackTarget(1, 'e1'))).toBeNull();
    expect(outbox.waiting(feedbackTarget(2, 'e3'))).toBe(false);
    // The queue went on with the next write.
    expect(senders.calls[1]!.payload).toEqual({ round: 1, withId: 'e1', rating: 5 });
    outbox.give(2, 'e3', { rating: 3 });
    expect(outbox.refusal(feedbackTarget(2, 'e3'))).toBeNull();
  });

  it('no answer while connected: keeps the write and tries again later', async () => {
    vi.useFakeTimers();
    const { outbox, senders } = open(true);
    outbox.share({ share: 'contact', contact: '@zoe' });
    await settleMicrotasks();
    senders.calls[0]!.resolve({ status: 'unsent', message: 'No answer from the server.' });
    await settleMicrotasks();
    expect(outbox.waiting(SHARING_TARGET)).toBe(true);
    expect(outbox.refusal(SHARING_TARGET)).toBeNull();
    expect(senders.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(senders.calls.map((c) => c.payload)).toEqual([
      { share: 'contact', contact: '@zoe' },
      { share: 'contact', contact: '@zoe' },
    ]);
  });

  it('a reload sends what the last page left, and a write made while one is on its way is not lost', async () => {
    const first = open(true);
    first.outbox.give(1, 'm1', { rating: 3 });
    await settleMicrotasks();
    // On its way: a later write waits behind it, stored too.
    first.outbox.give(1, 'm1', { rating: 4 });
    expect(first.outbox.waitingFeedback(1, 'm1')).toEqual({ rating: 4 });
    // The page is closed before the ack comes.
    dispose?.();

    const second = open(true);
    await settleMicrotasks();
    expect(second.senders.calls.map((c) => c.payload)).toEqual([{ round: 1, withId: 'm1', rating: 3 }]);
    second.senders.calls[0]!.resolve({ status: 'delivered', value: echo({ round: 1, withId: 'm1', rating: 3 }) });
    await settleMicrotasks();
    expect(second.senders.calls[1]!.payload).toEqual({ round: 1, withId: 'm1', rating: 4 });
    expect(second.outbox.waitingFeedback(1, 'm1')).toEqual({ rating: 4 });
  });
});
