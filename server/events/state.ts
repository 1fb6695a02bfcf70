import type { ClockState } from '../../shared/schemas/clock';
import type { Mentee, Mentor } from '../../shared/schemas/people';
import type { Schedule } from '../../shared/schemas/schedule';
import type { Break } from '../../shared/schemas/settings';
import { buildPhases, type Phase } from '../../shared/timeline';

/** Settings as stored: `rounds` null means "one round per mentor", resolved when planning. */
export interface StoredSettings {
  name: string;
  roundSeconds: number;
  changeoverSeconds: number;
  rounds: number | null;
  tableCapacity: number;
  breaks: Break[];
  plannedStartAt: number | null;
}

/**
 * Everything the server knows about one event, as an immutable value: commands return a new
 * state and leave unchanged parts (and people) as the same objects, which is how the store
 * knows what to write and the publisher what to tell.
 */
export interface EventState {
  id: string;
  createdAt: number;
  settings: StoredSettings;
  mentors: Mentor[];
  mentees: Mentee[];
  schedule: Schedule | null;
  /** Increments with every change of the schedule. */
  scheduleVersion: number;
  /** The planner seed, kept so automatic replans stay stable. */
  seed: number | string;
  clock: ClockState;
}

/**
 * The number of rounds the event runs: fixed by the organizer, else the planned schedule's
 * (frozen once planned so the timeline does not move under people's feet), else one per mentor.
 */
export function effectiveRounds(s: EventState): number {
  return s.settings.rounds ?? s.schedule?.rounds.length ?? s.mentors.length;
}

/** The phases of the event's timeline. */
export function phasesOf(s: EventState): Phase[] {
  const { roundSeconds, changeoverSeconds, breaks } = s.settings;
  return buildPhases({ rounds: effectiveRounds(s), roundSeconds, changeoverSeconds, breaks });
}

/** Whether the clock has been started (running, paused or finished after a start). */
export function hasStarted(s: EventState): boolean {
  return s.clock.status === 'running' || s.clock.status === 'paused' || (s.clock.status === 'finished' && s.clock.startedAt !== null);
}
