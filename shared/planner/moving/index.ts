/** The moving-mentors planner (issue 17): mentees seated once in table groups, mentors visit the tables. */
export type {
  MovingInput,
  MovingMentee,
  MovingOptions,
  MovingRound,
  MovingSchedule,
  MovingVisit,
  SeatedTable,
} from './types';
export type { MovingQualityReport } from './quality';
export { planMovingMentors } from './plan';
export { replanMovingMentors } from './replan';
export { movingQuality } from './quality';
export { movingCoverageBound } from './bound';
