import { For, Show, type JSX } from 'solid-js';
import type { RoleWords } from '../../../shared/labels/role-words';
import type { MeetingsAnswer } from '../../../shared/protocol/after-talk';
import { afterTalk } from '../../i18n/catalogues/after-talk';
import { phoneTime } from '../../live/phone-time';
import type { MeetingsFile } from '../../live/meetings-api';
import { MeetingDownloads } from './meeting-downloads';
import { meetingRounds } from './meeting-rounds';
import { MetPerson } from './met-person';
import './meetings.css';

export interface YourMeetingsProps {
  answer: MeetingsAnswer;
  download: (kind: MeetingsFile) => Promise<void>;
  /** My own role: a mentor is shown the questions of the mentees they met. */
  viewer: 'mentor' | 'mentee';
  /** The event's role words (issue 17); left out: "Mentor" and "Mentee". */
  words?: RoleWords | undefined;
}

/** After the last round: every meeting by round (time, table, whom) with my feedback, and the downloads. */
export function YourMeetings(props: YourMeetingsProps): JSX.Element {
  const rounds = () => meetingRounds(props.answer.meetings);
  const timeText = (ms: number | null) => (ms === null ? afterTalk.t('timeUnknown') : phoneTime(ms));
  return (
    <div class="your-meetings" data-testid="your-meetings">
      <Show
        when={rounds().length > 0}
        fallback={
          <p class="card" data-testid="no-meetings">
            {afterTalk.t('noMeetingsHad')}
          </p>
        }
      >
        <MeetingDownloads download={props.download} />
        <ol class="meeting-rounds">
          <For each={rounds()}>
            {(r) => (
              <li class="card meeting-round" data-testid={`meeting-round-${r.round}`}>
                <h2>
                  {afterTalk.t('feedbackRound', { round: r.round })} ·{' '}
                  <span class="meeting-time">{timeText(r.startsAt)}</span>
                  <Show when={r.table}>
                    {(t) => (
                      <>
                        {' · '}
                        <span dir="auto">{afterTalk.t('meetingTable', { table: t() })}</span>
                      </>
                    )}
                  </Show>
                </h2>
                <ul class="met-people">
                  <For each={r.meetings}>
                    {(m) => <MetPerson meeting={m} viewer={props.viewer} words={props.words} />}
                  </For>
                </ul>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </div>
  );
}
