import type { ClockLogEntry } from '../../backup/clock-history';
import type { ClockCommand } from '../../schemas/clock';
import { activePhaseIndex } from '../../timeline';
import type { EventState } from '../state';

/**
 * The clock history entry of an accepted command (a clock command, an undo or a reset): `before`
 * is the event brought to the command's time, `after` the result. The phase is the one the
 * command was given in.
 */
export function clockLogEntry(
  before: EventState,
  after: EventState,
  cmd: ClockCommand | { action: 'undo' | 'reset' },
  at: number,
): ClockLogEntry {
  return {
    at,
    action: cmd.action,
    ...(cmd.action === 'extend' ? { seconds: cmd.seconds } : {}),
    phaseIndex: activePhaseIndex(before.clock),
    version: after.clock.version,
  };
}
