/**
 * The bench's largest mentors-move case (200 tables × 1000 mentees × 20 rounds) is planned
 * within every rule and at its bound. Timing is the bench's to print (npm run bench:plan), not
 * this test's to assert.
 */
import { expect, it } from 'vitest';
import { movingCase } from '../../../../../bench/lib/moving-bench';
import { movingQuality, planMovingMentors } from '../../../../../shared/planner/moving';

it('plans the 200-table bench case at the bound with no rule broken', () => {
  const input = movingCase(2024);
  const schedule = planMovingMentors(input, { seed: 2024 });
  const q = movingQuality(schedule, input);
  expect(q).toMatchObject({ avoidBreaks: 0, avoidableRepeats: 0, doubleVisits: 0, seatMoves: 0 });
  expect(q.distinctMeetings).toBe(q.coverageBound);
  expect(q.groupSizes.spread).toBeLessThanOrEqual(1);
});
