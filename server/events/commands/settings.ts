import type { Issue } from '../../../shared/schemas/errors';
import type { Break, EventSettings, EventSettingsPatch } from '../../../shared/schemas/settings';
import { badRequest, conflict } from '../../errors';
import { hasStarted, phasesOf, type EventState, type StoredSettings } from '../state';
import { reconcileSchedule } from './schedule';

/** A new event (pure): idle clock, no people, no schedule. */
export function createEventState(id: string, settings: EventSettings, now: number, seed: number | string): EventState {
  return {
    id,
    createdAt: now,
    settings: {
      name: settings.name,
      roundSeconds: settings.roundSeconds,
      changeoverSeconds: settings.changeoverSeconds,
      rounds: settings.rounds ?? null,
      tableCapacity: settings.tableCapacity,
      breaks: [...settings.breaks].sort((a, b) => a.afterRound - b.afterRound),
      plannedStartAt: settings.plannedStartAt ?? null,
    },
    mentors: [],
    mentees: [],
    schedule: null,
    scheduleVersion: 0,
    seed,
    clock: { status: 'idle', version: 0 },
  };
}

function breakIssues(breaks: Break[], rounds: number | null): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<number>();
  breaks.forEach((b, i) => {
    if (seen.has(b.afterRound)) issues.push({ path: `breaks.${i}.afterRound`, message: `a break after round ${b.afterRound} is already set` });
    seen.add(b.afterRound);
    if (rounds !== null && b.afterRound >= rounds) issues.push({ path: `breaks.${i}.afterRound`, message: `must be before the last round (${rounds})` });
  });
  return issues;
}

/** The breaks whose phase (the changeover after round k, phase 2k−1) has begun by `phaseIndex`. */
const begunBreaks = (breaks: Break[], phaseIndex: number) =>
  JSON.stringify(breaks.filter((b) => 2 * b.afterRound - 1 <= phaseIndex).sort((a, b) => a.afterRound - b.afterRound));

/**
 * Change settings (pure). Before the start anything goes; once started only what shapes
 * future phases (lengths, later breaks, a round count not below the current round, the
 * name, the table capacity for rounds not yet begun); after the end only the name.
 */
export function patchSettings(state: EventState, patch: EventSettingsPatch, now: number): EventState {
  const clock = state.clock;
  if (clock.status === 'finished') {
    const other = Object.keys(patch).filter((k) => k !== 'name');
    if (other.length > 0) throw conflict(`the event has ended; only its name can change (not ${other.join(', ')})`);
  }
  const settings: StoredSettings = { ...state.settings, ...patch };
  if (patch.breaks) settings.breaks = [...patch.breaks].sort((a, b) => a.afterRound - b.afterRound);
  const next: EventState = { ...state, settings };
  if ((clock.status === 'running' || clock.status === 'paused') && hasStarted(state)) {
    const before = phasesOf(state);
    const after = phasesOf(next);
    const current = before[clock.phaseIndex];
    if (current && settings.rounds !== null && settings.rounds < current.round) {
      throw conflict(`round ${current.round} is under way: rounds must be at least ${current.round}`);
    }
    if (begunBreaks(state.settings.breaks, clock.phaseIndex) !== begunBreaks(settings.breaks, clock.phaseIndex)) {
      throw conflict('a break that has begun or passed cannot be added, removed or changed; use extend for the current phase');
    }
    for (let i = 0; i <= clock.phaseIndex; i++) {
      if (before[i]?.kind !== after[i]?.kind || before[i]?.round !== after[i]?.round) {
        throw conflict('this change would rewrite phases that have already begun');
      }
    }
  }
  // After the conflicts: "that round has begun" says more than "then this break would be last".
  const issues = patch.breaks || patch.rounds !== undefined ? breakIssues(patch.breaks ?? state.settings.breaks, settings.rounds) : [];
  if (issues.length > 0) throw badRequest('invalid breaks', issues);
  return reconcileSchedule(state, next, now);
}
