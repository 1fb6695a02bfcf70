/**
 * `apply` over random sequences of commands at increasing times: it never throws, a refusal
 * never carries a state, the input (deep-frozen) is never changed, and the clock's version
 * never goes back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apply, type Applied } from '../../../../shared/event/apply';
import type { Failure } from '../../../../shared/event/domain-error';
import type { EventCommand } from '../../../../shared/event/commands';
import { createEventState, type EventState } from '../../../../shared/event/state';
import { T0, cmd, deepFreeze, makeEnv, settings } from './support';

/** Mentors of the starting event, so wishes usually name someone; the others name nobody or two people. */
const MENTORS = ['Ann', 'Bo', 'Cy'];
const NEW_NAMES = ['Eve', 'Fay', 'Gil', 'ann', 'Nobody'];
const TABLES = ['T1', 'T4', 't4', 'Window'];
/** Ids the env hands out (p1…p7 at the start, then on), plus one that never exists. */
const personId = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 12 }).map((n) => `p${n}`), weight: 6 },
  { arbitrary: fc.constant('zz'), weight: 1 },
);
/** `a`, or absent `absent` times as often. */
const opt = <T>(a: fc.Arbitrary<T>, absent = 1) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: absent }, { arbitrary: a, weight: 1 });
const phase = opt(fc.integer({ min: 0, max: 6 }), 3);
const names = (max: number) =>
  fc.array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...MENTORS), weight: 8 },
      { arbitrary: fc.constantFrom(...NEW_NAMES), weight: 1 },
    ),
    { maxLength: max },
  );
const breaks = fc.array(
  fc.record({ afterRound: fc.integer({ min: 1, max: 4 }), seconds: fc.integer({ min: 1, max: 120 }) }),
  { maxLength: 2 },
);
/** Drop the keys fast-check left undefined, so optional fields are really absent. */
const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** Ann (p1, T1), Bo (p2, T2), Cy (p3, T3); mentees Di, Eve, Fay, Gil (p4…p7) with a few wishes and avoids. */
function startingEvent(env: ReturnType<typeof makeEnv>, clock: Start = 'idle'): EventState {
  const empty = createEventState('ev1', settings({ roundSeconds: 300, changeoverSeconds: 30 }), T0, 7);
  const people = cmd({
    type: 'people.add',
    people: {
      mentors: MENTORS.map((name) => ({ name })),
      mentees: [
        { name: 'Di', wishes: ['Bo'] },
        { name: 'Eve', avoid: ['Ann'] },
        { name: 'Fay' },
        { name: 'Gil', wishes: ['Cy', 'Ann'] },
      ],
    },
  });
  const then = (c: EventCommand, now: number) => (s: EventState) => {
    const r = apply(s, c, now, env);
    if (!r.ok || !r.state) throw new Error(`the starting event was refused: ${c.type}`);
    return deepFreeze(r.state);
  };
  const added = then(people, T0)(empty);
  if (clock === 'idle') return added;
  const started = then(cmd({ type: 'clock.command', command: { action: 'start' } }), T0)(added);
  return clock === 'running'
    ? started
    : then(cmd({ type: 'clock.command', command: { action: 'pause' } }), T0 + 1_000)(started);
}
type Start = 'idle' | 'running' | 'paused';
const start = fc.constantFrom<Start>('idle', 'running', 'paused');

const peopleAdd = fc
  .record({
    mentors: fc.array(
      fc.record({ name: fc.constantFrom(...NEW_NAMES), table: opt(fc.constantFrom(...TABLES), 3) }).map(defined),
      { maxLength: 2 },
    ),
    mentees: fc.array(fc.record({ name: fc.constantFrom(...NEW_NAMES), wishes: names(2), avoid: names(1) }), {
      maxLength: 3,
    }),
  })
  .map((people) => ({ type: 'people.add' as const, people }));

const personPatch = fc
  .record({
    personId,
    patch: fc.oneof(
      fc.record({ name: fc.constantFrom(...NEW_NAMES) }),
      fc.record({ table: fc.constantFrom(...TABLES) }),
      fc.record({ wishes: names(2) }),
      fc.record({ avoid: names(1) }),
      fc.record({ questions: fc.array(fc.constantFrom('Why?', 'How?'), { maxLength: 2 }) }),
      fc.record({ bio: fc.constant('Hello') }),
    ),
  })
  .map((c) => ({ type: 'person.patch' as const, ...c }));

const settingsPatch = fc
  .record({
    name: opt(fc.constantFrom('Night', 'Day')),
    roundSeconds: opt(fc.integer({ min: 1, max: 400 })),
    changeoverSeconds: opt(fc.integer({ min: 1, max: 60 })),
    rounds: opt(fc.integer({ min: 1, max: 5 })),
    tableCapacity: opt(fc.integer({ min: 1, max: 3 })),
    breaks: opt(breaks),
  })
  .map((patch) => ({ type: 'settings.patch' as const, patch: defined(patch) }));

const clockCommand = fc
  .oneof(
    fc.record({
      action: fc.constantFrom('start', 'pause', 'pause', 'resume', 'resume', 'skip', 'end'),
      expectedPhase: phase,
    }),
    fc.record({ action: fc.constant('extend'), seconds: opt(fc.integer({ min: 1, max: 300 })), expectedPhase: phase }),
  )
  .map((command) => ({ type: 'clock.command' as const, command: defined(command) }));

const command: fc.Arbitrary<EventCommand> = fc
  .oneof(
    { arbitrary: peopleAdd, weight: 3 },
    { arbitrary: personPatch, weight: 2 },
    { arbitrary: fc.record({ type: fc.constant('person.delete' as const), personId }), weight: 1 },
    {
      arbitrary: fc
        .record({ personId, status: fc.constantFrom('expected', 'present', 'absent', 'left'), expectedPhase: phase })
        .map((c) => defined({ type: 'attendance.set' as const, ...c })),
      weight: 2,
    },
    { arbitrary: fc.record({ type: fc.constant('attendance.check-in' as const), personId }), weight: 1 },
    {
      arbitrary: fc.record({
        type: fc.constant('questions.update' as const),
        personId,
        questions: fc.array(fc.constant('Q?'), { maxLength: 2 }),
      }),
      weight: 1,
    },
    { arbitrary: settingsPatch, weight: 2 },
    {
      arbitrary: fc
        .record({ type: fc.constant('schedule.plan' as const), seed: opt(fc.integer({ min: 0, max: 9 })) })
        .map(defined),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        type: fc.constant('schedule.apply' as const),
        body: fc.record({ checkedInOnly: opt(fc.boolean()) }).map(defined),
      }),
      weight: 1,
    },
    { arbitrary: clockCommand, weight: 5 },
    { arbitrary: fc.constant({ type: 'clock.command' as const, command: { action: 'start' as const } }), weight: 2 },
    { arbitrary: fc.constant({ type: 'clock.advance' as const }), weight: 2 },
    { arbitrary: fc.record({ type: fc.constant('clock.undo' as const), version: fc.nat(12) }), weight: 2 },
    {
      arbitrary: fc.record({ type: fc.constant('clock.reset' as const), confirm: opt(fc.boolean()) }).map(defined),
      weight: 1,
    },
  )
  .map((c) => cmd(c as Parameters<typeof cmd>[0]));

/** A command and how long after the previous one it comes (up to a little more than a round). */
const step = fc.record({ command, wait: fc.integer({ min: 0, max: 200_000 }) });

const isFailure = (r: Applied | Failure): r is Failure => !r.ok;

describe('apply over random command sequences', () => {
  it('never throws, refuses without a state, never changes its input, never turns the clock back', () => {
    fc.assert(
      fc.property(start, fc.array(step, { minLength: 1, maxLength: 40 }), (from, steps) => {
        const env = makeEnv('p');
        let state = startingEvent(env, from);
        let now = T0 + 1_000;
        let version = state.clock.version;
        for (const { command: c, wait } of steps) {
          now += wait;
          const json = JSON.stringify(state);
          const r = apply(state, c, now, env);
          expect(JSON.stringify(state), `${c.type} changed its input`).toBe(json);
          if (isFailure(r)) {
            expect('state' in r, `${c.type} refused with a state`).toBe(false);
            expect(['invalid', 'not_found', 'conflict', 'forbidden']).toContain(r.error.code);
            expect(r.error.message).not.toBe('');
            continue;
          }
          expect(r.state, `${c.type} erased the event`).not.toBeNull();
          const next = deepFreeze(r.state!);
          expect(next.clock.version, `${c.type} turned the clock back`).toBeGreaterThanOrEqual(version);
          if (c.type === 'clock.command' || c.type === 'clock.undo' || c.type === 'clock.reset') {
            const action = c.type === 'clock.command' ? c.command.action : c.type === 'clock.undo' ? 'undo' : 'reset';
            expect(next.clock.version).toBeGreaterThan(version);
            expect(r.clockLog).toMatchObject({ at: now, action, version: next.clock.version });
          } else expect(r.clockLog).toBeUndefined();
          expect(next.scheduleVersion).toBeGreaterThanOrEqual(state.scheduleVersion);
          version = next.clock.version;
          state = next;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a refusal leaves nothing to store: the same command on the same state is refused again, identically', () => {
    fc.assert(
      fc.property(start, fc.array(step, { minLength: 1, maxLength: 20 }), (from, steps) => {
        const env = makeEnv('p');
        let state = startingEvent(env, from);
        let now = T0 + 1_000;
        for (const { command: c, wait } of steps) {
          now += wait;
          const r = apply(state, c, now, env);
          if (isFailure(r)) {
            // A refusal must not depend on hidden effects of the first attempt (a fresh env: ids
            // already taken do not count).
            expect(apply(state, c, now, makeEnv('x'))).toEqual(r);
            continue;
          }
          state = deepFreeze(r.state!);
        }
      }),
      { numRuns: 100 },
    );
  });
});
