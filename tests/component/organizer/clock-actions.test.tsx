import { describe, expect, it } from 'vitest';
import {
  buildClockCommand,
  clockButtons,
  DOUBLE_PRESS_MS,
  refusalText,
} from '../../../client/screens/organizer/run/clock-actions';

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

describe('refusalText', () => {
  it('explains a refused press', () => {
    expect(
      refusalText('skip', { code: 'conflict', message: 'the clock is no longer in phase 2 (now phase 3)' }, true),
    ).toMatch(/pressed twice: the second press was ignored/);
    expect(refusalText('pause', { code: 'conflict', message: 'cannot pause: the clock is paused' }, false)).toBe(
      'Pause refused: cannot pause: the clock is paused. Nothing changed.',
    );
    expect(refusalText('end', { code: 'internal', message: 'No answer from the server.' }, false)).toBe(
      'End failed: No answer from the server.',
    );
  });
});
