/**
 * Who may send what: every actor role × every command type, and the `own` rule (a person may
 * check in or edit questions only for themself).
 */
import { describe, expect, it } from 'vitest';
import { SYSTEM, authorize, type Actor } from '../../../../shared/event/authorize';
import { eventCommandSchema, type CommandType, type EventCommand } from '../../../../shared/event/commands';
import { cmd } from './support';

/** The sender's own person id; commands about a person name this one unless a case says otherwise. */
const ME = 'me1';

/** One valid command of each type. */
const SAMPLE: Record<CommandType, EventCommand> = {
  'event.create': cmd({
    type: 'event.create',
    eventId: 'ev1',
    settings: { name: 'Night', roundSeconds: 60, changeoverSeconds: 5 },
  }),
  'event.import': {
    type: 'event.import',
    eventId: 'ev1',
    // Authorization only looks at the type: the backup's content is irrelevant here.
    backup: {} as Extract<EventCommand, { type: 'event.import' }>['backup'],
  },
  'event.delete': cmd({ type: 'event.delete' }),
  'settings.patch': cmd({ type: 'settings.patch', patch: { name: 'x' } }),
  'people.add': cmd({ type: 'people.add', people: { mentors: [{ name: 'Ann' }] } }),
  'person.patch': cmd({ type: 'person.patch', personId: ME, patch: { name: 'x' } }),
  'person.delete': cmd({ type: 'person.delete', personId: ME }),
  'attendance.set': cmd({ type: 'attendance.set', personId: ME, status: 'present' }),
  'attendance.check-in': cmd({ type: 'attendance.check-in', personId: ME }),
  'attendance.here-after-all': cmd({ type: 'attendance.here-after-all', personId: ME }),
  'schedule.plan': cmd({ type: 'schedule.plan' }),
  'schedule.apply': cmd({ type: 'schedule.apply', body: {} }),
  'schedule.edit': cmd({ type: 'schedule.edit', body: { basedOn: 1, edits: [{ op: 'lock-round', round: 1 }] } }),
  'questions.update': cmd({ type: 'questions.update', personId: ME, questions: ['q'] }),
  'clock.command': cmd({ type: 'clock.command', command: { action: 'start' } }),
  'clock.undo': cmd({ type: 'clock.undo', version: 3 }),
  'clock.reset': cmd({ type: 'clock.reset', confirm: true }),
  'clock.advance': cmd({ type: 'clock.advance' }),
  'feedback.give': cmd({ type: 'feedback.give', personId: ME, round: 1, withId: 'm2', followUp: true }),
  'sharing.set': cmd({ type: 'sharing.set', personId: ME, body: { share: 'none' } }),
  'feedback.erase': cmd({ type: 'feedback.erase' }),
  'history.add': cmd({ type: 'history.add', pairs: [{ menteeId: 'e1', mentorId: 'm1' }] }),
  'history.clear': cmd({ type: 'history.clear' }),
  'registration.set': cmd({ type: 'registration.set', body: { open: true } }),
  'registration.revoke-code': cmd({ type: 'registration.revoke-code' }),
  'signup.submit': cmd({ type: 'signup.submit', codeVersion: 1, body: { name: 'Zoe', consent: true } }),
  'registration.decide': cmd({ type: 'registration.decide', registrationId: 'r1', body: { action: 'approve' } }),
  'profile.update': cmd({ type: 'profile.update', personId: ME, body: { bio: 'hi' } }),
  'person.locale': cmd({ type: 'person.locale', personId: ME, locale: 'de' }),
};

const ROLES = ['organizer', 'projector', 'mentor', 'mentee', 'signup', 'system'] as const;
type R = (typeof ROLES)[number];

const ORGANIZER_ONLY = 'only the organizer can change the event';
/** Per command: who is allowed, and the refusal everyone else gets. */
const MATRIX: Record<CommandType, { allowed: R[]; refusal: string }> = {
  'event.create': { allowed: ['organizer'], refusal: ORGANIZER_ONLY },
  'event.import': { allowed: ['organizer'], refusal: ORGANIZER_ONLY },
  'event.delete': { allowed: ['organizer'], refusal: ORGANIZER_ONLY },
  'settings.patch': { allowed: ['organizer'], refusal: ORGANIZER_ONLY },
  'people.add': { allowed: ['organizer'], refusal: ORGANIZER_ONLY },
  'person.patch': { allowed: ['organizer'], refusal: ORGANIZER_ONLY },
  'person.delete': { allowed: ['organizer'], refusal: ORGANIZER_ONLY },
  'attendance.set': { allowed: ['organizer'], refusal: ORGANIZER_ONLY },
  'attendance.check-in': { allowed: ['mentor', 'mentee'], refusal: 'only a person can check themself in' },
  'attendance.here-after-all': {
    allowed: ['mentor', 'mentee'],
    refusal: 'only a person can say they are here after all',
  },
  'schedule.plan': { allowed: ['organizer'], refusal: ORGANIZER_ONLY },
  'schedule.apply': { allowed: ['organizer'], refusal: ORGANIZER_ONLY },
  'schedule.edit': { allowed: ['organizer'], refusal: ORGANIZER_ONLY },
  'questions.update': { allowed: ['mentee'], refusal: 'only a mentee can edit their questions' },
  'clock.command': { allowed: ['organizer'], refusal: 'only the organizer can command the clock' },
  'clock.undo': { allowed: ['organizer'], refusal: 'only the organizer can command the clock' },
  'clock.reset': { allowed: ['organizer'], refusal: 'only the organizer can command the clock' },
  'clock.advance': { allowed: ['system'], refusal: 'only the server moves the clock on by itself' },
  'feedback.give': { allowed: ['mentor', 'mentee'], refusal: 'only a person can give feedback on their meetings' },
  'sharing.set': { allowed: ['mentor', 'mentee'], refusal: 'only a person can choose what they share' },
  'feedback.erase': { allowed: ['organizer'], refusal: 'only the organizer can erase the feedback' },
  'history.add': { allowed: ['organizer'], refusal: ORGANIZER_ONLY },
  'history.clear': { allowed: ['organizer'], refusal: ORGANIZER_ONLY },
  'registration.set': { allowed: ['organizer'], refusal: ORGANIZER_ONLY },
  'registration.revoke-code': { allowed: ['organizer'], refusal: ORGANIZER_ONLY },
  'signup.submit': { allowed: ['signup'], refusal: 'only the sign-up link can sign up' },
  'registration.decide': { allowed: ['organizer'], refusal: 'only the organizer can decide on sign-ups' },
  'profile.update': { allowed: ['mentor'], refusal: 'only a mentor can complete their own profile' },
  'person.locale': { allowed: ['mentor', 'mentee'], refusal: 'only a person can choose their own language' },
};

/** The actor of a role: people carry their own id, the organizer and projector keys none. */
const actorOf = (role: R): Actor =>
  role === 'system' ? SYSTEM : { role, personId: role === 'mentor' || role === 'mentee' ? ME : null };

const CELLS = (Object.keys(MATRIX) as CommandType[]).flatMap((type) =>
  ROLES.map((role) => ({ type, role, allowed: MATRIX[type].allowed.includes(role), refusal: MATRIX[type].refusal })),
);

describe('authorize: the role × command matrix', () => {
  it('covers every command type of the union', () => {
    const types = eventCommandSchema.options.map((o) => o.shape.type.value);
    expect(Object.keys(MATRIX).sort()).toEqual([...types].sort());
    expect(Object.keys(SAMPLE).sort()).toEqual([...types].sort());
    expect(CELLS).toHaveLength(types.length * ROLES.length);
  });

  it.each(CELLS)('$role sending $type: allowed $allowed', ({ type, role, allowed, refusal }) => {
    const r = authorize(actorOf(role), SAMPLE[type]);
    if (allowed) expect(r).toBeNull();
    else expect(r).toEqual({ ok: false, error: { code: 'forbidden', message: refusal } });
  });

  it('the system actor is the server itself, with no person', () => {
    expect(SYSTEM).toEqual({ role: 'system', personId: null });
  });
});

describe('authorize: the own rule', () => {
  const checkIn = (personId: string) => cmd({ type: 'attendance.check-in', personId });
  const questions = (personId: string) => cmd({ type: 'questions.update', personId, questions: [] });
  const CASES: { name: string; actor: Actor; command: EventCommand; refusal: string | null }[] = [
    {
      name: 'a mentee checks themself in',
      actor: { role: 'mentee', personId: 'e1' },
      command: checkIn('e1'),
      refusal: null,
    },
    {
      name: 'a mentor checks themself in',
      actor: { role: 'mentor', personId: 'm1' },
      command: checkIn('m1'),
      refusal: null,
    },
    {
      name: 'a mentee checks in someone else',
      actor: { role: 'mentee', personId: 'e1' },
      command: checkIn('e2'),
      refusal: 'only a person can check themself in',
    },
    {
      name: 'a mentor checks in a mentee',
      actor: { role: 'mentor', personId: 'm1' },
      command: checkIn('e1'),
      refusal: 'only a person can check themself in',
    },
    {
      name: 'a person key without a person',
      actor: { role: 'mentee', personId: null },
      command: checkIn('e1'),
      refusal: 'only a person can check themself in',
    },
    {
      name: 'a mentor says they are here after all',
      actor: { role: 'mentor', personId: 'm1' },
      command: cmd({ type: 'attendance.here-after-all', personId: 'm1' }),
      refusal: null,
    },
    {
      name: 'a mentee says someone else is here after all',
      actor: { role: 'mentee', personId: 'e1' },
      command: cmd({ type: 'attendance.here-after-all', personId: 'e2' }),
      refusal: 'only a person can say they are here after all',
    },
    {
      name: 'a mentee edits their own questions',
      actor: { role: 'mentee', personId: 'e1' },
      command: questions('e1'),
      refusal: null,
    },
    {
      name: "a mentee edits another mentee's questions",
      actor: { role: 'mentee', personId: 'e1' },
      command: questions('e2'),
      refusal: 'only a mentee can edit their questions',
    },
    {
      name: 'a mentor edits questions under their own id',
      actor: { role: 'mentor', personId: 'm1' },
      command: questions('m1'),
      refusal: 'only a mentee can edit their questions',
    },
    {
      name: "the organizer edits a mentee's questions",
      actor: { role: 'organizer', personId: null },
      command: questions('e1'),
      refusal: 'only a mentee can edit their questions',
    },
    {
      name: 'a mentee gives feedback in the name of another',
      actor: { role: 'mentee', personId: 'e1' },
      command: cmd({ type: 'feedback.give', personId: 'e2', round: 1, withId: 'm1', followUp: true }),
      refusal: 'only a person can give feedback on their meetings',
    },
    {
      name: 'a mentor sets what another person shares',
      actor: { role: 'mentor', personId: 'm1' },
      command: cmd({ type: 'sharing.set', personId: 'e1', body: { share: 'none' } }),
      refusal: 'only a person can choose what they share',
    },
    {
      name: 'ids are compared exactly (no case folding)',
      actor: { role: 'mentee', personId: 'e1' },
      command: questions('E1'),
      refusal: 'only a mentee can edit their questions',
    },
    {
      name: 'the own rule is only for own commands: an organizer with a person id still sets anyone',
      actor: { role: 'organizer', personId: 'o1' },
      command: cmd({ type: 'attendance.set', personId: 'e9', status: 'absent' }),
      refusal: null,
    },
  ];

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, { actor, command, refusal }) => {
    const r = authorize(actor, command);
    if (refusal === null) expect(r).toBeNull();
    else expect(r).toEqual({ ok: false, error: { code: 'forbidden', message: refusal } });
  });
});
