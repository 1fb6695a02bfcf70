import { describe, expect, it } from 'vitest';
import { apply } from '../../../../shared/event/apply';
import {
  defaultPlanner,
  recordingPlanner,
  replayingPlanner,
  type Planner,
  type PlannerCall,
} from '../../../../shared/event/planner';
import { createEventState, type EventState } from '../../../../shared/event/state';
import { PlanError } from '../../../../shared/planner';
import { cmd, makeEnv, settings, T0 } from './support';

// The server rehearses a planning command in a worker thread with a recording planner, then
// applies it with a replaying one (server/events/service.ts). These tests hold the promise
// that makes it safe: the replay gives exactly what planning inline gives, without planning.

/** An event of 4 mentors and 9 mentees at tables of 2, planned (or not yet). */
function planned(plan = true): EventState {
  const env = makeEnv('p');
  const people = cmd({
    type: 'people.add',
    people: {
      mentors: ['Ada', 'Grace', 'Alan', 'Barbara'].map((name) => ({ name })),
      mentees: Array.from({ length: 9 }, (_, i) => ({ name: `Mentee ${i + 1}`, wishes: i % 2 ? ['Grace'] : [] })),
    },
  });
  const s0 = createEventState('ev', settings({ tableCapacity: 2 }), T0, 7);
  const added = apply(s0, people, T0, env);
  if (!added.ok || !added.state) throw new Error('set-up failed');
  if (!plan) return added.state;
  const plannedOut = apply(added.state, cmd({ type: 'schedule.plan' }), T0, env);
  if (!plannedOut.ok || !plannedOut.state) throw new Error('set-up failed');
  return plannedOut.state;
}

/** A planner that counts its calls and plans for real. */
function counting(): Planner & { calls: number } {
  const p = {
    calls: 0,
    plan(...a: Parameters<Planner['plan']>) {
      p.calls++;
      return defaultPlanner.plan(...a);
    },
    replan(...a: Parameters<Planner['replan']>) {
      p.calls++;
      return defaultPlanner.replan(...a);
    },
  };
  return p;
}

const COMMANDS = [
  ['schedule.plan', true, cmd({ type: 'schedule.plan', seed: 99 })],
  ['people.add', true, cmd({ type: 'people.add', people: { mentees: [{ name: 'Late arrival' }] } })],
  ['settings.patch', true, cmd({ type: 'settings.patch', patch: { rounds: 3 } })],
  ['clock.command start (plans first)', false, cmd({ type: 'clock.command', command: { action: 'start' } })],
] as const;

describe('rehearse, then replay', () => {
  it.each(COMMANDS)('%s: the replay equals planning inline, and plans nothing', (_, withPlan, c) => {
    const state = planned(withPlan);
    const inline = apply(state, c, T0 + 1000, makeEnv('x'));

    const calls: PlannerCall[] = [];
    apply(state, c, T0 + 1000, { ...makeEnv('x'), planner: recordingPlanner(calls) });
    expect(calls.length).toBeGreaterThan(0);

    const inner = counting();
    const missed = { count: 0 };
    const replayed = apply(state, c, T0 + 1000, { ...makeEnv('x'), planner: replayingPlanner(calls, missed, inner) });
    expect(replayed).toEqual(inline);
    expect(missed.count).toBe(0);
    expect(inner.calls).toBe(0);
  });

  it('a replay whose input moved on plans for real and says so', () => {
    const state = planned();
    const calls: PlannerCall[] = [];
    apply(state, cmd({ type: 'schedule.plan', seed: 1 }), T0, { ...makeEnv(), planner: recordingPlanner(calls) });
    // Meanwhile another mentee arrived: the planner's input is not what was rehearsed.
    const moved = apply(
      state,
      cmd({ type: 'people.add', people: { mentees: [{ name: 'Newcomer' }] } }),
      T0,
      makeEnv('m'),
    );
    if (!moved.ok || !moved.state) throw new Error('set-up failed');
    const inner = counting();
    const missed = { count: 0 };
    const c = cmd({ type: 'schedule.plan', seed: 1 });
    const replayed = apply(moved.state, c, T0, { ...makeEnv(), planner: replayingPlanner(calls, missed, inner) });
    expect(missed.count).toBe(1);
    expect(inner.calls).toBe(1);
    expect(replayed).toEqual(apply(moved.state, c, T0, makeEnv()));
  });

  it('a refusal of the planner is recorded and replayed as the same refusal', () => {
    const refusing: Planner = {
      plan: () => {
        throw new PlanError('the event is too large: (test)');
      },
      replan: () => {
        throw new PlanError('the event is too large: (test)');
      },
    };
    const state = planned();
    const c = cmd({ type: 'schedule.plan', seed: 5 });
    const calls: PlannerCall[] = [];
    const rehearsed = apply(state, c, T0, { ...makeEnv(), planner: recordingPlanner(calls, refusing) });
    expect(calls).toEqual([{ key: expect.any(String), refused: 'the event is too large: (test)' }]);
    const missed = { count: 0 };
    const replayed = apply(state, c, T0, { ...makeEnv(), planner: replayingPlanner(calls, missed, counting()) });
    expect(replayed).toEqual(rehearsed);
    expect(replayed).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'cannot plan: the event is too large: (test)' },
    });
    expect(missed.count).toBe(0);
  });
});
