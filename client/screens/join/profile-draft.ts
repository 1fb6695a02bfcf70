import type { ProfileBody } from '../../../shared/schemas/registration';
import { topicsFromText, topicsToText } from './topics-text';

/** A mentor's profile as the form edits it. */
export interface ProfileDraft {
  bio: string;
  topicsText: string;
  meetingUrl: string;
}

/** The form's boxes for a profile as saved. */
export function profileDraftOf(p: {
  bio?: string | undefined;
  topics: readonly string[];
  meetingUrl?: string | undefined;
}) {
  return { bio: p.bio ?? '', topicsText: topicsToText(p.topics), meetingUrl: p.meetingUrl ?? '' };
}

/**
 * Pure: the PATCH body, only the fields that changed since `saved`. A field left out stays as
 * it is on the server, so a meeting link this page could not read is never wiped by a save.
 */
export function profileChanges(saved: ProfileDraft, now: ProfileDraft): ProfileBody {
  const body: ProfileBody = {};
  if (now.bio.trim() !== saved.bio.trim()) body.bio = now.bio;
  const topics = topicsFromText(now.topicsText);
  if (topicsToText(topics) !== topicsToText(topicsFromText(saved.topicsText))) body.topics = topics;
  if (now.meetingUrl.trim() !== saved.meetingUrl.trim()) body.meetingUrl = now.meetingUrl.trim();
  return body;
}
