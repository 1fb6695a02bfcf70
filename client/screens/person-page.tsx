import { createEffect, Match, Switch, type JSX } from 'solid-js';
import type { Snapshot } from '../../shared/protocol/views';
import { checkInWith } from '../live/check-in';
import { createDateLocale } from '../live/date-locale';
import { createLiveConnection } from '../live/live-connection';
import { forgetSecret, readSecret } from '../live/secrets';
import { createServerNow } from '../live/server-now';
import { ConnectionNotice } from '../ui/connection-notice';
import { StatusScreen } from '../ui/status-screen';
import { MenteeScreen } from './mentee/mentee-screen';
import { MentorScreen } from './mentor/mentor-screen';
import '../ui/person.css';

/** Where a personal token is remembered, so the page reopens without its fragment. */
export const PERSON_TOKEN_KEY = 'tablehop.personToken';

export function InvalidLink(props: { reason?: string }): JSX.Element {
  return (
    <StatusScreen title="This link is not valid" tone="error" testId="invalid-link">
      <p>{props.reason ?? 'It may be incomplete or out of date.'} Open the personal link from your invitation again, or ask the organizer for it.</p>
    </StatusScreen>
  );
}

type MeSnapshot = Extract<Snapshot, { role: 'mentor' | 'mentee' }>;

/** `/p#token=…`: a mentee's or mentor's personal page, by the role the server answers with. */
export default function PersonPage(): JSX.Element {
  const token = readSecret('token', PERSON_TOKEN_KEY);
  if (!token) return <InvalidLink reason="It has no personal code." />;

  const conn = createLiveConnection(token);
  const serverNow = createServerNow(conn.offsetMs);
  const dateLocale = createDateLocale();
  const me = (): MeSnapshot | null => {
    const s = conn.snapshot();
    return s && (s.role === 'mentor' || s.role === 'mentee') ? s : null;
  };
  const clock = () => conn.clock() ?? me()!.me.clock;

  // A refused or deleted link is no use to remember.
  createEffect(() => {
    if (conn.deleted() || conn.status() === 'refused') forgetSecret(PERSON_TOKEN_KEY);
  });

  const checkIn = () => checkInWith(token);
  const saveQuestions = (questions: string[]) => conn.request<{ questions: string[] }>((ack) => conn.socket.emit('questions:update', { questions }, ack));

  return (
    <>
      <ConnectionNotice status={conn.status} />
      <Switch
        fallback={
          <StatusScreen title="Connecting…" testId="connecting">
            <p class="muted">Getting your schedule from the event.</p>
          </StatusScreen>
        }
      >
        <Match when={conn.deleted()}>
          <StatusScreen title="This event was deleted" testId="event-deleted">
            <p>The organizer has deleted this event, so there is no schedule to show any more.</p>
          </StatusScreen>
        </Match>
        <Match when={conn.status() === 'refused'}>
          <InvalidLink />
        </Match>
        <Match when={conn.snapshot() && !me()}>
          <StatusScreen title="This is not a personal link" tone="error" testId="not-personal">
            <p>This page is for mentors and mentees. Organizer and projector links open their own pages.</p>
          </StatusScreen>
        </Match>
        <Match when={me()?.role === 'mentee'}>
          <MenteeScreen me={me()!.me} clock={clock()} serverNow={serverNow} saveQuestions={saveQuestions} dateLocale={dateLocale()} checkIn={checkIn} />
        </Match>
        <Match when={me()?.role === 'mentor'}>
          <MentorScreen me={me()!.me} clock={clock()} serverNow={serverNow} refresh={() => void conn.refresh()} dateLocale={dateLocale()} checkIn={checkIn} />
        </Match>
      </Switch>
    </>
  );
}
