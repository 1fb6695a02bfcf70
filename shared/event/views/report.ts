/**
 * The organizer's report after the talk (`GET /api/events/:id/report`): meetings planned and
 * held, no-shows, ratings and follow-ups, as counts only. Nothing in it says who rated whom or
 * who said yes to whom; a mentor's mean rating shows only from MIN_RATINGS_FOR_MEAN ratings
 * on. Pure, and one pass over the schedule and one over the feedback (2,400 people and 30,000
 * entries take a few milliseconds).
 */
import { type EventReport, MIN_RATINGS_FOR_MEAN } from '../../protocol/after-talk';
import { roundBegun } from '../rules/feedback';
import type { EventState } from '../state';

interface MentorTally {
  meetings: number;
  ratingCount: number;
  ratingSum: number;
}

/** A mean rounded to 2 decimals; null for none. */
const meanOf = (sum: number, count: number): number | null =>
  count === 0 ? null : Math.round((sum / count) * 100) / 100;

/** The event's report: counts of meetings, no-shows, ratings and follow-ups. */
export function eventReport(s: EventState): EventReport {
  const absent = new Set<string>();
  for (const p of s.mentors) if (p.attendance === 'absent') absent.add(p.id);
  for (const p of s.mentees) if (p.attendance === 'absent') absent.add(p.id);

  const tally = new Map<string, MentorTally>();
  for (const m of s.mentors) tally.set(m.id, { meetings: 0, ratingCount: 0, ratingSum: 0 });

  // Meetings: each mentor–mentee pair seated in a round; held when the round began and neither was a no-show.
  let meetingsPlanned = 0;
  let meetingsHeld = 0;
  const perRound: EventReport['perRound'] = [];
  for (const r of s.schedule?.rounds ?? []) {
    const begun = roundBegun(s, r.round);
    let planned = 0;
    let held = 0;
    for (const t of r.tables) {
      planned += t.menteeIds.length;
      if (!begun || absent.has(t.mentorId)) continue;
      let here = 0;
      for (const id of t.menteeIds) if (!absent.has(id)) here++;
      held += here;
      const mentor = tally.get(t.mentorId);
      if (mentor) mentor.meetings += here;
    }
    meetingsPlanned += planned;
    meetingsHeld += held;
    perRound.push({ round: r.round, planned, held });
  }

  // Feedback: ratings (all of them, and those mentees gave each mentor) and the yeses.
  const histogram = [0, 0, 0, 0, 0];
  let ratingCount = 0;
  let ratingSum = 0;
  let given = 0;
  const yes = new Map<string, Set<string>>();
  for (const writer of Object.keys(s.feedback)) {
    const entries = s.feedback[writer]!.given;
    const byMentee = !tally.has(writer);
    for (const e of entries) {
      if (e.rating !== null) {
        ratingCount++;
        ratingSum += e.rating;
        histogram[e.rating - 1]!++;
        const mentor = byMentee ? tally.get(e.withId) : undefined;
        if (mentor) {
          mentor.ratingCount++;
          mentor.ratingSum += e.rating;
        }
      }
      if (e.followUp) {
        given++;
        let mine = yes.get(writer);
        if (!mine) {
          mine = new Set();
          yes.set(writer, mine);
        }
        mine.add(e.withId);
      }
    }
  }
  // A pair is mutual when each said yes to the other (in any round they met); counted once.
  let mutual = 0;
  for (const [a, theirs] of yes) for (const b of theirs) if (a < b && yes.get(b)?.has(a)) mutual++;

  return {
    meetingsPlanned,
    meetingsHeld,
    noShows: absent.size,
    perRound,
    ratings: { count: ratingCount, mean: meanOf(ratingSum, ratingCount), histogram },
    perMentor: s.mentors.map((m) => {
      const t = tally.get(m.id)!;
      return {
        mentorId: m.id,
        name: m.name,
        meetings: t.meetings,
        ratingCount: t.ratingCount,
        ratingMean: t.ratingCount < MIN_RATINGS_FOR_MEAN ? null : meanOf(t.ratingSum, t.ratingCount),
      };
    }),
    followUps: { given, mutual },
  };
}
