import { createEffect, createMemo, For, Match, Show, Switch, untrack, type Accessor, type JSX } from 'solid-js';
import type { MeetingsAnswer } from '../../../shared/protocol/after-talk';
import type { MyRound, PersonPage } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { phone } from '../../i18n/catalogues/phone';
import { localRoleWords } from '../../i18n/role-words';
import { noticeKind } from '../../live/attendance-phrases';
import type { FeedbackOutbox } from '../../live/feedback-outbox';
import { phoneTime } from '../../live/phone-time';
import { createHereAfterAll } from '../../live/here-after-all';
import { createPersonView } from '../../live/person-view';
import { mentorPhrases } from '../../live/phone-phrases';
import { createWakeLock } from '../../live/wake-lock';
import type { CheckInResult } from '../../ui/check-in-card';
import { JoinCall } from '../../ui/join-call';
import { NowNotice } from '../../ui/now-notice';
import { PersonName, PersonNames } from '../../ui/person-name';
import { PersonScreenHead } from '../../ui/person-screen-head';
import { ScheduleTable } from '../../ui/schedule-table';
import { WakeLockToggle } from '../../ui/wake-lock-toggle';
import { AfterTalkSection } from '../feedback/lazy-after-talk-section';
import { MenteeCard } from './mentee-card';
import { moveLocalNotes } from './move-local-notes';
import { mergeQuestions, type QuestionsCache } from './questions-cache';

export interface MentorScreenProps {
  me: PersonPage;
  clock: ClockSnapshot;
  serverNow: Accessor<number>;
  /** Check myself in before the start (POST /api/me/check-in). */
  checkIn?: () => Promise<CheckInResult>;
  /** Marked absent or gone: tell the organizer "I'm here after all" (`attendance:here`). */
  hereAfterAll?: () => Promise<CheckInResult>;
  /** My meetings with my feedback (`GET /api/me/meetings`, `meetings:updated`); null until loaded. */
  meetings?: MeetingsAnswer | null;
  /** Where my feedback and sharing writes go (`feedback:give`, `sharing:set`); no cards without it. */
  outbox?: FeedbackOutbox;
}

/** The mentor's page: who sits at the table now and who arrives next, with their questions. */
export function MentorScreen(props: MentorScreenProps): JSX.Element {
  const view = createPersonView(
    () => props.me,
    () => props.clock,
    props.serverNow,
  );
  const wake = createWakeLock();
  const here = props.hereAfterAll ? createHereAfterAll(props.hereAfterAll) : undefined;
  // The event's own words for the roles (issue 17): "Your first founders", the "Founders" column.
  // Reactive: the page language's words when the event named none.
  const words = createMemo(() => localRoleWords(props.me.event.labels));
  let cache: QuestionsCache = {};
  // The server sends questions only for the mentees now and next, and pushes a fresh page when
  // the round changes; the cache keeps those already seen on screen meanwhile.
  const questions = createMemo(() => (cache = mergeQuestions(cache, props.me.rounds)));

  // Intl, in the page's language (phone-time.ts: no date-fns on the phone, for its weight).
  const timeText = (ms: number) => phoneTime(ms);
  // Mentors moving (issue 17): each round's table is where to walk, not a table of one's own.
  const mentorsMove = () => props.me.event.moving === 'mentors';
  const phrases = createMemo(() =>
    mentorPhrases({
      where: view.where(),
      rounds: view.live().rounds,
      table: props.me.person.table,
      mentorsMove: mentorsMove(),
      words: words(),
    }),
  );
  const notice = createMemo(() => noticeKind(view.where(), props.me.person.attendance, here?.told() ?? false));
  // Notes kept on this device by earlier versions go to the server once my meetings are known
  // (again with each answer: a round begun since may be the meeting a note belongs to).
  createEffect(() => {
    const answer = props.meetings;
    const outbox = props.outbox;
    const ids = { eventId: props.me.event.id, mentorId: props.me.person.id };
    // Untracked: the outbox's own signals must not re-run this on every write.
    if (answer && outbox) untrack(() => moveLocalNotes(answer, ids, outbox.give));
  });

  // `call`: the group now shows a remote table's Join the call (the next one's call is not open yet).
  const Group = (p: { round: MyRound | null; heading: string; emptyText: string; testId: string; call?: boolean }) => (
    <section class="card mentor-group" aria-label={p.heading} data-testid={p.testId}>
      <h2>{p.heading}</h2>
      <Show when={p.call && p.round?.mentees.length ? p.round.meetingUrl : undefined}>
        {(url) => <JoinCall url={url()} />}
      </Show>
      <Show
        when={p.round?.table && p.round.mentees.length > 0}
        fallback={
          <p class="rest" data-testid="rest">
            {p.emptyText}
          </p>
        }
      >
        <div class="mentee-cards">
          <For each={p.round!.mentees}>
            {(m) => <MenteeCard name={m.name} questions={questions()[m.id] ?? null} mentee={words().inline.mentee} />}
          </For>
        </div>
      </Show>
    </section>
  );

  return (
    <main class="person mentor" data-testid="mentor-screen">
      <PersonScreenHead me={props.me} view={view} serverNow={props.serverNow} phrases={phrases} checkIn={props.checkIn}>
        <Show when={props.me.person.table}>
          {(t) => (
            <span class="table-chip" dir="ltr">
              {t()}
            </span>
          )}
        </Show>{' '}
        <PersonName>{props.me.person.name}</PersonName>
      </PersonScreenHead>
      <Switch>
        <Match when={notice()}>
          {(kind) => (
            <section class="card focus">
              <NowNotice
                kind={kind()}
                who="mentor"
                attendance={props.me.person.attendance}
                status={view.live().status}
                here={here}
                roles={words()}
              />
            </section>
          )}
        </Match>
        <Match when={true}>
          <Group
            round={view.where().at}
            heading={phrases().nowHeading}
            emptyText={phrases().nowEmpty}
            testId="now-group"
            call
          />
          <Show when={phrases().nextGroup} fallback={<p class="card muted">{phone.t('lastRound')}</p>}>
            {(next) => (
              <Group round={view.where().next} heading={next().heading} emptyText={next().empty} testId="next-group" />
            )}
          </Show>
        </Match>
      </Switch>
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
      <ScheduleTable
        caption={phone.t('yourTables')}
        rows={view.rows()}
        whereHeader={mentorsMove() ? phone.t('tableAndMentees', { mentees: words().inline.mentees }) : words().mentees}
        timeText={timeText}
        currentText={view.where().stage === 'meeting' ? phone.t('now') : phone.t('next')}
        where={(row) =>
          row.entry.mentees.length > 0 ? (
            <>
              <Show when={mentorsMove() && row.entry.table}>
                {(t) => (
                  <>
                    <span class="table-chip" data-testid="visit-table" dir="ltr">
                      {t()}
                    </span>{' '}
                  </>
                )}
              </Show>
              <PersonNames names={row.entry.mentees.map((m) => m.name)} />
            </>
          ) : (
            <span class="muted">{mentorsMove() ? phone.t('youRest') : phone.t('tableRests')}</span>
          )
        }
      />
    </main>
  );
}
