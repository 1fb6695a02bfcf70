import type { ClockRequest } from '../schemas/clock-request';
import type { CommandOf } from './commands';

/** The event command a clock request (POST …/clock, `clock:command`) stands for. */
export function clockRequestCommand(
  body: ClockRequest,
): CommandOf<'clock.command'> | CommandOf<'clock.undo'> | CommandOf<'clock.reset'> {
  if (body.action === 'undo') return { type: 'clock.undo', version: body.version };
  if (body.action === 'reset')
    return { type: 'clock.reset', ...(body.confirm === undefined ? {} : { confirm: body.confirm }) };
  return { type: 'clock.command', command: body };
}
