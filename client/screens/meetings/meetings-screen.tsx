import { Show, type JSX } from 'solid-js';
import type { RoleWords } from '../../../shared/labels/role-words';
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

/** The person's page once the event is over: "Your meetings", with loading and failure said in words. */
export function MeetingsScreen(props: MeetingsScreenProps): JSX.Element {
  return (
    <main class="person meetings" data-testid="meetings-screen">
      <header class="person-head">
        <p class="event-name" dir="auto">
          {props.eventName}
        </p>
        <h1 class="hello">Your meetings</h1>
      </header>
      <section class="card ended-note" aria-labelledby="ended-title">
        <h2 id="ended-title">The event has ended</h2>
        <p class="muted">Thank you for coming. Your meetings stay here, through the same link.</p>
      </section>
      <Show
        when={props.feed.answer()}
        fallback={
          <Show when={props.feed.error()} fallback={<p class="muted">Getting your meetings…</p>}>
            {(e) => (
              <div class="card" role="alert">
                <p class="error">Could not get your meetings: {e()}</p>
                <button type="button" onClick={() => void props.feed.reload()}>
                  Try again
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
