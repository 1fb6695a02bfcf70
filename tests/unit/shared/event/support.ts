/**
 * Fixtures for the event-rules tests: a deterministic env, a handful of states built through
 * `apply` itself (so they are states the rules can really reach), and a deep freeze that
 * turns any mutation of an input into a thrown TypeError.
 */
import { apply, type ApplyEnv } from '../../../../shared/event/apply';
import { eventCommandSchema, type EventCommand } from '../../../../shared/event/commands';
import { createEventState, type EventState } from '../../../../shared/event/state';
import type { addPeopleSchema } from '../../../../shared/schemas/people';
import { eventSettingsSchema, type EventSettingsInput } from '../../../../shared/schemas/settings';
import type { z } from 'zod';

/** The start of every test's timeline (epoch ms). */
export const T0 = 1_700_000_000_000;
/** 10-minute rounds, 1-minute changeovers: two rounds are meeting 0, changeover 1, meeting 2. */
export const ROUND_MS = 600_000;
export const CHANGEOVER_MS = 60_000;
export const SEED = 7;

/** A djb2 hash as hex: deterministic, and different for different texts in practice. */
export function fakeDigest(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
  return `djb2-${h.toString(16)}-${text.length}`;
}

/** A counter for ids (`n1`, `n2`, … by default), a fixed seed, the fake digest. */
export function makeEnv(prefix = 'n'): ApplyEnv & { issued: () => number } {
  let n = 0;
  return {
    newId: () => `${prefix}${++n}`,
    newSeed: () => 42,
    digest: fakeDigest,
    issued: () => n,
  };
}

/** A command as the routes would build it: parsed, so defaults (topics, wishes, …) are filled. */
export function cmd(input: z.input<typeof eventCommandSchema>): EventCommand {
  return eventCommandSchema.parse(input);
}

/** Settings as a route would parse them. */
export function settings(overrides: Partial<EventSettingsInput> = {}) {
  return eventSettingsSchema.parse({
    name: 'Night',
    roundSeconds: ROUND_MS / 1000,
    changeoverSeconds: CHANGEOVER_MS / 1000,
    ...overrides,
  });
}

/**
 * Freeze a value and everything in it, so that writing to any part of it throws (tests are ES
 * modules: strict mode).
 */
export function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v as Record<string, unknown>)) deepFreeze(x);
  }
  return v;
}

/** Apply a command that must be accepted; its state (frozen). */
export function must(
  state: EventState | null,
  command: EventCommand,
  now: number,
  env: ApplyEnv = makeEnv('x'),
): EventState {
  const r = apply(state, command, now, env);
  if (!r.ok) throw new Error(`fixture command ${command.type} refused: ${r.error.message}`);
  if (r.state === null) throw new Error(`fixture command ${command.type} left no event`);
  return deepFreeze(r.state!);
}

/** A new event with no people (frozen). */
export function emptyEvent(overrides: Partial<EventSettingsInput> = {}): EventState {
  return deepFreeze(createEventState('ev1', settings(overrides), T0 - 10_000, SEED));
}

/** Add people through `apply` with ids p1, p2, … (mentors first, in order). */
export function withPeople(state: EventState, people: z.input<typeof addPeopleSchema>, now = T0 - 5_000): EventState {
  return must(state, cmd({ type: 'people.add', people }), now, makeEnv('p'));
}

/**
 * The usual event: mentors Ann (p1, T1) and Bo (p2, T2); mentees Cy (p3, wishes Bo) and Di (p4);
 * one seat a table, rounds unset (so two rounds: meeting 0, changeover 1, meeting 2).
 */
export function idle(overrides: Partial<EventSettingsInput> = {}): EventState {
  return withPeople(emptyEvent(overrides), {
    mentors: [{ name: 'Ann' }, { name: 'Bo' }],
    mentees: [{ name: 'Cy', wishes: ['Bo'] }, { name: 'Di' }],
  });
}

/** `idle()` with its schedule planned (before the start). */
export function planned(): EventState {
  return must(idle(), cmd({ type: 'schedule.plan' }), T0 - 1_000);
}

/** Started at T0 (which plans it): phase 0 until T0 + ROUND_MS. */
export function running(base: EventState = idle()): EventState {
  return must(base, cmd({ type: 'clock.command', command: { action: 'start' } }), T0);
}

/** Running, then the clock brought to `at` (by the runner's clock.advance). */
export function runningAt(at: number, base: EventState = running()): EventState {
  return must(base, cmd({ type: 'clock.advance' }), at);
}

/** Phase 1: the changeover to round 2. */
export const IN_CHANGEOVER = T0 + ROUND_MS;
/** Phase 2: round 2's meeting, the last one. */
export const IN_LAST_ROUND = T0 + ROUND_MS + CHANGEOVER_MS;
/** After the last phase. */
export const AFTER_END = T0 + 2 * ROUND_MS + CHANGEOVER_MS;

/** Started at T0, paused at T0 + 100 s (500 s left in phase 0). */
export function paused(): EventState {
  return must(running(), cmd({ type: 'clock.command', command: { action: 'pause' } }), T0 + 100_000);
}

/** Started at T0, ended by the organizer at T0 + 1 s. */
export function finished(): EventState {
  return must(running(), cmd({ type: 'clock.command', command: { action: 'end' } }), T0 + 1_000);
}

/** Ended without ever starting. */
export function endedUnstarted(): EventState {
  return must(idle(), cmd({ type: 'clock.command', command: { action: 'end' } }), T0);
}

/** Every person of the state marked with `status` (through attendance.set). */
export function allMarked(
  state: EventState,
  role: 'mentors' | 'mentees',
  status: 'present' | 'absent' | 'left' | 'expected',
  now: number,
): EventState {
  let s = state;
  for (const p of state[role]) s = must(s, cmd({ type: 'attendance.set', personId: p.id, status }), now);
  return s;
}
