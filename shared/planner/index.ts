/** The rotation planner: pure functions from people and settings to a schedule and its figures. */
export type {
  PlanMentor,
  PlanMentee,
  PlanSettings,
  PlanInput,
  PlanOptions,
  PlanPin,
  MetBefore,
  GroupRules,
  QualityOptions,
  QualityReport,
  CompleteQualityReport,
  Spread,
  Place,
  SeatChange,
  TableChange,
  ScheduleDiff,
  Schedule,
} from './types';
export { PlanError } from './errors';
export { MAX_PAIRS, MAX_PLAN_WORK } from './model';
export { plan, DEFAULT_SEED } from './plan';
export { replan } from './replan';
export { quality } from './quality';
export { formatQuality } from './format-quality';
export { explain } from './explain';
export { diffSchedules } from './diff';
export { coverageBound } from './coverage-bound';

// Issue 17's formats, each its own planner (shared/planner/peer, shared/planner/moving).
export * as peer from './peer';
export * as moving from './moving';
export { isMovingSchedule } from './moving-dispatch';
export { movingQualityLines } from './moving-quality-lines';
export { isPeerSchedule, peersAt, type PeerSchedule } from './peer-schedule';
export { peerDefaultRounds, peerTableSize } from './peer-rounds-default';
export { peerQualityLines, peerScheduleQuality } from './peer-schedule-quality';
