import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LiveSocket } from '../../../client/live/socket';
import { feedbackSocketApi, subscribeMeetings } from '../../../client/live/feedback-api';
import { FakeSocket } from '../support/fake-socket';
import { meetingsAnswer } from '../support/feedback-fixtures';

const given = { feedback: { rating: 4, followUp: true, note: '' }, mutual: false };

function connected() {
  const fake = new FakeSocket();
  fake.connected = true;
  return { fake, api: feedbackSocketApi(fake as unknown as LiveSocket, 1000) };
}

afterEach(() => vi.useRealTimers());

describe('feedbackSocketApi', () => {
  it('offline it sends nothing (socket.io would send it later) and says the write is unsent', async () => {
    const fake = new FakeSocket();
    const api = feedbackSocketApi(fake as unknown as LiveSocket);
    await expect(api.giveFeedback({ round: 1, withId: 'm1', rating: 4 })).resolves.toEqual({
      status: 'unsent',
      message: 'No connection to the server.',
    });
    expect(fake.sent).toEqual([]);
  });

  it('emits feedback:give and sharing:set with their payloads and parses the acks', async () => {
    const { fake, api } = connected();
    const give = api.giveFeedback({ round: 2, withId: 'e3', followUp: true });
    expect(fake.sent[0]).toMatchObject({ event: 'feedback:give', payload: { round: 2, withId: 'e3', followUp: true } });
    fake.sent[0]!.ack!({ ok: true, data: given });
    await expect(give).resolves.toEqual({ status: 'delivered', value: given });
    const share = api.setSharing({ share: 'email' });
    expect(fake.sent[1]).toMatchObject({ event: 'sharing:set', payload: { share: 'email' } });
    fake.sent[1]!.ack!({ ok: true, data: { sharing: { share: 'email', contact: null } } });
    await expect(share).resolves.toEqual({
      status: 'delivered',
      value: { sharing: { share: 'email', contact: null } },
    });
  });

  it('tells a refusal from "not now", and an answer it does not understand from a good one', async () => {
    const { fake, api } = connected();
    const refused = api.giveFeedback({ round: 3, withId: 'm3', rating: 1 });
    fake.sent[0]!.ack!({ ok: false, error: { code: 'conflict', message: 'round 3 has not begun yet' } });
    await expect(refused).resolves.toEqual({ status: 'refused', message: 'round 3 has not begun yet' });
    const busy = api.giveFeedback({ round: 1, withId: 'm1', rating: 1 });
    fake.sent[1]!.ack!({ ok: false, error: { code: 'unavailable', message: 'try again' } });
    await expect(busy).resolves.toEqual({ status: 'unsent', message: 'try again' });
    const odd = api.giveFeedback({ round: 1, withId: 'm1', rating: 1 });
    fake.sent[2]!.ack!({ ok: true, data: { feedback: { rating: 9 } } });
    await expect(odd).resolves.toMatchObject({ status: 'refused' });
  });

  it('no answer in time: unsent', async () => {
    vi.useFakeTimers();
    const { api } = connected();
    const give = api.giveFeedback({ round: 1, withId: 'm1', note: 'x' });
    await vi.advanceTimersByTimeAsync(1000);
    await expect(give).resolves.toEqual({ status: 'unsent', message: 'No answer from the server.' });
  });
});

describe('subscribeMeetings', () => {
  it('passes each meetings:updated push on until stopped', () => {
    const fake = new FakeSocket();
    const seen: unknown[] = [];
    const stop = subscribeMeetings(fake as unknown as LiveSocket)((raw) => seen.push(raw));
    fake.fire('meetings:updated', meetingsAnswer([]));
    stop();
    fake.fire('meetings:updated', meetingsAnswer([], { hasEmail: false }));
    expect(seen).toEqual([meetingsAnswer([])]);
  });
});
