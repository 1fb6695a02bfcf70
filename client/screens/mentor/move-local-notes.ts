import type { MeetingsAnswer } from '../../../shared/protocol/after-talk';
import type { FeedbackBody } from '../../../shared/schemas/feedback';
import { noteKey, readNote, writeNote } from './private-notes';

/**
 * Private notes used to live only in this browser, one per mentee; they are now the `note` of
 * the meeting's feedback, on the server. A note left from before is handed to the outbox once
 * for the first meeting with that mentee whose server note is empty, then forgotten here (the
 * outbox keeps it until the server has it). A meeting that already has a note on the server
 * keeps it: the local one stays where it was rather than overwrite what was written since.
 */
export function moveLocalNotes(
  answer: MeetingsAnswer,
  ids: { eventId: string; mentorId: string },
  give: (round: number, withId: string, fields: FeedbackBody) => void,
  storage?: Storage,
): number {
  const done = new Set<string>();
  let moved = 0;
  const meetings = answer.meetings.filter((m) => m.with.role === 'mentee').sort((a, b) => a.round - b.round);
  for (const m of meetings) {
    if (done.has(m.with.id)) continue;
    done.add(m.with.id);
    const key = noteKey(ids.eventId, ids.mentorId, m.with.id);
    const local = readNote(key, storage);
    if (local.trim() === '') continue;
    const server = m.feedback?.note ?? '';
    if (server.trim() === local.trim()) writeNote(key, '', storage);
    if (server.trim() !== '') continue;
    give(m.round, m.with.id, { note: local });
    writeNote(key, '', storage);
    moved++;
  }
  return moved;
}
