import { createEffect, createMemo, createRenderEffect, Match, on, Switch, type Accessor, type JSX } from 'solid-js';
import { questionsAnswerSchema } from '../../shared/protocol/answers';
import type { PersonPage as MeView, Snapshot } from '../../shared/protocol/views';
import { phone } from '../i18n/catalogues/phone';
import { InEventLanguage } from '../i18n/in-event-language';
import { LanguageGate } from '../i18n/language-gate';
import { LanguageMenu } from '../i18n/language-menu';
import { checkInWith } from '../live/check-in';
import { feedbackSocketApi, subscribeMeetings } from '../live/feedback-api';
import { createFeedbackOutbox, outboxStorageKey } from '../live/feedback-outbox';
import { tellHere } from '../live/here-after-all';
import { createLiveConnection } from '../live/live-connection';
import { createMeetingsFeed } from '../live/meetings-feed';
import { readSecret } from '../live/secrets';
import { createServerNow } from '../live/server-now';
import { InvalidLink, LiveGate } from '../ui/live-gate';
import { PERSON_GATE_TEXTS as TEXTS, PHONE_GATE_WORDS } from './person-gate-texts';
// Offline-first (issue 20): the last snapshot and the question edits wait in IndexedDB.
import { buildPhases } from '../../shared/timeline';
import { phoneTime } from '../live/phone-time';
import { setEventTimeZone } from '../live/event-time-zone';
import { liveClockAt } from '../live/live-clock';
import { offlineBanner, type OfflineBanner as OfflineBannerReasonOf } from '../live/offline-banner';
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
import { AfterTalkSection } from './feedback/lazy-after-talk-section';
import { isAfterTheTalk } from './meetings/after-the-talk';
import { MeetingsScreen } from './meetings/lazy-meetings-screen';
import { MentorScreen } from './mentor/mentor-screen';
import { rememberLanguageOnServer } from '../i18n/remember-language-on-server';
import { localRoleWords } from '../i18n/role-words';
import '../ui/person.css';

/** Where a personal token is remembered, so the page reopens without its fragment. */
export const PERSON_TOKEN_KEY = 'tablehop.personToken';

/** The offline banner's sentence in the page's language, by why the plan may be out of date. */
function offlineLine(reason: OfflineBannerReason, connecting: boolean, time: string): string {
  const lead = connecting ? phone.t('connectingLead', { time }) : phone.t('offlineLead', { time });
  const why = {
    none: '',
    paused: phone.t('whyPaused'),
    'not-started': phone.t('whyNotStarted'),
    old: phone.t('whyOld'),
  }[reason];
  return phone.t('offlineLine', { lead, why, back: connecting ? phone.t('backServer') : phone.t('backOnline') });
}

type OfflineBannerReason = OfflineBannerReasonOf['reason'];

type MeSnapshot = Extract<Snapshot, { role: 'mentor' | 'mentee' }>;
const mine = (s: Snapshot): MeSnapshot | null => (s.role === 'mentor' || s.role === 'mentee' ? s : null);

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** `/p#token=…`: a mentee's or mentor's personal page, in the reader's language (issue 19). */
export default function PersonPage(): JSX.Element {
  return (
    <LanguageGate>
      <PersonLive />
    </LanguageGate>
  );
}

/** Times on the page are the event's (its time zone), named where the device's differs. */
function EventTimeZone(props: { me: Accessor<MeView> }): null {
  // A render effect: set before the page's times below are first rendered.
  createRenderEffect(() => setEventTimeZone(props.me().event.timeZone));
  return null;
}

/** A mentee's or mentor's personal page, by the role the server answers with. */
function PersonLive(): JSX.Element {
  const token = readSecret('token', PERSON_TOKEN_KEY);
  if (!token) return <InvalidLink reason={phone.t('noCode')} advice={TEXTS.invalidAdvice} words={PHONE_GATE_WORDS} />;

  const conn = createLiveConnection(token);
  rememberLanguageOnServer(token); // the menu's language for this person's e-mails (issue 19)
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
          error: { code: 'internal', message: phone.t('notUnderstood') },
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
          checkIn,
          hereAfterAll,
          get meetings() {
            return meetingsFeed.answer();
          },
          outbox,
        };
        // The shared banner decides when and why; its words are the phone catalogue's.
        const banner = () => {
          const connecting = conn.status() === 'connecting';
          const at = offline.asOf();
          const b = offlineBanner({ asOf: at, connecting, clock: clock(), now: serverNow(), timeText: () => '' });
          return b && { ...b, text: offlineLine(b.reason, connecting, phoneTime(at ?? 0)) };
        };
        return (
          <InEventLanguage locale={() => me().me.event.locale}>
            <EventTimeZone me={() => me().me} />
            <div class="person-notices">
              <LanguageMenu id="person-language" />
              <OfflineBanner banner={banner} />
              <UpdatePrompt
                clock={() => liveClockAt(clock(), phases(), serverNow())}
                texts={{
                  get ready() {
                    return phone.t('updateReady');
                  },
                  get update() {
                    return phone.t('update');
                  },
                }}
              />
            </div>
            <Switch>
              {/* Your meetings — begin: once the clock finished after a start, the page lists the meetings. */}
              <Match when={isAfterTheTalk(clock())}>
                <MeetingsScreen
                  feed={meetingsFeed}
                  download={downloadMeetings}
                  eventName={me().me.event.name}
                  viewer={me().role}
                  words={localRoleWords(me().me.event.labels)}
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
          </InEventLanguage>
        );
      }}
    </LiveGate>
  );
}
