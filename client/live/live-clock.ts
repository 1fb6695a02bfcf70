import type { EventInfo } from '../../shared/protocol/views';
import type { ClockSnapshot, ClockState } from '../../shared/schemas/clock';
import { advance, buildPhases, clockSnapshot, type Phase } from '../../shared/timeline';

/** The phases of an event from its settings (what the timeline needs to run the clock on). */
export function phasesOf(event: Pick<EventInfo, 'rounds' | 'roundSeconds' | 'changeoverSeconds' | 'breaks'>): Phase[] {
  return buildPhases({ rounds: event.rounds, roundSeconds: event.roundSeconds, changeoverSeconds: event.changeoverSeconds, breaks: event.breaks });
}

/** The stored clock state a snapshot describes (so the shared timeline can run it forward). */
export function clockStateOf(c: ClockSnapshot): ClockState {
  switch (c.status) {
    case 'idle':
      return { status: 'idle', version: c.version };
    case 'finished':
      return { status: 'finished', version: c.version, endedAt: c.serverNow, startedAt: c.startedAt };
    case 'running':
      if (c.phase && c.phaseEndsAt !== null) {
        return { status: 'running', version: c.version, phaseIndex: c.phase.index, phaseEndsAt: c.phaseEndsAt, startedAt: c.startedAt ?? c.serverNow };
      }
      return { status: 'idle', version: c.version };
    case 'paused':
      if (c.phase) return { status: 'paused', version: c.version, phaseIndex: c.phase.index, remainingMs: c.remainingMs, startedAt: c.startedAt ?? c.serverNow };
      return { status: 'idle', version: c.version };
  }
}

/**
 * The clock as it stands at `serverNow`: a running clock whose phase has ended moves on by
 * itself, so a screen that missed the broadcast (offline, asleep) keeps showing the right
 * phase and countdown from what it knows. Returns `clock` itself while nothing has moved
 * (stable identity), and when the phases are unknown or do not match the clock.
 */
export function liveClockAt(clock: ClockSnapshot, phases: Phase[] | null, serverNow: number): ClockSnapshot {
  if (clock.status !== 'running' || clock.phaseEndsAt === null || serverNow < clock.phaseEndsAt) return clock;
  if (!phases || phases.length !== clock.phaseCount) return clock;
  return clockSnapshot(advance(clockStateOf(clock), phases, serverNow), phases, serverNow);
}
