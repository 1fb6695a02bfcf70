import { vi } from 'vitest';
import type { ReportApi } from '../../../../client/screens/organizer/report/report-api';
import type { EventReport } from '../../../../shared/protocol/after-talk';

/** Three rounds, 22 of 24 meetings held; Grace has a mean, Ada too few ratings for one. */
export function reportFixture(over: Partial<EventReport> = {}): EventReport {
  return {
    meetingsPlanned: 24,
    meetingsHeld: 22,
    noShows: 2,
    perRound: [
      { round: 1, planned: 8, held: 8 },
      { round: 2, planned: 8, held: 7 },
      { round: 3, planned: 8, held: 7 },
    ],
    ratings: { count: 15, mean: 4.2666, histogram: [0, 1, 2, 4, 8] },
    perMentor: [
      { mentorId: 'm1', name: 'Grace Hopper', meetings: 12, ratingCount: 13, ratingMean: 4.5 },
      { mentorId: 'm2', name: 'Ada Lovelace', meetings: 10, ratingCount: 2, ratingMean: null },
    ],
    followUps: { given: 9, mutual: 3 },
    ...over,
  };
}

/** A report API whose calls the test controls and inspects. */
export function fakeReportApi(report: EventReport = reportFixture()) {
  return {
    load: vi.fn(async () => report),
    downloadFollowUps: vi.fn(async () => 'follow-ups-ev1.csv'),
    eraseFeedback: vi.fn(async () => null),
  } satisfies ReportApi;
}
