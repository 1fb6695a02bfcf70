import { For, Show, type JSX } from 'solid-js';
import type { MyRound } from '../../../shared/protocol/views';
import { common } from '../../i18n/catalogues/common';
import { phone } from '../../i18n/catalogues/phone';

/**
 * Who the mentor is: their topics as chips and their bio (when the organizer has one). On the
 * "Next" card the bio folds away behind "About …", so the line about the next round stays short.
 */
export function MentorAbout(props: { round: MyRound; folded?: boolean; mentor?: string | undefined }): JSX.Element {
  const bio = () => props.round.mentorBio ?? null;
  // Who they are when the name is unknown, in the event's word (issue 17): "the investor".
  const someone = () => phone.t('theMentor', { mentor: props.mentor ?? common.t('roleMentorInline') });
  return (
    <>
      <Show when={props.round.topics.length > 0}>
        <ul class="topics" aria-label={phone.t('topicsOf', { name: props.round.mentorName ?? someone() })}>
          <For each={props.round.topics}>{(t) => <li dir="auto">{t}</li>}</For>
        </ul>
      </Show>
      <Show when={bio()}>
        {(text) => (
          <Show
            when={props.folded}
            fallback={
              <p class="mentor-bio" dir="auto" data-testid="mentor-bio">
                {text()}
              </p>
            }
          >
            <details class="mentor-bio-fold">
              <summary>
                {phone.rich('about', { name: <span dir="auto">{props.round.mentorName ?? someone()}</span> })}
              </summary>
              <p class="mentor-bio" dir="auto" data-testid="mentor-bio">
                {text()}
              </p>
            </details>
          </Show>
        )}
      </Show>
    </>
  );
}
