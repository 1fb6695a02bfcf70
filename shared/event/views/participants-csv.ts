import { participantsToCsv } from '../../csv';
import { roleLabeller } from '../../csv/role-label';
import type { EventState } from '../state';

/**
 * The people of an event in the participants CSV format (wishes and avoids by mentor name),
 * with each person's attendance after the first nine columns (the import reads past it), then
 * their group and a mentee's priority; when the event has its own role words, `role_label` last.
 */
export function participantsCsvOf(s: EventState): string {
  const mentorName = new Map(s.mentors.map((m) => [m.id, m.name]));
  const names = (ids: string[]) => ids.flatMap((id) => (mentorName.has(id) ? [mentorName.get(id)!] : []));
  return participantsToCsv(
    s.mentors.map((m) => ({
      name: m.name,
      table: m.table,
      topics: m.topics,
      bio: m.bio,
      email: m.email,
      group: m.group,
      meetingUrl: m.meetingUrl,
      locale: m.locale,
      attendance: m.attendance,
    })),
    s.mentees.map((m) => ({
      name: m.name,
      questions: m.questions,
      wishes: names(m.wishes),
      avoid: names(m.avoid),
      email: m.email,
      group: m.group,
      priority: m.priority,
      table: m.table,
      locale: m.locale,
      attendance: m.attendance,
    })),
    { attendance: true, roleLabel: roleLabeller(s.settings) },
  );
}
