/**
 * Remote tables on the phones (issue 17, part 3): in the round at a remote table the card
 * shows a big Join the call link to the mentor's call (a new tab, so the countdown stays),
 * only in that round; a mentor with a link sees it above the mentees now. The projector puts
 * remote tables after the room's; a mentor's printed card carries the call's QR code.
 */
import { cleanup, render, screen, within } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MenteeScreen } from '../../../client/screens/mentee/mentee-screen';
import { MentorScreen } from '../../../client/screens/mentor/mentor-screen';
import { personCards } from '../../../client/screens/print/card-rows';
import { seatingOf } from '../../../client/screens/projector/seating';
import { JoinCall } from '../../../client/ui/join-call';
import type { OrganizerView, PersonPage } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { GRACE_ROUNDS, T0, ZOE_ROUNDS, menteeMe, mentorMe, projectorView, runningClock } from '../support/fixtures';

const CALL = 'https://meet.example.org/grace';

function showMentee(clock: ClockSnapshot) {
  // Zoë meets Grace (remote) in round 1, sits out round 2, meets عمر in the room in round 3.
  const rounds = ZOE_ROUNDS.map((r) => (r.mentorId === 'm1' ? { ...r, meetingUrl: CALL } : r));
  const [now] = createSignal(T0);
  render(() => (
    <MenteeScreen
      me={menteeMe({ rounds })}
      clock={clock}
      serverNow={now}
      saveQuestions={async () => ({ ok: true, data: { questions: [] } })}
    />
  ));
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('Join the call on the phones', () => {
  it('a mentee at the remote table gets a big link to the call in a new tab, the countdown stays', () => {
    showMentee(runningClock(0, 5 * 60_000));
    const link = within(screen.getByTestId('focus')).getByRole('link', { name: /join the call with grace hopper/i });
    expect(link).toHaveAttribute('href', CALL);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(screen.getByTestId('countdown')).toHaveTextContent('5:00');
  });

  it('is shown in the changeover before that round, and not at a table in the room', () => {
    showMentee(runningClock(3, 60_000)); // the changeover to round 3: عمر, in the room
    expect(screen.getByTestId('my-table')).toHaveTextContent('T3');
    expect(screen.queryByTestId('join-call')).toBeNull();
  });

  it('a mentor with a link sees it above the mentees at the table now, not for the next round', () => {
    const rounds = GRACE_ROUNDS.map((r) => (r.mentees.length > 0 ? { ...r, meetingUrl: CALL } : r));
    const me: PersonPage = mentorMe({ rounds, person: { ...mentorMe().person, meetingUrl: CALL } });
    const [now] = createSignal(T0);
    render(() => <MentorScreen me={me} clock={runningClock(0, 60_000)} serverNow={now} />);
    expect(within(screen.getByTestId('now-group')).getByTestId('join-call')).toHaveAttribute('href', CALL);
    expect(within(screen.getByTestId('next-group')).queryByTestId('join-call')).toBeNull();
  });

  it('never puts a link that is not https behind the button', () => {
    render(() => <JoinCall url="javascript:alert(1)" />);
    expect(screen.queryByTestId('join-call')).toBeNull();
  });
});

describe('remote tables on the projector and the printables', () => {
  it('the projector lists remote tables after the room’s, marked remote', () => {
    const view = projectorView(3, 1);
    view.tables = view.tables.map((t) => (t.table === 'T1' ? { ...t, remote: true } : t));
    const { rows } = seatingOf(view, 1);
    expect(rows.map((r) => [r.table, r.remote ?? false])).toEqual([
      ['T2', false],
      ['T3', false],
      ['T1', true],
    ]);
  });

  it('a mentor’s card carries the call link for its QR code; others do not', () => {
    const mentor = (id: string, table: string, meetingUrl?: string) => ({
      id,
      name: `Mentor ${table}`,
      table,
      topics: [],
      attendance: 'expected' as const,
      token: 't',
      link: `https://x.org/p#token=${id}`,
      ...(meetingUrl ? { meetingUrl } : {}),
    });
    const view = { mentors: [mentor('m1', 'T1', CALL), mentor('m2', 'T2')], mentees: [], schedule: null };
    const cards = personCards(view as unknown as Pick<OrganizerView, 'mentors' | 'mentees' | 'schedule'>);
    expect(cards.map((c) => c.meetingUrl)).toEqual([CALL, undefined]);
  });
});
