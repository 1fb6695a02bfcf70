import type { Meeting } from '../../../shared/protocol/after-talk';

/** The meetings of one round: one time and one table, one or more people met there. */
export interface MeetingRound {
  round: number;
  startsAt: number | null;
  table: string | null;
  meetings: Meeting[];
}

/**
 * The meetings grouped by round, in round order: a mentee sits with a mentor and the other
 * mentees of the table at once, and reading the time and table once per round is calmer than
 * once per person.
 */
export function meetingRounds(meetings: readonly Meeting[]): MeetingRound[] {
  const byRound = new Map<number, MeetingRound>();
  for (const m of meetings) {
    const group = byRound.get(m.round);
    if (group) group.meetings.push(m);
    else byRound.set(m.round, { round: m.round, startsAt: m.startsAt, table: m.table, meetings: [m] });
  }
  return [...byRound.values()].sort((a, b) => a.round - b.round);
}
