import { createEffect, createMemo, Match, on, Switch, type JSX } from 'solid-js';
import { roleWords } from '../../shared/labels/role-words';
import { questionsAnswerSchema } from '../../shared/protocol/answers';
import type { Snapshot } from '../../shared/protocol/views';
import { checkInWith } from '../live/check-in';
import { createDateLocale } from '../live/date-locale';
import { feedbackSocketApi, subscribeMeetings } from '../live/feedback-api';
import { createFeedbackOutbox, outboxStorageKey } from '../live/feedback-outbox';
import { tellHere } from '../live/here-after-all';
import { createLiveConnection } from '../live/live-connection';
import { createMeetingsFeed } from '../live/meetings-feed';
import { readSecret } from '../live/secrets';
import { createServerNow } from '../live/server-now';
import { InvalidLink, LiveGate, type LiveGateTexts } from '../ui/live-gate';
// Offline-first (issue 20): the last snapshot and the question edits wait in IndexedDB.
import { buildPhases } from '../../shared/timeline';
import { formatClockTime } from '../live/clock-time';
import { liveClockAt } from '../live/live-clock';
import { offlineBanner } from '../live/offline-banner';
import { createOfflineFirst } from '../live/offline-first';
import { offlineKv } from '../live/offline-kv';
import { kvOutboxStore } from '../live/outbox-store';
import { createQuestionsOutbox, deliveryOf, type QuestionsDelivery } from '../live/questions-outbox';
import { snapshotStore } from '../live/snapshot-store';
import { OfflineBanner } from '../ui/offline-banner';
import { UpdatePrompt } from '../ui/update-prompt';
import { MenteeScreen } from './mentee/mentee-screen';
// Your meetings (after the last round): see the block marked below.
import { meetingsApi, type MeetingsFile } from '../live/meetings-api';
import { AfterTalkSection } from './feedback/after-talk-section';
import { isAfterTheTalk } from './meetings/after-the-talk';
import { MeetingsScreen } from './meetings/meetings-screen';
import { MentorScreen } from './mentor/mentor-screen';
import '../ui/person.css';

/** Where a personal token is remembered, so the page reopens without its fragment. */
export const PERSON_TOKEN_KEY = 'tablehop.personToken';

const TEXTS: LiveGateTexts = {
  connecting: 'Getting your schedule from the event.',
  deleted: 'The organizer has deleted this event, so there is no schedule to show any more.',
  invalidAdvice: 'Open the personal link from your invitation again, or ask the organizer for it.',
  wrongLink: {
    title: 'This is not a personal link',
    text: 'This page is for mentors and mentees. Organizer and projector links open their own pages.',
    testId: 'not-personal',
  },
};

type MeSnapshot = Extract<Snapshot, { role: 'mentor' | 'mentee' }>;
const mine = (s: Snapshot): MeSnapshot | null => (s.role === 'mentor' || s.role === 'mentee' ? s : null);

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** `/p#token=…`: a mentee's or mentor's personal page, by the role the server answers with. */
export default function PersonPage(): JSX.Element {
  const token = readSecret('token', PERSON_TOKEN_KEY);
  if (!token) return <InvalidLink reason="It has no personal code." advice={TEXTS.invalidAdvice} />;

  const conn = createLiveConnection(token);
  const kv = offlineKv();
  // questions:update replaces the whole list: sending a list again is harmless, so the key
  // stays on the phone (the server's payload schema is strict and takes no extra field).
  const sendQuestions = async (write: { questions: string[] }): Promise<QuestionsDelivery> => {
    const questions = write.questions;
    const r = await conn.request<unknown>((ack) => conn.socket.emit('questions:update', { questions }, ack));
    if (!r.ok) return deliveryOf(r);
    // The ack is network input like any answer: parsed with the schema the server answers with.
    const parsed = questionsAnswerSchema.safeParse(r.data);
    return parsed.success
      ? { status: 'delivered', questions: parsed.data.questions }
      : {
          status: 'refused',
          error: {
            code: 'internal',
            message: 'The server sent an answer this page does not understand. Reload the page.',
          },
        };
  };
  const questionsOutbox = createQuestionsOutbox({
    kv,
    secret: token,
    send: sendQuestions,
    online: () => conn.status() === 'online',
  });
  // A deleted event or a refused link: nothing of it stays on this phone.
  const offline = createOfflineFirst(conn, snapshotStore(kv, token), () => {
    void questionsOutbox.clear();
    // Called later, once a deletion arrives: the feedback outbox below exists by then.
    void outbox.clear();
  });
  const serverNow = createServerNow(offline.offsetMs);
  const dateLocale = createDateLocale();
  const checkIn = () => checkInWith(token);
  const hereAfterAll = () => tellHere(conn);

  // After the talk (issue 15): my meetings, kept fresh by pushes and reloaded after a reconnect
  // (pushes sent while offline are lost), and the outbox my feedback waits in until it is sent.
  const meetingsFeed = createMeetingsFeed(meetingsApi(token).load, subscribeMeetings(conn.socket));
  createEffect(
    on(conn.status, (now, before) => now === 'online' && before === 'offline' && void meetingsFeed.reload()),
  );
  const outbox = createFeedbackOutbox({
    ...feedbackSocketApi(conn.socket),
    online: () => conn.status() === 'online',
    store: kvOutboxStore(kv, outboxStorageKey(token), browserStorage()),
  });

  // Your meetings (after the last round): the .ics and .csv downloads of this person's token.
  const downloadMeetings = async (kind: MeetingsFile) => {
    await meetingsApi(token).download(kind);
  };

  return (
    <LiveGate conn={{ ...conn, snapshot: offline.snapshot }} secretKey={PERSON_TOKEN_KEY} select={mine} texts={TEXTS}>
      {(me) => {
        const clock = () => offline.clock() ?? me().me.clock;
        const phases = createMemo(() => buildPhases(me().me.event));
        // What the mentee and the mentor screens both take; getters keep each prop live.
        const screen = {
          get me() {
            return me().me;
          },
          get clock() {
            return clock();
          },
          serverNow,
          get dateLocale() {
            return dateLocale();
          },
          checkIn,
          hereAfterAll,
          get meetings() {
            return meetingsFeed.answer();
          },
          outbox,
        };
        const banner = () =>
          offlineBanner({
            asOf: offline.asOf(),
            connecting: conn.status() === 'connecting',
            clock: clock(),
            now: serverNow(),
            timeText: (ms) => formatClockTime(ms, dateLocale()),
          });
        return (
          <>
            <div class="person-notices">
              <OfflineBanner banner={banner} />
              <UpdatePrompt clock={() => liveClockAt(clock(), phases(), serverNow())} />
            </div>
            <Switch>
              {/* Your meetings — begin: once the clock finished after a start, the page lists the meetings. */}
              <Match when={isAfterTheTalk(clock())}>
                <MeetingsScreen
                  feed={meetingsFeed}
                  download={downloadMeetings}
                  eventName={me().me.event.name}
                  viewer={me().role}
                  locale={dateLocale()}
                  words={roleWords(me().me.event.labels)}
                >
                  {/* Feedback stays open for days after the end: its cards stay below the list. */}
                  <AfterTalkSection
                    me={me().me}
                    clock={clock()}
                    now={serverNow()}
                    meetings={meetingsFeed.answer()}
                    outbox={outbox}
                  />
                </MeetingsScreen>
              </Match>
              {/* Your meetings — end. */}
              <Match when={me().role === 'mentee'}>
                <MenteeScreen {...screen} saveQuestions={questionsOutbox.save} questionsPending={questionsOutbox} />
              </Match>
              <Match when={me().role === 'mentor'}>
                <MentorScreen {...screen} />
              </Match>
            </Switch>
          </>
        );
      }}
    </LiveGate>
  );
}
