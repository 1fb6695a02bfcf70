/**
 * The event's rules in one function: `apply(state, command, now, env)` brings the clock to
 * `now`, runs the command and returns the next state and the command's result, or the one
 * DomainError saying why not. Pure: time, fresh ids and hashing come in as arguments, and
 * nothing is thrown for a refusal. The server's dispatch stores and publishes what it returns.
 */
import type { ClockLogEntry } from '../backup/clock-history';
import type { Locale } from '../schemas/locale';
import type { Mentee, Mentor } from '../schemas/people';
import type { Schedule } from '../schemas/schedule';
import type { ClockSnapshot } from '../schemas/clock';
import type { Sharing } from '../schemas/feedback';
import type { FeedbackGiven } from '../protocol/after-talk';
import type { PendingChange } from '../attendance/pending';
import { pendingChanges } from '../attendance/pending';
import { ok, refuse, type Failure, type Outcome } from './domain-error';
import type { CommandOf, CommandType, EventCommand } from './commands';
import { defaultPlanner, type Planner } from './planner';
import { createEventState, openRound, type EventState } from './state';
import { hereAfterAll, selfCheckIn, setAttendance } from './rules/attendance';
import { advanceEvent, resetClockCommand, runClockCommand, undoClockCommand } from './rules/clock';
import { clockLogEntry } from './rules/clock-log';
import { eraseFeedback, giveFeedback, isMutual, noteRoundStarts, setSharing } from './rules/feedback';
import { addedAtTheDoor, addPeople, deletePerson, patchPerson, setPersonLocale, updateQuestions } from './rules/people';
import { addMetBefore, clearMetBefore } from './rules/history';
import { editPlan, type PlanEditResult } from './rules/plan-edits';
import { applyPreview, type Digest } from './rules/preview';
import { restoredState } from './rules/restore';
import { planSchedule, reconcileSchedule } from './rules/schedule';
import { patchSettings } from './rules/settings';
import { revokeCode, setRegistration } from './rules/registration';
import { decideRegistration, submitSignup, withoutRegistrationOf, type SignupDone } from './rules/registration-signup';
import { updateProfile } from './rules/profile';
import type { Registration, RegistrationSettings } from '../schemas/registration';
import { clockOf } from './views/event-info';

/**
 * What the shell provides that a pure function cannot make: fresh ids, a seed, a fingerprint,
 * and optionally the planner (the server replays a rehearsal's plans; see planner.ts).
 */
export interface ApplyEnv {
  /** A new person id, unique within the event. */
  newId(): string;
  /** A planner seed for a new event. */
  newSeed(): number;
  digest: Digest;
  planner?: Planner;
}

/** What each command answers with. */
export interface CommandResults {
  'event.create': null;
  'event.import': { replanned: boolean };
  'event.delete': null;
  'settings.patch': null;
  'people.add': { mentors: Mentor[]; mentees: Mentee[] };
  'person.patch': Mentor | Mentee;
  'person.delete': null;
  'attendance.set': { person: Mentor | Mentee; pending: PendingChange[] };
  'attendance.check-in': Mentor | Mentee;
  'attendance.here-after-all': Mentor | Mentee;
  'schedule.plan': Schedule;
  'schedule.apply': Schedule;
  'schedule.edit': PlanEditResult;
  'questions.update': { questions: string[] };
  'clock.command': ClockSnapshot;
  'clock.undo': ClockSnapshot;
  'clock.reset': ClockSnapshot;
  'clock.advance': null;
  'feedback.give': FeedbackGiven;
  'sharing.set': { sharing: Sharing };
  'feedback.erase': { erased: number };
  'history.add': { pairs: number; added: number };
  'history.clear': { pairs: 0; removed: number };
  'registration.set': { registration: RegistrationSettings; newCode: boolean };
  'registration.revoke-code': { registration: RegistrationSettings };
  'signup.submit': Omit<SignupDone, 'state'>;
  'registration.decide': { registration: Registration; person?: Mentor | Mentee };
  'profile.update': Mentor;
  'person.locale': { locale: Locale };
}

/** A command that was accepted: the next state (null: the event is gone) and its result. */
export type Applied<T extends CommandType = CommandType> = {
  ok: true;
  state: EventState | null;
  result: CommandResults[T];
  /** The clock history entry to store with it (clock commands). */
  clockLog?: ClockLogEntry;
};

/** Apply one command to an event (`state` null: there is none yet, or no more). */
export function apply<T extends CommandType>(
  state: EventState | null,
  command: CommandOf<T>,
  now: number,
  env: ApplyEnv,
): Applied<T> | Failure {
  // Round starts are noted before the clock is brought to now (the boundaries it passes) and
  // after the command (a start or a skip into a meeting): "Your meetings" shows them.
  const before = state === null ? null : noteRoundStarts(state, now);
  const out = run(before, command as EventCommand, now, env);
  if (!out.ok || out.state === null) return out as Applied<T> | Failure;
  const next = noteRoundStarts(out.state, now);
  return (next === out.state ? out : { ...out, state: next }) as Applied<T> | Failure;
}

const done = <T extends CommandType>(state: EventState | null, result: CommandResults[T]): Applied<T> => ({
  ok: true,
  state,
  result,
});

/** The state after `change` with the schedule kept true to it (a replan or a relabel). */
function reconciled<T extends CommandType>(
  prev: EventState,
  change: Outcome<EventState>,
  now: number,
  result: CommandResults[T],
  planner: Planner,
) {
  if (!change.ok) return change;
  const next = reconcileSchedule(prev, change.value, now, planner);
  return next.ok ? done<T>(next.value, result) : next;
}

function run(state: EventState | null, c: EventCommand, now: number, env: ApplyEnv): Applied | Failure {
  const planner = env.planner ?? defaultPlanner;
  if (c.type === 'event.create' || c.type === 'event.import') {
    if (state !== null) return refuse.conflict('an event with this id already exists');
    if (c.type === 'event.create')
      return done<'event.create'>(createEventState(c.eventId, c.settings, now, env.newSeed()), null);
    const restored = restoredState(c.backup, c.eventId, now, env.newId, planner);
    return restored.ok ? done<'event.import'>(restored.value.state, { replanned: restored.value.replanned }) : restored;
  }
  if (state === null) return refuse.notFound('no such event', undefined, { code: 'noSuchEvent' });
  const s = advanceEvent(state, now);
  switch (c.type) {
    case 'event.delete':
      return done<'event.delete'>(null, null);
    case 'clock.advance':
      return done<'clock.advance'>(s, null);
    case 'clock.command': {
      const r = runClockCommand(s, c.command, now, planner);
      if (!r.ok) return r;
      return {
        ok: true,
        state: r.value,
        result: clockOf(r.value, now),
        clockLog: clockLogEntry(s, r.value, c.command, now),
      };
    }
    case 'clock.undo':
    case 'clock.reset': {
      const r = c.type === 'clock.undo' ? undoClockCommand(s, c.version, now) : resetClockCommand(s, now, c.confirm);
      if (!r.ok) return r;
      const action = c.type === 'clock.undo' ? 'undo' : 'reset';
      return {
        ok: true,
        state: r.value,
        result: clockOf(r.value, now),
        clockLog: clockLogEntry(s, r.value, { action }, now),
      };
    }
    case 'settings.patch': {
      const r = patchSettings(s, c.patch, now, planner);
      return r.ok ? done<'settings.patch'>(r.value, null) : r;
    }
    case 'people.add': {
      const r = addPeople(s, c.people, env.newId);
      if (!r.ok) return r;
      // Walk-ins wait for a reviewed replan like every door change (rules/people.ts).
      if (addedAtTheDoor(s))
        return done<'people.add'>(r.value.state, { mentors: r.value.mentors, mentees: r.value.mentees });
      return reconciled<'people.add'>(
        s,
        { ok: true, value: r.value.state },
        now,
        {
          mentors: r.value.mentors,
          mentees: r.value.mentees,
        },
        planner,
      );
    }
    case 'person.patch': {
      const r = patchPerson(s, c.personId, c.patch);
      if (!r.ok) return r;
      return reconciled<'person.patch'>(s, { ok: true, value: r.value.state }, now, r.value.person, planner);
    }
    case 'person.delete': {
      const r = deletePerson(s, c.personId);
      const gone = r.ok ? ok(withoutRegistrationOf(r.value, c.personId)) : r;
      return reconciled<'person.delete'>(s, gone, now, null, planner);
    }
    case 'attendance.set': {
      const r = setAttendance(s, c.personId, c.status, c.expectedPhase);
      if (!r.ok) return r;
      const next = r.value.state;
      return done<'attendance.set'>(next, {
        person: r.value.person,
        pending: pendingChanges(next.schedule, next, openRound(next)),
      });
    }
    case 'attendance.check-in': {
      const r = selfCheckIn(s, c.personId);
      return r.ok ? done<'attendance.check-in'>(r.value.state, r.value.person) : r;
    }
    case 'attendance.here-after-all': {
      const r = hereAfterAll(s, c.personId);
      return r.ok ? done<'attendance.here-after-all'>(r.value.state, r.value.person) : r;
    }
    case 'schedule.plan': {
      const r = planSchedule(s, now, c.seed, planner);
      return r.ok ? done<'schedule.plan'>(r.value, r.value.schedule!) : r;
    }
    case 'schedule.apply': {
      const r = applyPreview(s, c.body, env.digest, planner);
      return r.ok ? done<'schedule.apply'>(r.value.state, r.value.schedule) : r;
    }
    case 'schedule.edit': {
      // No reconcile: pins are the planning rules that changed, and editPlan has replanned for them.
      const r = editPlan(s, c.body, planner);
      return r.ok ? done<'schedule.edit'>(r.value.state, r.value.result) : r;
    }
    case 'questions.update': {
      const r = updateQuestions(s, c.personId, c.questions);
      return r.ok ? done<'questions.update'>(r.value, { questions: c.questions }) : r;
    }
    case 'feedback.give': {
      const { personId, round, withId, type: _type, ...body } = c;
      const r = giveFeedback(s, personId, round, withId, body, now);
      if (!r.ok) return r;
      const { rating, followUp, note } = r.value.entry;
      const mutual = isMutual(r.value.state, personId, withId);
      return done<'feedback.give'>(r.value.state, { feedback: { rating, followUp, note }, mutual });
    }
    case 'sharing.set': {
      const r = setSharing(s, c.personId, c.body);
      if (!r.ok) return r;
      return done<'sharing.set'>(r.value, {
        sharing: r.value.feedback[c.personId]?.sharing ?? { share: 'none', contact: null },
      });
    }
    case 'feedback.erase': {
      const r = eraseFeedback(s);
      return done<'feedback.erase'>(r.state, { erased: r.erased });
    }
    case 'history.add': {
      const r = addMetBefore(s, c.pairs);
      if (!r.ok) return r;
      const { pairs, added } = r.value;
      return reconciled<'history.add'>(s, ok(r.value.state), now, { pairs, added }, planner);
    }
    case 'history.clear': {
      const r = clearMetBefore(s);
      return reconciled<'history.clear'>(s, ok(r.state), now, { pairs: 0, removed: r.removed }, planner);
    }
    case 'registration.set': {
      const r = setRegistration(s, c.body);
      if (!r.ok) return r;
      const { state: next, newCode } = r.value;
      return done<'registration.set'>(next, { registration: next.registration!, newCode });
    }
    case 'registration.revoke-code': {
      const r = revokeCode(s);
      return r.ok ? done<'registration.revoke-code'>(r.value, { registration: r.value.registration! }) : r;
    }
    case 'signup.submit': {
      const r = submitSignup(s, c.body, now, c.codeVersion, env.newId);
      if (!r.ok) return r;
      const { state: next, ...result } = r.value;
      // A person added or changed follows people.add and person.patch: a replan, or a door change once running.
      if (!result.person || (result.added && addedAtTheDoor(s))) return done<'signup.submit'>(next, result);
      return reconciled<'signup.submit'>(s, ok(next), now, result, planner);
    }
    case 'registration.decide': {
      const r = decideRegistration(s, c.registrationId, c.body, now, env.newId);
      if (!r.ok) return r;
      const { state: next, ...result } = r.value;
      if (!result.person || addedAtTheDoor(s)) return done<'registration.decide'>(next, result);
      return reconciled<'registration.decide'>(s, ok(next), now, result, planner);
    }
    case 'profile.update': {
      const r = updateProfile(s, c.personId, c.body);
      return r.ok ? done<'profile.update'>(r.value.state, r.value.mentor) : r;
    }
    case 'person.locale': {
      const r = setPersonLocale(s, c.personId, c.locale);
      return r.ok ? done<'person.locale'>(r.value, { locale: c.locale }) : r;
    }
    default: {
      const never: never = c;
      return refuse.invalid(`unknown command ${JSON.stringify(never)}`);
    }
  }
}
