import { createMemo, Show, type Accessor, type JSX } from 'solid-js';
import type { MeetingsAnswer } from '../../../shared/protocol/after-talk';
import type { PersonPage } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import type { Ack } from '../../../shared/schemas/errors';
import { phone } from '../../i18n/catalogues/phone';
import { localRoleWords } from '../../i18n/role-words';
import { noticeKind } from '../../live/attendance-phrases';
import type { FeedbackOutbox } from '../../live/feedback-outbox';
import type { QuestionsSave } from '../../live/questions-outbox';
import { phoneTime } from '../../live/phone-time';
import { createHereAfterAll } from '../../live/here-after-all';
import { createPersonView } from '../../live/person-view';
import { menteePhrases, seatText } from '../../live/phone-phrases';
import { peerSeatText } from '../../live/peer-phrases';
import { createWakeLock } from '../../live/wake-lock';
import type { CheckInResult } from '../../ui/check-in-card';
import { PersonName } from '../../ui/person-name';
import { PersonScreenHead } from '../../ui/person-screen-head';
import { ScheduleTable } from '../../ui/schedule-table';
import { WakeLockToggle } from '../../ui/wake-lock-toggle';
import { AfterTalkSection } from '../feedback/lazy-after-talk-section';
import { FocusCard } from './focus-card';
import { QuestionsEditor, type QuestionsPending } from './questions-editor';

export interface MenteeScreenProps {
  me: PersonPage;
  clock: ClockSnapshot;
  serverNow: Accessor<number>;
  saveQuestions: (questions: string[]) => Promise<QuestionsSave | Ack<{ questions: string[] }>>;
  /** The question edits waiting in the outbox (issue 20), and a refusal of one sent later. */
  questionsPending?: QuestionsPending;
  /** Check myself in before the start (POST /api/me/check-in). */
  checkIn?: () => Promise<CheckInResult>;
  /** Marked absent or gone: tell the organizer "I'm here after all" (`attendance:here`). */
  hereAfterAll?: () => Promise<CheckInResult>;
  /** My meetings with my feedback (`GET /api/me/meetings`, `meetings:updated`); null until loaded. */
  meetings?: MeetingsAnswer | null;
  /** Where my feedback and sharing writes go (`feedback:give`, `sharing:set`); no cards without it. */
  outbox?: FeedbackOutbox;
}

/** The mentee's phone: where to be, the countdown, what is next, their questions and schedule. */
export function MenteeScreen(props: MenteeScreenProps): JSX.Element {
  const view = createPersonView(
    () => props.me,
    () => props.clock,
    props.serverNow,
  );
  const wake = createWakeLock();
  const here = props.hereAfterAll ? createHereAfterAll(props.hereAfterAll) : undefined;
  // The event's own words for the roles (issue 17): "Investor", "no investor comes".
  // Reactive: the page language's words when the event named none.
  const words = createMemo(() => localRoleWords(props.me.event.labels));

  // Intl, in the page's language (phone-time.ts: no date-fns on the phone, for its weight).
  const timeText = (ms: number) => phoneTime(ms);
  const timeOf = (round: number) => {
    const row = view.rows().find((r) => r.round === round);
    return row?.startsAt != null ? timeText(row.startsAt) : null;
  };
  // Mentors moving (issue 17): the mentee stays at `person.table` and is told who comes.
  const mentorsMove = () => props.me.event.moving === 'mentors';
  const seatChip = () => (mentorsMove() ? props.me.person.table : undefined);
  // Peer rounds (issue 17): "Stay at T1" / "Go to T5" by the table of the round before.
  const peers = () => props.me.event.pairing === 'peer';
  const previous = () => {
    const r = view.where().round;
    return r === null ? null : (props.me.rounds.find((x) => x.round === r - 1) ?? null);
  };
  const phrases = createMemo(() =>
    menteePhrases({
      where: view.where(),
      rounds: view.live().rounds,
      timeOf,
      mentorsMove: mentorsMove(),
      seat: props.me.person.table,
      peers: peers(),
      previous: previous(),
      words: words(),
    }),
  );
  const notice = createMemo(() => {
    const kind = noticeKind(view.where(), props.me.person.attendance, here?.told() ?? false);
    return kind && { kind, attendance: props.me.person.attendance, status: view.live().status, here };
  });

  return (
    <main class="person mentee" data-testid="mentee-screen">
      <PersonScreenHead me={props.me} view={view} serverNow={props.serverNow} phrases={phrases} checkIn={props.checkIn}>
        <Show when={seatChip()}>
          {(t) => (
            <span class="table-chip" dir="ltr">
              {t()}
            </span>
          )}
        </Show>{' '}
        {phone.rich('hello', { name: <PersonName>{props.me.person.name}</PersonName> })}
      </PersonScreenHead>
      <FocusCard where={view.where()} phrases={phrases()} notice={notice()} peers={peers()} words={words()} />
      <WakeLockToggle control={wake} />
      <Show when={props.outbox}>
        {(outbox) => (
          <AfterTalkSection
            me={props.me}
            clock={view.live()}
            now={props.serverNow()}
            meetings={props.meetings ?? null}
            outbox={outbox()}
          />
        )}
      </Show>
      {/* Peers prepare no questions for a mentor: there is none. */}
      <Show when={!peers()}>
        <QuestionsEditor
          saved={props.questionsPending?.waiting() ?? props.me.person.questions}
          save={props.saveQuestions}
          pending={props.questionsPending}
          readOnly={view.live().status === 'finished'}
          mentors={words().inline.mentors}
        />
      </Show>
      <ScheduleTable
        caption={phone.t('yourSchedule')}
        rows={view.rows()}
        whereHeader={phone.t('colTable')}
        timeText={timeText}
        currentText={view.where().stage === 'meeting' ? phone.t('now') : phone.t('next')}
        where={(row) =>
          row.entry.table ? (
            <span dir="auto">{peers() ? peerSeatText(row.entry) : seatText(row.entry)}</span>
          ) : (
            <span class="muted">
              {mentorsMove() ? phone.t('noMentorComesCell', { mentor: words().inline.mentor }) : phone.t('sitOut')}
            </span>
          )
        }
      />
    </main>
  );
}
