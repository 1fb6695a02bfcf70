import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClockCommand, ClockState } from '../../shared/schemas/clock';
import {
  advance,
  applyClockCommand,
  buildPhases,
  clockSnapshot,
  phaseStartTimes,
  type Phase,
} from '../../shared/timeline';
import { fcParams } from './support/scale';

// tests/unit/timeline covers each function on chosen cases and `advance` alone as a property.
// Here: any sequence of organizer commands (start, pause, resume, extend, skip, end, with or
// without expectedPhase) and time steps landing on, just before and just after phase
// boundaries. A ledger kept by the test, from what it did and when, checks that every phase
// left without a skip ran exactly its length plus its extensions: no round is skipped or
// shortened unless the organizer says so, nothing is ever negative, nothing goes back.

const T0 = 1_700_000_000_000;

type Step =
  | { kind: 'command'; cmd: ClockCommand; expected: 'none' | 'current' | 'next' | 'previous' | 'zero'; when: When }
  | { kind: 'look'; when: When };
type When = { to: 'boundary'; offset: -1 | 0 | 1 } | { to: 'later'; ms: number };

const whenArb: fc.Arbitrary<When> = fc.oneof(
  fc.record({ to: fc.constant('boundary' as const), offset: fc.constantFrom(-1 as const, 0 as const, 1 as const) }),
  fc.record({
    to: fc.constant('later' as const),
    ms: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 2_000_000 })),
  }),
);
const cmdArb: fc.Arbitrary<ClockCommand> = fc.oneof(
  fc.constantFrom<ClockCommand>(
    { action: 'start' },
    { action: 'pause' },
    { action: 'resume' },
    { action: 'skip' },
    { action: 'end' },
  ),
  fc.integer({ min: 1, max: 3600 }).map((seconds): ClockCommand => ({ action: 'extend', seconds })),
);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('command' as const),
      cmd: cmdArb,
      expected: fc.constantFrom(
        'none' as const,
        'current' as const,
        'next' as const,
        'previous' as const,
        'zero' as const,
      ),
      when: whenArb,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('look' as const), when: whenArb }) },
);
const timingArb = fc
  .record({
    rounds: fc.integer({ min: 1, max: 6 }),
    roundSeconds: fc.integer({ min: 1, max: 900 }),
    changeoverSeconds: fc.integer({ min: 1, max: 120 }),
    breakAfter: fc.subarray([1, 2, 3, 4, 5]),
    breakSeconds: fc.integer({ min: 1, max: 1200 }),
  })
  .map((t) => ({
    rounds: t.rounds,
    roundSeconds: t.roundSeconds,
    changeoverSeconds: t.changeoverSeconds,
    breaks: t.breakAfter.filter((k) => k < t.rounds).map((afterRound) => ({ afterRound, seconds: t.breakSeconds })),
  }));

const indexOf = (c: ClockState) =>
  c.status === 'running' || c.status === 'paused' ? c.phaseIndex : c.status === 'idle' ? -1 : Infinity;

/** What the test knows about the current phase from its own actions. */
interface Ledger {
  /** Wall time spent running in the current phase before `since`. */
  ran: number;
  /** When the clock last started running in this phase (null while paused). */
  since: number | null;
  /** Extensions of the current phase, ms. */
  extended: number;
  /** How each phase was left. */
  left: Map<number, 'elapsed' | 'skip' | 'end'>;
}

function run(phases: Phase[], steps: Step[]): void {
  let clock: ClockState = { status: 'idle', version: 0 };
  let now = T0;
  const ledger: Ledger = { ran: 0, since: null, extended: 0, left: new Map() };
  const len = (i: number) => phases[i]!.seconds * 1000;

  /** Check a move made by `advance` against the ledger, and carry the ledger along. */
  function followAdvance(before: ClockState, after: ClockState): void {
    if (after === before) {
      if (before.status === 'running') expect(before.phaseEndsAt).toBeGreaterThan(now);
      return;
    }
    expect(before.status).toBe('running');
    if (before.status !== 'running') return;
    expect(before.phaseEndsAt).toBeLessThanOrEqual(now);
    expect(after.version).toBe(before.version + 1);
    // The phase that ended ran exactly its length plus its extensions.
    expect(ledger.ran + (before.phaseEndsAt - ledger.since!)).toBe(len(before.phaseIndex) + ledger.extended);
    ledger.left.set(before.phaseIndex, 'elapsed');
    // Phases passed over entirely while no one looked ran their full length each.
    let end = before.phaseEndsAt;
    const last = after.status === 'running' ? after.phaseIndex : phases.length;
    for (let i = before.phaseIndex + 1; i < last; i++) {
      end += len(i);
      ledger.left.set(i, 'elapsed');
    }
    if (after.status === 'running') {
      expect(after.phaseEndsAt).toBe(end + len(after.phaseIndex));
      expect(after.phaseEndsAt).toBeGreaterThan(now);
      expect(after.startedAt).toBe(before.startedAt);
      Object.assign(ledger, { ran: 0, since: end, extended: 0 });
    } else {
      expect(after).toEqual({
        status: 'finished',
        version: before.version + 1,
        endedAt: end,
        startedAt: before.startedAt,
      });
      expect(end).toBeLessThanOrEqual(now);
    }
  }

  for (const step of steps) {
    const target =
      step.when.to === 'boundary' && clock.status === 'running'
        ? clock.phaseEndsAt + step.when.offset
        : now + (step.when.to === 'later' ? step.when.ms : 0);
    now = Math.max(now, target);
    const before = clock;
    const current = advance(before, phases, now);
    followAdvance(before, current);
    expect(advance(current, phases, now)).toBe(current); // idempotent

    // What every client is told, at any moment: never negative, consistent with the state.
    const snap = clockSnapshot(before, phases, now);
    expect(snap.remainingMs).toBeGreaterThanOrEqual(0);
    expect(snap.version).toBe(current.version);
    expect(snap.serverNow).toBe(now);
    expect(snap.phaseCount).toBe(phases.length);
    expect(snap.status).toBe(current.status);
    if (current.status === 'running' || current.status === 'paused') {
      const p = phases[current.phaseIndex]!;
      expect(snap.phase).toEqual({ index: p.index, kind: p.kind, round: p.round });
      expect(snap.remainingMs).toBe(current.status === 'running' ? current.phaseEndsAt - now : current.remainingMs);
      expect(snap.remainingMs).toBeGreaterThan(0);
      expect(snap.phaseEndsAt).toBe(current.status === 'running' ? current.phaseEndsAt : null);
    } else {
      expect(snap.phase).toBeNull();
      expect(snap.phaseEndsAt).toBeNull();
    }
    const starts = phaseStartTimes(before, phases, now).filter((t): t is number => t !== null);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const t of starts) expect(t).toBeGreaterThanOrEqual(now);

    clock = current;
    if (step.kind === 'look') continue;

    const at = indexOf(current);
    const expectedPhase = { none: undefined, current: at, next: at + 1, previous: at - 1, zero: 0 }[step.expected];
    const cmd = {
      ...step.cmd,
      ...(expectedPhase !== undefined && Number.isFinite(expectedPhase) && expectedPhase >= 0 ? { expectedPhase } : {}),
    } as ClockCommand;
    const r = applyClockCommand(before, phases, cmd, now);
    const stale =
      cmd.expectedPhase !== undefined &&
      cmd.action !== 'start' &&
      cmd.expectedPhase !== (Number.isFinite(at) && at >= 0 ? at : null);
    const allowed =
      {
        start: current.status === 'idle',
        pause: current.status === 'running',
        resume: current.status === 'paused',
        extend: current.status === 'running' || current.status === 'paused',
        skip: current.status === 'running' || current.status === 'paused',
        end: current.status !== 'finished',
      }[cmd.action] && !stale;
    expect(r.ok, `${JSON.stringify(cmd)} on ${JSON.stringify(current)}`).toBe(allowed);
    if (!r.ok) continue; // refused: nothing changes
    const next = r.clock;
    expect(next.version).toBe(current.version + 1);
    expect(indexOf(next)).toBeGreaterThanOrEqual(indexOf(current)); // never back

    switch (cmd.action) {
      case 'start':
        expect(next).toEqual({
          status: 'running',
          version: 1,
          phaseIndex: 0,
          phaseEndsAt: now + len(0),
          startedAt: now,
        });
        Object.assign(ledger, { ran: 0, since: now, extended: 0 });
        break;
      case 'pause':
        expect(next).toMatchObject({
          status: 'paused',
          phaseIndex: at,
          remainingMs: (current as { phaseEndsAt: number }).phaseEndsAt - now,
        });
        Object.assign(ledger, { ran: ledger.ran + (now - ledger.since!), since: null });
        break;
      case 'resume':
        expect(next).toMatchObject({
          status: 'running',
          phaseIndex: at,
          phaseEndsAt: now + (current as { remainingMs: number }).remainingMs,
        });
        ledger.since = now;
        break;
      case 'extend':
        if (current.status === 'running')
          expect(next).toMatchObject({
            status: 'running',
            phaseIndex: at,
            phaseEndsAt: current.phaseEndsAt + cmd.seconds * 1000,
          });
        if (current.status === 'paused')
          expect(next).toMatchObject({
            status: 'paused',
            phaseIndex: at,
            remainingMs: current.remainingMs + cmd.seconds * 1000,
          });
        ledger.extended += cmd.seconds * 1000;
        break;
      case 'skip':
        ledger.left.set(at, 'skip');
        if (at + 1 >= phases.length) expect(next).toMatchObject({ status: 'finished', endedAt: now });
        else {
          // Exactly one phase on, at its full length, running or paused as before.
          expect(next).toMatchObject({ status: current.status, phaseIndex: at + 1 });
          if (next.status === 'running') expect(next.phaseEndsAt).toBe(now + len(at + 1));
          if (next.status === 'paused') expect(next.remainingMs).toBe(len(at + 1));
          Object.assign(ledger, { ran: 0, since: next.status === 'running' ? now : null, extended: 0 });
        }
        break;
      case 'end':
        if (Number.isFinite(at) && at >= 0) ledger.left.set(at, 'end');
        expect(next).toMatchObject({
          status: 'finished',
          endedAt: now,
          startedAt: current.status === 'idle' ? null : (current as { startedAt: number }).startedAt,
        });
        break;
    }
    clock = next;
  }

  // Every phase the clock got past was left by running out its time, a skip or the end: none vanished.
  const reached = clock.status === 'finished' ? Math.max(-1, ...ledger.left.keys()) : indexOf(clock) - 1;
  for (let i = 0; i <= reached; i++) expect(ledger.left.has(i), `phase ${i} was jumped over`).toBe(true);
}

describe('the clock under any sequence of commands and times (property)', () => {
  it('never negative, never back, no round skipped or shortened except by skip or end', () => {
    fc.assert(
      fc.property(timingArb, fc.array(stepArb, { minLength: 1, maxLength: 40 }), (timing, steps) => {
        // Most sequences should run: start first, then anything.
        run(buildPhases(timing), [
          { kind: 'command', cmd: { action: 'start' }, expected: 'none', when: { to: 'later', ms: 0 } },
          ...steps,
        ]);
      }),
      fcParams(300, 20_000),
    );
  });

  it('also from idle, where most commands are refused', () => {
    fc.assert(
      fc.property(timingArb, fc.array(stepArb, { maxLength: 15 }), (timing, steps) => run(buildPhases(timing), steps)),
      fcParams(150, 5000),
    );
  });
});
