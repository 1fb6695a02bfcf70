import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClockState } from '../../../../shared/schemas/clock';
import {
  advance,
  applyClockCommand,
  buildPhases,
  clockSnapshot,
  firstOpenRound,
  nextBoundary,
} from '../../../../shared/timeline';

const T0 = 1_700_000_000_000;
const phases = buildPhases({
  rounds: 3,
  roundSeconds: 60,
  changeoverSeconds: 10,
  breaks: [{ afterRound: 2, seconds: 30 }],
});
const running = (phaseIndex: number, phaseEndsAt: number, version = 1): ClockState => ({
  status: 'running',
  version,
  phaseIndex,
  phaseEndsAt,
  startedAt: T0,
});

describe('buildPhases', () => {
  it('alternates meetings and changeovers, a break replacing the changeover after its round', () => {
    expect(phases.map((p) => `${p.kind}${p.round}:${p.seconds}`)).toEqual([
      'meeting1:60',
      'changeover2:10',
      'meeting2:60',
      'break3:30',
      'meeting3:60',
    ]);
    expect(phases.map((p) => p.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('ignores a break after the last round', () => {
    expect(
      buildPhases({ rounds: 2, roundSeconds: 5, changeoverSeconds: 1, breaks: [{ afterRound: 2, seconds: 9 }] }).map(
        (p) => p.kind,
      ),
    ).toEqual(['meeting', 'changeover', 'meeting']);
  });
});

describe('advance', () => {
  it('moves across several boundaries from absolute time (a restart after downtime)', () => {
    // meeting 1 ends at T0+60 s; changeover to T0+70 s; meeting 2 to T0+130 s.
    const c = advance(running(0, T0 + 60_000), phases, T0 + 100_000);
    expect(c).toMatchObject({ status: 'running', phaseIndex: 2, phaseEndsAt: T0 + 130_000, version: 2 });
  });

  it('finishes at the end of the last phase, dated at that end', () => {
    const c = advance(running(4, T0 + 10_000), phases, T0 + 99_000);
    expect(c).toEqual({ status: 'finished', version: 2, endedAt: T0 + 10_000, startedAt: T0 });
  });

  it('returns the very same object when nothing is due', () => {
    const c = running(0, T0 + 60_000);
    expect(advance(c, phases, T0 + 59_999)).toBe(c);
  });

  it('is idempotent and never goes back (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 600_000 }),
        fc.integer({ min: 0, max: 600_000 }),
        (i, a, b) => {
          const c0 = running(i, T0 + 30_000);
          const [t1, t2] = a <= b ? [a, b] : [b, a];
          const c1 = advance(c0, phases, T0 + t1);
          expect(advance(c1, phases, T0 + t1)).toBe(c1);
          const c2 = advance(c1, phases, T0 + t2);
          const idx = (c: ClockState) => (c.status === 'running' ? c.phaseIndex : 99);
          expect(idx(c2)).toBeGreaterThanOrEqual(idx(c1));
          // Same place whether advanced in one step or two (versions count the steps taken).
          expect({ ...c2, version: 0 }).toEqual({ ...advance(c0, phases, T0 + t2), version: 0 });
        },
      ),
    );
  });
});

describe('applyClockCommand', () => {
  const idle: ClockState = { status: 'idle', version: 0 };

  it('starts at phase 0 ending one round later', () => {
    const r = applyClockCommand(idle, phases, { action: 'start' }, T0);
    expect(r).toMatchObject({
      ok: true,
      clock: { status: 'running', phaseIndex: 0, phaseEndsAt: T0 + 60_000, version: 1 },
    });
  });

  it('refuses a skip against a phase the clock has left (a double-click skips once)', () => {
    const c = running(0, T0 + 60_000);
    const first = applyClockCommand(c, phases, { action: 'skip', expectedPhase: 0 }, T0 + 1000);
    expect(first).toMatchObject({ ok: true, clock: { phaseIndex: 1, phaseEndsAt: T0 + 11_000 } });
    const second = applyClockCommand(
      (first as { clock: ClockState }).clock,
      phases,
      { action: 'skip', expectedPhase: 0 },
      T0 + 1001,
    );
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('checks expectedPhase against the clock brought to now', () => {
    // Phase 0 ended at T0+60 s: at T0+61 s the clock is in phase 1, so "skip phase 0" is stale.
    expect(
      applyClockCommand(running(0, T0 + 60_000), phases, { action: 'skip', expectedPhase: 0 }, T0 + 61_000),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('pauses keeping the remaining time and resumes from it', () => {
    const p = applyClockCommand(running(2, T0 + 50_000), phases, { action: 'pause' }, T0 + 20_000);
    expect(p).toMatchObject({ ok: true, clock: { status: 'paused', remainingMs: 30_000 } });
    const r = applyClockCommand((p as { clock: ClockState }).clock, phases, { action: 'resume' }, T0 + 500_000);
    expect(r).toMatchObject({ ok: true, clock: { status: 'running', phaseIndex: 2, phaseEndsAt: T0 + 530_000 } });
  });

  it('extends a running or paused phase, and refuses an idle one', () => {
    expect(applyClockCommand(running(0, T0 + 60_000), phases, { action: 'extend', seconds: 60 }, T0)).toMatchObject({
      ok: true,
      clock: { phaseEndsAt: T0 + 120_000 },
    });
    expect(applyClockCommand(idle, phases, { action: 'extend', seconds: 60 }, T0)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('skipping the last phase finishes; ending twice conflicts', () => {
    const r = applyClockCommand(running(4, T0 + 60_000), phases, { action: 'skip' }, T0);
    expect(r).toMatchObject({ ok: true, clock: { status: 'finished', endedAt: T0 } });
    expect(applyClockCommand((r as { clock: ClockState }).clock, phases, { action: 'end' }, T0)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('refuses to start an event without phases', () => {
    expect(applyClockCommand(idle, [], { action: 'start' }, T0)).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });
});

describe('clockSnapshot and helpers', () => {
  it('reports deadline and remaining time at now', () => {
    const s = clockSnapshot(running(1, T0 + 10_000), phases, T0 + 4000);
    expect(s).toMatchObject({
      status: 'running',
      phase: { index: 1, kind: 'changeover', round: 2 },
      phaseEndsAt: T0 + 10_000,
      remainingMs: 6000,
      serverNow: T0 + 4000,
      rounds: 3,
      phaseCount: 5,
    });
  });

  it('nextBoundary is the running deadline only', () => {
    expect(nextBoundary(running(0, 123))).toBe(123);
    expect(nextBoundary({ status: 'paused', version: 1, phaseIndex: 0, remainingMs: 5, startedAt: T0 })).toBeNull();
  });

  it('firstOpenRound: a meeting closes its round, a changeover leaves the coming one open', () => {
    expect(firstOpenRound(phases, null)).toBe(1);
    expect(firstOpenRound(phases, 0)).toBe(2);
    expect(firstOpenRound(phases, 1)).toBe(2);
    expect(firstOpenRound(phases, 4)).toBe(4);
  });
});
