import type { ClockLogEntry } from '../../shared/backup/clock-history';
import type { ClockCommand } from '../../shared/schemas/clock';
import type { EventState } from './state';

/**
 * The clock history entry of an accepted command (pure): `before` is the event brought to
 * the command's time, `after` the result. The phase is the one the command was given in.
 */
export function clockLogEntry(before: EventState, after: EventState, cmd: ClockCommand, at: number): ClockLogEntry {
  const c = before.clock;
  const phaseIndex = c.status === 'running' || c.status === 'paused' ? c.phaseIndex : null;
  return {
    at,
    action: cmd.action,
    ...(cmd.action === 'extend' ? { seconds: cmd.seconds } : {}),
    phaseIndex,
    version: after.clock.version,
  };
}
