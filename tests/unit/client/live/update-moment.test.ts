import { describe, expect, it } from 'vitest';
import { updateFitsNow } from '../../../../client/live/update-moment';
import type { ClockSnapshot } from '../../../../shared/schemas/clock';

const clock = (status: string, kind?: 'meeting' | 'changeover' | 'break') =>
  ({ status, phase: kind ? { index: 0, kind, round: 1 } : null }) as unknown as ClockSnapshot;

describe('updateFitsNow: a new build is offered between rounds, never during a meeting', () => {
  it.each([
    ['not started', clock('idle'), true],
    ['paused', clock('paused', 'meeting'), true],
    ['ended', clock('finished'), true],
    ['a changeover', clock('running', 'changeover'), true],
    ['a break', clock('running', 'break'), true],
    ['a meeting', clock('running', 'meeting'), false],
  ])('%s → %s', (_name, c, expected) => {
    expect(updateFitsNow(c)).toBe(expected);
  });
});
