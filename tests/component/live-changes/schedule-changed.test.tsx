import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MyRound, PersonPage } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { changeText, scheduleChange, seatKeys, upcomingRound } from '../../../client/ui/schedule-changed-detect';
import { ScheduleChangedNotice } from '../../../client/ui/schedule-changed-notice';
import { GRACE_ROUNDS, ZOE_ROUNDS, idleClock, menteeMe, mentorMe, runningClock } from '../support/fixtures';

afterEach(() => cleanup());

const seat = (round: number, table: string | null, mentorId: string | null, mentorName: string | null): MyRound => ({
  round,
  table,
  mentorId,
  mentorName,
  topics: [],
  mentees: [],
});
const moved = (rounds: MyRound[], round: number, to: MyRound) => rounds.map((r) => (r.round === round ? to : r));

describe('upcomingRound', () => {
  it('is round 1 before the start, the next one in a meeting, the coming one in a changeover, none at the end', () => {
    expect(upcomingRound(idleClock())).toBe(1);
    expect(upcomingRound(runningClock(0, 1000))).toBe(2); // meeting 1
    expect(upcomingRound(runningClock(1, 1000))).toBe(2); // changeover to 2
    expect(upcomingRound(runningClock(4, 1000))).toBe(4); // meeting 3 → nothing after, round 4
    expect(upcomingRound({ status: 'finished', phase: null })).toBeNull();
  });
});

describe('scheduleChange', () => {
  const before = seatKeys('mentee', ZOE_ROUNDS);
  it('finds nothing when only rounds already begun differ', () => {
    const after = moved(ZOE_ROUNDS, 1, seat(1, 'T2', 'm2', 'Ada Lovelace'));
    expect(scheduleChange('mentee', before, after, 2)).toBeNull();
    expect(scheduleChange('mentee', before, ZOE_ROUNDS, 1)).toBeNull();
  });

  it('finds the first changed round and the seat of the round the person goes to next', () => {
    const after = moved(ZOE_ROUNDS, 3, seat(3, 'T7', 'm7', 'Katherine Johnson'));
    const c = scheduleChange('mentee', before, after, 2)!;
    expect(c.firstChanged).toBe(3);
    expect(c.next?.round).toBe(2);
    expect(changeText('mentee', c)).toEqual({
      title: 'Your schedule changed',
      detail: 'In round 3 you now go to T7 — Katherine Johnson.',
    });
    const c3 = scheduleChange('mentee', before, after, 3)!;
    expect(changeText('mentee', c3).detail).toBe('Next you go to T7 — Katherine Johnson (round 3).');
    const bye = scheduleChange('mentee', before, moved(ZOE_ROUNDS, 3, seat(3, null, null, null)), 2)!;
    expect(changeText('mentee', bye).detail).toBe(
      'You now sit out round 3; see your schedule below for your next table.',
    );
  });

  it('for a mentor, compares who sits at the table and names the next mentees', () => {
    const was = seatKeys('mentor', GRACE_ROUNDS);
    const after = GRACE_ROUNDS.map((r) => (r.round === 2 ? { ...r, mentees: [{ id: 'e9', name: 'Kim' }] } : r));
    const c = scheduleChange('mentor', was, after, 2)!;
    expect(changeText('mentor', c).detail).toBe('Next at your table (round 2): Kim.');
    const empty = GRACE_ROUNDS.map((r) => (r.round === 2 ? { ...r, table: null, mentees: [] } : r));
    expect(changeText('mentor', scheduleChange('mentor', was, empty, 2)!).detail).toBe(
      'No one at your table in round 2 now.',
    );
    expect(changeText('mentor', scheduleChange('mentor', was, after, 1)!).detail).toBe('At your table (round 2): Kim.');
    // The same mentees in another order is no change.
    const reordered = GRACE_ROUNDS.map((r) => (r.round === 1 ? { ...r, mentees: [...r.mentees].reverse() } : r));
    expect(scheduleChange('mentor', was, reordered, 1)).toBeNull();
  });
});

describe('ScheduleChangedNotice', () => {
  function setup(me0: PersonPage, clock0: ClockSnapshot) {
    const [me, setMe] = createSignal(me0);
    const [clock, setClock] = createSignal(clock0);
    const buzz = vi.fn();
    render(() => <ScheduleChangedNotice me={me} clock={clock} vibrate={buzz} />);
    return { setMe, setClock, buzz };
  }

  it('silent at first, then "Your schedule changed: next you go to …" and vibrates when a coming round moves', () => {
    const { setMe, buzz } = setup(menteeMe(), runningClock(1, 60_000)); // changeover to round 2
    expect(screen.queryByTestId('schedule-changed')).toBeNull();
    setMe(menteeMe({ rounds: moved(ZOE_ROUNDS, 2, seat(2, 'T7', 'm7', 'Katherine Johnson')) }));
    const notice = screen.getByTestId('schedule-changed');
    expect(notice).toHaveAttribute('role', 'alert');
    expect(notice).toHaveTextContent('Your schedule changed');
    expect(notice).toHaveTextContent('Next you go to T7 — Katherine Johnson (round 2).');
    expect(buzz).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByTestId('schedule-changed')).toBeNull();
  });

  it('stays quiet when a snapshot changes other things, or only rounds already begun', () => {
    const { setMe, buzz } = setup(menteeMe(), runningClock(2, 60_000)); // meeting 2
    setMe(menteeMe({ person: { ...menteeMe().person, questions: ['New?'] } }));
    setMe(menteeMe({ rounds: moved(ZOE_ROUNDS, 2, seat(2, 'T5', 'm5', 'Someone')) })); // round 2 is under way
    expect(screen.queryByTestId('schedule-changed')).toBeNull();
    expect(buzz).not.toHaveBeenCalled();
  });

  it('tells a mentor who now arrives next', () => {
    const { setMe } = setup(mentorMe(), runningClock(0, 60_000));
    setMe(
      mentorMe({
        rounds: GRACE_ROUNDS.map((r) =>
          r.round === 2 ? { ...r, mentees: [{ id: 'e8', name: 'Priya Raman', questions: [] }] } : r,
        ),
      }),
    );
    expect(screen.getByTestId('schedule-changed')).toHaveTextContent('Next at your table (round 2): Priya Raman.');
  });

  it('does not tell a person marked absent or gone', () => {
    const { setMe, buzz } = setup(menteeMe(), idleClock());
    setMe(
      menteeMe({
        person: { ...menteeMe().person, attendance: 'absent' },
        rounds: ZOE_ROUNDS.map((r) => seat(r.round, null, null, null)),
      }),
    );
    expect(screen.queryByTestId('schedule-changed')).toBeNull();
    expect(buzz).not.toHaveBeenCalled();
  });
});
