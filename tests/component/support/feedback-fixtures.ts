import { vi } from 'vitest';
import type { FeedbackGiven, Meeting, MeetingsAnswer } from '../../../shared/protocol/after-talk';
import type { FeedbackGivePayload, Sharing, SharingBody } from '../../../shared/schemas/feedback';
import type { Delivery, FeedbackSenders } from '../../../client/live/feedback-api';

/** A meeting as GET /api/me/meetings lists it; nothing given yet unless `over` says so. */
export function meeting(round: number, id: string, name: string, over: Partial<Meeting> = {}): Meeting {
  return {
    round,
    startsAt: null,
    table: 'T1',
    with: { id, name, role: id.startsWith('m') ? 'mentor' : 'mentee', questions: [] },
    feedback: null,
    mutual: false,
    contact: null,
    ...over,
  };
}

export function meetingsAnswer(meetings: Meeting[], over: Partial<MeetingsAnswer> = {}): MeetingsAnswer {
  return {
    meetings,
    sharing: { share: 'none', contact: null },
    hasEmail: true,
    feedbackClosesAt: null,
    feedbackOpen: true,
    ...over,
  };
}

/** What a server would answer to a feedback write that it took (nothing given before). */
export const echo = (p: FeedbackGivePayload, mutual = false): FeedbackGiven => ({
  feedback: { rating: p.rating ?? null, followUp: p.followUp ?? false, note: p.note ?? '' },
  mutual,
});

/** An answer the test gives to a write: the caller matches it to the write's kind. */
export type AnyDelivery = Delivery<FeedbackGiven> | Delivery<{ sharing: Sharing }>;
type Pending = { resolve: (d: AnyDelivery) => void };
type FeedbackCall = { kind: 'feedback'; payload: FeedbackGivePayload } & Pending;
type SharingCall = { kind: 'sharing'; payload: SharingBody } & Pending;
export type SentCall = FeedbackCall | SharingCall;

/**
 * The server's side of the outbox, played by the test: every write is recorded, and stays
 * unanswered until the test answers it, unless `auto` answers each one at once as taken.
 */
export function fakeSenders(opts: { auto?: boolean } = {}): FeedbackSenders & { calls: SentCall[] } {
  const calls: SentCall[] = [];
  const giveFeedback = vi.fn(
    (payload: FeedbackGivePayload) =>
      new Promise<Delivery<FeedbackGiven>>((resolve) => {
        calls.push({ kind: 'feedback', payload, resolve: (d) => resolve(d as Delivery<FeedbackGiven>) });
        if (opts.auto) resolve({ status: 'delivered', value: echo(payload) });
      }),
  );
  const setSharing = vi.fn(
    (payload: SharingBody) =>
      new Promise<Delivery<{ sharing: Sharing }>>((resolve) => {
        calls.push({ kind: 'sharing', payload, resolve: (d) => resolve(d as Delivery<{ sharing: Sharing }>) });
        const sharing = { share: payload.share, contact: payload.contact ?? null };
        if (opts.auto) resolve({ status: 'delivered', value: { sharing } });
      }),
  );
  return { giveFeedback, setSharing, calls };
}

/** Let the promise callbacks (acks, the outbox's next send) run. */
export const settleMicrotasks = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
