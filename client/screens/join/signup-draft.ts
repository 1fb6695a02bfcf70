import type { SignupRequest } from './join-api';
import { topicsFromText } from './topics-text';

/** The sign-up form as typed. */
export interface SignupDraft {
  role: 'mentee' | 'mentor';
  name: string;
  email: string;
  questions: string[];
  wishes: string[];
  avoid: string[];
  bio: string;
  topicsText: string;
  consent: boolean;
  /** The honeypot: people never see it, so it stays empty; whatever a bot typed is sent as is. */
  website: string;
}

/** A fresh form for `role`. */
export function emptyDraft(role: SignupDraft['role']): SignupDraft {
  return {
    role,
    name: '',
    email: '',
    questions: [],
    wishes: [],
    avoid: [],
    bio: '',
    topicsText: '',
    consent: false,
    website: '',
  };
}

/** Pure: the questions boxes less the blank ones (the boxes are set to this before sending, so issue indices match). */
export function filledQuestions(items: readonly string[]): string[] {
  return items.filter((q) => q.trim().length > 0);
}

/**
 * Pure: the body of POST /api/join/:eventId. Only the role's own fields are sent (a mentee
 * who switched to mentor sends no wishes); the server checks and trims everything itself. In a
 * peer event (issue 17) a sign-up is a participant, sent as a mentee with none of the role's
 * fields, which the server refuses there.
 */
export function signupBody(d: SignupDraft, peer = false): SignupRequest {
  const email = d.email.trim() ? { email: d.email } : {};
  const common = { role: d.role, name: d.name, ...email, consent: d.consent, website: d.website };
  if (peer) return { ...common, role: 'mentee' };
  if (d.role === 'mentor')
    return { ...common, ...(d.bio.trim() ? { bio: d.bio } : {}), topics: topicsFromText(d.topicsText) };
  return { ...common, questions: filledQuestions(d.questions), wishes: [...d.wishes], avoid: [...d.avoid] };
}
