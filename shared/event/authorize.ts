import type { Role } from '../protocol/events';
import { refuse, type Failure } from './domain-error';
import type { CommandType, EventCommand } from './commands';

/** Who sends a command: a key's role (and person), or the server itself (the clock runner). */
export interface Actor {
  role: Role | 'system';
  personId: string | null;
}

/** The server's own actor, for phase boundaries and recovery. */
export const SYSTEM: Actor = { role: 'system', personId: null };

type Rule = { who: readonly Actor['role'][]; own?: boolean; refusal: string };

const organizer: Rule = { who: ['organizer'], refusal: 'only the organizer can change the event' };

/** Which role may send which command; `own`: only about the sender themself. */
const RULES: Record<CommandType, Rule> = {
  'event.create': organizer,
  'event.import': organizer,
  'event.delete': organizer,
  'settings.patch': organizer,
  'people.add': organizer,
  'person.patch': organizer,
  'person.delete': organizer,
  'attendance.set': organizer,
  'attendance.check-in': { who: ['mentor', 'mentee'], own: true, refusal: 'only a person can check themself in' },
  'attendance.here-after-all': {
    who: ['mentor', 'mentee'],
    own: true,
    refusal: 'only a person can say they are here after all',
  },
  'schedule.plan': organizer,
  'schedule.apply': organizer,
  'schedule.edit': organizer,
  'questions.update': { who: ['mentee'], own: true, refusal: 'only a mentee can edit their questions' },
  'clock.command': { who: ['organizer'], refusal: 'only the organizer can command the clock' },
  'clock.undo': { who: ['organizer'], refusal: 'only the organizer can command the clock' },
  'clock.reset': { who: ['organizer'], refusal: 'only the organizer can command the clock' },
  'clock.advance': { who: ['system'], refusal: 'only the server moves the clock on by itself' },
  'feedback.give': {
    who: ['mentor', 'mentee'],
    own: true,
    refusal: 'only a person can give feedback on their meetings',
  },
  'sharing.set': { who: ['mentor', 'mentee'], own: true, refusal: 'only a person can choose what they share' },
  'feedback.erase': { who: ['organizer'], refusal: 'only the organizer can erase the feedback' },
  'history.add': organizer,
  'history.clear': organizer,
  'registration.set': organizer,
  'registration.revoke-code': organizer,
  'signup.submit': { who: ['signup'], refusal: 'only the sign-up link can sign up' },
  'registration.decide': { who: ['organizer'], refusal: 'only the organizer can decide on sign-ups' },
  'profile.update': { who: ['mentor'], own: true, refusal: 'only a mentor can complete their own profile' },
  'person.locale': { who: ['mentor', 'mentee'], own: true, refusal: 'only a person can choose their own language' },
};

/** Null when `actor` may send `command`, else the refusal. */
export function authorize(actor: Actor, command: EventCommand): Failure | null {
  const rule = RULES[command.type];
  if (!rule.who.includes(actor.role)) return refuse.forbidden(rule.refusal);
  if (rule.own && (!('personId' in command) || command.personId !== actor.personId))
    return refuse.forbidden(rule.refusal);
  return null;
}
