import type { Mentor } from '../../schemas/people';
import type { ProfileBody } from '../../schemas/registration';
import { ok, refuse, type Outcome } from '../domain-error';
import type { EventState } from '../state';

/**
 * A mentor completes their own profile (issue 16): bio, topics and the link of their remote
 * table. An empty bio or meeting link removes it; fields left out stay.
 */
export function updateProfile(
  state: EventState,
  personId: string,
  body: ProfileBody,
): Outcome<{ state: EventState; mentor: Mentor }> {
  const mentor = state.mentors.find((m) => m.id === personId);
  if (!mentor) return refuse.notFound('no such mentor');
  if (state.clock.status === 'finished')
    return refuse.conflict('the event has ended; profiles can no longer change', undefined, { code: 'profileEnded' });
  const next: Record<string, unknown> = { ...mentor };
  if (body.topics !== undefined) next.topics = body.topics;
  for (const k of ['bio', 'meetingUrl'] as const) {
    const v = body[k];
    if (v === undefined) continue;
    if (v === '') delete next[k];
    else next[k] = v;
  }
  const m = next as Mentor;
  return ok({ state: { ...state, mentors: state.mentors.map((x) => (x === mentor ? m : x)) }, mentor: m });
}
