/**
 * The phones in the pseudo-locale (issue 19): every word a mentee's or a mentor's phone shows or
 * says comes from a catalogue, in each state of the event; only the test's own data (the event's
 * name, the people, table labels, topics, questions, a call link, the digits) may be left as it was.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventInfo, MyRound, PersonPage, Snapshot } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { ApiError } from '../../../client/live/api';
import type { ConnectionStatus } from '../../../client/live/live-connection';
import { MeetingsScreen } from '../../../client/screens/meetings/meetings-screen';
import { MenteeScreen } from '../../../client/screens/mentee/mentee-screen';
import { PERSON_GATE_TEXTS } from '../../../client/screens/person-gate-texts';
import { LiveGate } from '../../../client/ui/live-gate';
import { MentorScreen } from '../../../client/screens/mentor/mentor-screen';
import { expectNoUntranslatedText, pseudo, usePseudoLocale } from '../../support/pseudo-locale';
import { renderPhone } from '../feedback/render-feedback';
import { menteeAnswer, mentorAnswer } from '../meetings/fixtures';
import { meeting, meetingsAnswer } from '../support/feedback-fixtures';
import { EVENT, finishedClock, idleClock, menteeMe, mentorMe, runningClock } from '../support/fixtures';

// A time of day comes from Intl ("2:12 PM"), not from a catalogue: its day period is locale data.
const DATA = ['Spring Mentoring Night', 'Zoë', 'Grace Hopper', '李雷', 'عمر', 'Sam Okafor', 'T1', 'T2', 'T3'];
const TEXT = ['Compilers', 'Navy', 'Maths', 'How did you start?', 'Which language first?', 'Is a PhD worth it?'];
const SUPPLIED = [...DATA, ...TEXT, 'AM', 'PM'];

const okCheckIn = async () => ({ ok: true as const });

function mentee(clock: ClockSnapshot, me: PersonPage = menteeMe()) {
  render(() => (
    <MenteeScreen
      me={me}
      clock={clock}
      serverNow={() => clock.serverNow}
      saveQuestions={async (questions) => ({ ok: true, data: { questions } })}
      checkIn={okCheckIn}
      hereAfterAll={okCheckIn}
    />
  ));
}

function mentor(clock: ClockSnapshot, me: PersonPage = mentorMe()) {
  render(() => (
    <MentorScreen
      me={me}
      clock={clock}
      serverNow={() => clock.serverNow}
      checkIn={okCheckIn}
      hereAfterAll={okCheckIn}
    />
  ));
}

const withEvent = (me: PersonPage, over: Partial<EventInfo>): PersonPage => ({ ...me, event: { ...EVENT, ...over } });
const remote = (rounds: MyRound[]): MyRound[] =>
  rounds.map((r) => (r.table ? { ...r, meetingUrl: 'https://meet.example.org/t1' } : r));

let undo = () => {};
beforeEach(() => {
  localStorage.clear();
  undo = usePseudoLocale();
});
afterEach(() => {
  undo();
  cleanup();
});

describe('the mentee phone in the pseudo-locale', () => {
  it('before the start: the first table, the check-in, the questions and the schedule', () => {
    const me = menteeMe();
    mentee(idleClock(), { ...me, person: { ...me.person, attendance: 'expected' } });
    expect(screen.getByTestId('phase-label')).toHaveTextContent(pseudo('Not started yet'));
    expect(screen.getByTestId('check-in')).toHaveTextContent(pseudo('Are you here?'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(pseudo('Hi'));
    expectNoUntranslatedText(document.body, SUPPLIED);
  });

  it('in a meeting: the table, the countdown and its spoken label, the next line', () => {
    mentee(runningClock(0, 30_000));
    expect(screen.getByTestId('countdown')).toHaveAttribute('aria-label', expect.stringMatching(pseudo('Time left')));
    expect(screen.getByTestId('countdown')).toHaveAttribute('dir', 'ltr');
    expect(screen.getByTestId('next')).toHaveTextContent(pseudo('you sit out'));
    expectNoUntranslatedText(document.body, SUPPLIED);
  });

  it('in a changeover, and sitting a round out', () => {
    mentee(runningClock(1, 60_000));
    expect(screen.getByTestId('bye')).toHaveTextContent(pseudo('You sit out round 2'));
    expectNoUntranslatedText(document.body, SUPPLIED);
    cleanup();
    mentee(runningClock(3, 60_000));
    expect(screen.getByTestId('phase-label')).toHaveTextContent(pseudo('go to'));
    expectNoUntranslatedText(document.body, SUPPLIED);
  });

  it('when mentors move: stay, and who comes', () => {
    mentee(
      runningClock(1, 60_000),
      withEvent(menteeMe({ person: { ...menteeMe().person, table: 'T2' } }), {
        moving: 'mentors',
      }),
    );
    expectNoUntranslatedText(document.body, SUPPLIED);
  });

  it('in peer rounds, at a remote table with its call, and after the end', () => {
    mentee(runningClock(0, 60_000), withEvent(menteeMe(), { pairing: 'peer' }));
    expectNoUntranslatedText(document.body, SUPPLIED);
    cleanup();
    mentee(runningClock(0, 60_000), menteeMe({ rounds: remote(menteeMe().rounds) }));
    expect(screen.getByTestId('join-call')).toHaveTextContent(pseudo('Join the call'));
    expectNoUntranslatedText(document.body, [...SUPPLIED, 'https://meet.example.org/t1']);
    cleanup();
    mentee(finishedClock());
    expect(screen.getByTestId('notice-ended')).toHaveTextContent(pseudo('The event has ended'));
    expectNoUntranslatedText(document.body, SUPPLIED);
  });
});

describe('the feedback cards in the pseudo-locale', () => {
  it('a mentee rates the mentor, both want to stay in touch, and the sharing settings', () => {
    const both = meeting(1, 'm1', 'Grace Hopper', {
      feedback: { rating: 4, followUp: true, note: '' },
      mutual: true,
      contact: '+49 30 1234',
    });
    renderPhone('mentee', runningClock(0, 60_000), { meetings: meetingsAnswer([both, meeting(1, 'e2', '李雷')]) });
    expect(screen.getByTestId('after-talk')).toHaveTextContent(pseudo('After the talk'));
    expect(screen.getByTestId('feedback-mutual')).toHaveTextContent(pseudo('You both want to stay in touch.'));
    expect(screen.getByTestId('sharing-settings')).toHaveTextContent(pseudo('A contact line'));
    expectNoUntranslatedText(document.body, [...SUPPLIED, '+49 30 1234']);
  });

  it('a mentor in peer rounds: the peer badge', () => {
    renderPhone('mentor', runningClock(0, 60_000), {
      me: withEvent(mentorMe(), { pairing: 'peer' }),
      meetings: meetingsAnswer([meeting(1, 'e1', 'Zoë')]),
    });
    expect(screen.getByTestId('after-talk')).toHaveTextContent(pseudo('Peer'));
    expectNoUntranslatedText(document.body, SUPPLIED);
  });
});

describe('the mentor phone in the pseudo-locale', () => {
  it('before the start, in a meeting and in a changeover', () => {
    const me = mentorMe();
    mentor(idleClock(), { ...me, person: { ...me.person, attendance: 'expected' } });
    expectNoUntranslatedText(document.body, SUPPLIED);
    cleanup();
    mentor(runningClock(0, 30_000));
    expect(screen.getByTestId('now-group')).toHaveTextContent(pseudo('At your table now'));
    expectNoUntranslatedText(document.body, SUPPLIED);
    cleanup();
    mentor(runningClock(1, 60_000));
    expect(screen.getByTestId('phase-caption')).toHaveTextContent(pseudo('Next:'));
    expectNoUntranslatedText(document.body, SUPPLIED);
  });

  it('resting, walking when mentors move, at a remote table, and after the end', () => {
    mentor(runningClock(4, 60_000));
    expect(screen.getByTestId('rest')).toBeInTheDocument();
    expectNoUntranslatedText(document.body, SUPPLIED);
    cleanup();
    mentor(runningClock(1, 60_000), withEvent(mentorMe(), { moving: 'mentors' }));
    expectNoUntranslatedText(document.body, SUPPLIED);
    cleanup();
    mentor(runningClock(0, 60_000), mentorMe({ rounds: remote(mentorMe().rounds) }));
    expect(screen.getByTestId('join-call')).toBeInTheDocument();
    expectNoUntranslatedText(document.body, [...SUPPLIED, 'https://meet.example.org/t1']);
    cleanup();
    mentor(finishedClock());
    expect(screen.getByTestId('notice-ended')).toHaveTextContent(pseudo('The event has ended'));
    expectNoUntranslatedText(document.body, SUPPLIED);
  });
});

describe('the live gate of the phone in the pseudo-locale', () => {
  it.each([
    ['connecting', false],
    ['online', true],
    ['outdated', false],
    ['replaced', false],
    ['refused', false],
    ['offline', false],
  ] as [ConnectionStatus, boolean][])('%s (deleted: %s)', (status, deleted) => {
    const [snapshot] = createSignal<Snapshot | null>(null);
    render(() => (
      <LiveGate
        conn={{ status: () => status, deleted: () => deleted, snapshot, reclaim: () => {} }}
        secretKey="test.person"
        select={(x) => (x.role === 'mentee' ? x.me : null)}
        texts={PERSON_GATE_TEXTS}
      >
        {() => <p>page</p>}
      </LiveGate>
    ));
    expectNoUntranslatedText(document.body, SUPPLIED);
  });
});

describe('your meetings in the pseudo-locale', () => {
  const MET = [...SUPPLIED, 'Read the COBOL paper.', 'grace@example.org', 'Which book first?'];
  const feed = (answer: ReturnType<typeof menteeAnswer> | null, error: string | null = null) => ({
    answer: () => answer,
    error: () => error,
    reload: async () => {},
  });

  it('a mentee’s list, and a download that failed', async () => {
    const download = async () => {
      throw new ApiError(0, 'network', 'offline');
    };
    render(() => (
      <MeetingsScreen feed={feed(menteeAnswer())} download={download} eventName={DATA[0]!} viewer="mentee" />
    ));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(pseudo('Your meetings'));
    fireEvent.click(screen.getAllByRole('button')[0]!);
    await waitFor(() => expect(screen.getByTestId('meeting-downloads-status')).not.toBeEmptyDOMElement());
    expectNoUntranslatedText(document.body, MET);
  });

  it('a mentor’s list with the questions, loading, and a failed load', () => {
    render(() => <MeetingsScreen feed={feed(mentorAnswer())} download={async () => {}} eventName="" viewer="mentor" />);
    expectNoUntranslatedText(document.body, MET);
    cleanup();
    render(() => <MeetingsScreen feed={feed(null)} download={async () => {}} eventName="" viewer="mentee" />);
    expect(screen.getByTestId('meetings-screen')).toHaveTextContent(pseudo('Getting your meetings'));
    expectNoUntranslatedText(document.body, MET);
    cleanup();
    render(() => <MeetingsScreen feed={feed(null, '—')} download={async () => {}} eventName="" viewer="mentee" />);
    expect(screen.getByRole('alert')).toHaveTextContent(pseudo('Could not get your meetings'));
    expectNoUntranslatedText(document.body, MET);
  });
});
