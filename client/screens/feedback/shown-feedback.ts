import type { FeedbackBody, MyFeedback } from '../../../shared/schemas/feedback';

/** Nothing given yet: no rating, no "stay in touch", no note. */
export const NO_FEEDBACK: MyFeedback = { rating: null, followUp: false, note: '' };

/**
 * What a card shows: the writes still waiting over the server's last ack over the meetings
 * answer. A tap shows at once, offline too, and does not flicker back while the ack and the
 * next answer are on their way.
 */
export function shownFeedback(server: MyFeedback | null, acked: MyFeedback | null, waiting: FeedbackBody): MyFeedback {
  const base = acked ?? server ?? NO_FEEDBACK;
  return {
    rating: waiting.rating !== undefined ? waiting.rating : base.rating,
    followUp: waiting.followUp ?? base.followUp,
    note: waiting.note ?? base.note,
  };
}
