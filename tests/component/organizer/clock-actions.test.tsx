import { describe, expect, it } from 'vitest';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { buildClockCommand, clockButtons, DOUBLE_PRESS_MS } from '../../../client/screens/organizer/run/clock-actions';
import { doneMessage, refusalMessage } from '../../../client/screens/organizer/run/clock-messages';
import { consolePhase, isLastPhase, nextPhaseText } from '../../../client/screens/organizer/run/console-phase';

const clock = (status: 'idle' | 'running' | 'paused' | 'finished', phaseCount = 5) => ({ status, phaseCount });

describe('clockButtons', () => {
  it.each([
    ['idle', { start: true, pauseResume: false, extend: false, skip: false, end: true, pauseOrResume: 'pause' }],
    ['running', { start: false, pauseResume: true, extend: true, skip: true, end: true, pauseOrResume: 'pause' }],
    ['paused', { start: false, pauseResume: true, extend: true, skip: true, end: true, pauseOrResume: 'resume' }],
    ['finished', { start: false, pauseResume: false, extend: false, skip: false, end: false, pauseOrResume: 'pause' }],
  ] as const)('%s', (status, buttons) => expect(clockButtons(clock(status))).toEqual(buttons));

  it('cannot start an event without rounds, nor anything before the clock is known', () => {
    expect(clockButtons(clock('idle', 0)).start).toBe(false);
    expect(clockButtons(null)).toMatchObject({ start: false, end: false, skip: false });
  });
});

describe('buildClockCommand', () => {
  it('sends the phase shown when pressed', () => {
    expect(buildClockCommand('skip', 3, null, 1000).command).toEqual({ action: 'skip', expectedPhase: 3 });
    expect(buildClockCommand('extend', 0, null, 1000).command).toEqual({
      action: 'extend',
      seconds: 60,
      expectedPhase: 0,
    });
    expect(buildClockCommand('start', undefined, null, 1000).command).toEqual({ action: 'start' });
  });

  it('keeps the first press’s phase for a quick second press, even if the screen moved on', () => {
    const first = buildClockCommand('skip', 3, null, 1000);
    const second = buildClockCommand('skip', 4, first.press, 1000 + DOUBLE_PRESS_MS - 1);
    expect(second.command).toEqual({ action: 'skip', expectedPhase: 3 });
    expect(second.repeated).toBe(true);
  });

  it('treats a later press, or another button, as a new press', () => {
    const first = buildClockCommand('skip', 3, null, 1000);
    expect(buildClockCommand('skip', 4, first.press, 1000 + DOUBLE_PRESS_MS).command).toEqual({
      action: 'skip',
      expectedPhase: 4,
    });
    const other = buildClockCommand('extend', 4, first.press, 1100);
    expect(other.command).toMatchObject({ expectedPhase: 4 });
    expect(other.repeated).toBe(false);
  });
});

/** A running clock in phase `index` (2 rounds: meeting 1, changeover, meeting 2). */
const at = (index: number, status: 'running' | 'paused' = 'running'): ClockSnapshot => {
  const phase = [
    { index: 0, kind: 'meeting' as const, round: 1 },
    { index: 1, kind: 'changeover' as const, round: 2 },
    { index: 2, kind: 'meeting' as const, round: 2 },
  ][index]!;
  const told = { version: 3, rounds: 2, phaseCount: 3, serverNow: 0, startedAt: 0, phaseIndex: index, phase };
  return status === 'running'
    ? { ...told, status, phaseEndsAt: 60_000, remainingMs: 60_000 }
    : { ...told, status, phaseEndsAt: null, remainingMs: 60_000 };
};

describe('refusalMessage', () => {
  it('says a double-click calmly, in words, in the plain style', () => {
    const moved = { code: 'conflict', message: 'the clock is no longer in phase 2 (now phase 3)' };
    expect(refusalMessage('skip', moved, true, at(1))).toEqual({
      kind: 'info',
      text: 'Skipped once — the second press was ignored.',
    });
    expect(refusalMessage('extend', moved, true, at(1)).text).toBe(
      'Added one minute once — the second press was ignored.',
    );
    expect(refusalMessage('end', { code: 'conflict', message: 'the event has already ended' }, true, null).text).toBe(
      'Ended once — the second press was ignored.',
    );
  });

  it('a single press the clock had outrun: plain, with where the clock is now, no phase numbers', () => {
    const m = refusalMessage(
      'pause',
      { code: 'conflict', message: 'the clock is no longer in phase 0 (now phase 1)' },
      false,
      at(1),
    );
    expect(m).toEqual({
      kind: 'info',
      text: 'Pause did nothing: the clock had already moved on. Now: Round 2 of 2 · changeover.',
    });
    expect(m.text).not.toMatch(/phase \d|\(/);
  });

  it('other refusals and failures are errors', () => {
    expect(
      refusalMessage('pause', { code: 'conflict', message: 'cannot pause: the clock is paused' }, false, null),
    ).toEqual({
      kind: 'error',
      text: 'Pause refused: cannot pause: the clock is paused. Nothing changed.',
    });
    expect(refusalMessage('end', { code: 'internal', message: 'No answer from the server.' }, false, null)).toEqual({
      kind: 'error',
      text: 'End failed: No answer from the server.',
    });
  });
});

describe('doneMessage', () => {
  it('names where the clock went', () => {
    expect(doneMessage('skip', at(1)).text).toBe('Skipped to Round 2 of 2 · changeover.');
    expect(doneMessage('start', at(0)).text).toBe('Started: Round 1 of 2 · talking.');
    const finished: ClockSnapshot = {
      status: 'finished',
      version: 4,
      endedAt: 1,
      startedAt: 0,
      phase: null,
      phaseEndsAt: null,
      remainingMs: 0,
      serverNow: 1,
      rounds: 2,
      phaseCount: 3,
    };
    expect(doneMessage('skip', finished).text).toBe('Skipped past the last round: the event has ended.');
    expect(doneMessage('end', finished)).toEqual({ kind: 'ok', text: 'The event has ended.' });
  });
});

describe('console phase words', () => {
  const timing = { roundSeconds: 600, changeoverSeconds: 60, breaks: [{ afterRound: 1, seconds: 300 }] };
  it.each([
    [at(0), 'Round 1 of 2 · talking'],
    [at(1), 'Round 2 of 2 · changeover'],
    [at(2, 'paused'), 'Round 2 of 2 · talking · paused'],
    [{ ...at(1), phase: { index: 1, kind: 'break' as const, round: 2 } }, 'Break · then round 2 of 2'],
  ])('%#: %s', (clock, words) => expect(consolePhase(clock)).toBe(words));

  it('says what comes next, and that a skip in the last round ends the event', () => {
    expect(nextPhaseText(at(0), timing)).toBe('Next: Break · then round 2 of 2');
    expect(nextPhaseText(at(0), { ...timing, breaks: [] })).toBe('Next: Round 2 of 2 · changeover');
    expect(nextPhaseText(at(1), timing)).toBe('Next: Round 2 of 2 · talking');
    expect(nextPhaseText(at(2), timing)).toBe('Next: the end of the event');
    expect(isLastPhase(at(2))).toBe(true);
    expect(isLastPhase(at(1))).toBe(false);
  });
});
