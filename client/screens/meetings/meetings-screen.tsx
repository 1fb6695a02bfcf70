import { Show, type JSX } from 'solid-js';
import type { RoleWords } from '../../../shared/labels/role-words';
import { afterTalk } from '../../i18n/catalogues/after-talk';
import { phone } from '../../i18n/catalogues/phone';
import type { MeetingsFile } from '../../live/meetings-api';
import type { MeetingsFeed } from '../../live/meetings-feed';
import { YourMeetings } from './your-meetings';

export interface MeetingsScreenProps {
  /** The page's meetings feed (the same one the feedback cards read). */
  feed: MeetingsFeed;
  download: (kind: MeetingsFile) => Promise<void>;
  eventName: string;
  viewer: 'mentor' | 'mentee';
  /** The event's role words (issue 17); left out: "Mentor" and "Mentee". */
  words?: RoleWords | undefined;
  /** What else the page keeps after the talk, below the list (the feedback cards, while feedback is open). */
  children?: JSX.Element;
}

/** The person's page once the event is over: "Your meetings", loading and failure said in the page's words. */
export function MeetingsScreen(props: MeetingsScreenProps): JSX.Element {
  return (
    <main class="person meetings" data-testid="meetings-screen">
      <header class="person-head">
        <p class="event-name" dir="auto">
          {props.eventName}
        </p>
        <h1 class="hello">{afterTalk.t('yourMeetings')}</h1>
      </header>
      <section class="card ended-note" aria-labelledby="ended-title">
        <h2 id="ended-title">{phone.t('ended')}</h2>
        <p class="muted">{afterTalk.t('meetingsStay')}</p>
      </section>
      <Show
        when={props.feed.answer()}
        fallback={
          <Show when={props.feed.error()} fallback={<p class="muted">{afterTalk.t('gettingMeetings')}</p>}>
            {(e) => (
              <div class="card" role="alert">
                <p class="error">{afterTalk.t('meetingsFailed', { why: e() })}</p>
                <button type="button" onClick={() => void props.feed.reload()}>
                  {phone.t('tryAgain')}
                </button>
              </div>
            )}
          </Show>
        }
      >
        {(answer) => (
          <YourMeetings answer={answer()} download={props.download} viewer={props.viewer} words={props.words} />
        )}
      </Show>
      {props.children}
    </main>
  );
}
