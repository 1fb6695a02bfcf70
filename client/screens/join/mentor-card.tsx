import { For, Show, type JSX } from 'solid-js';
import type { SignupMentor } from './join-api';
import { join } from '../../i18n/catalogues/join';

/** A mentor's name and table, read as "Ann, table T1". */
export function MentorTitle(props: { mentor: SignupMentor }): JSX.Element {
  return (
    <span class="join-mentor-title">
      <span class="join-mentor-name" dir="auto">
        {props.mentor.name}
      </span>
      <span class="visually-hidden">{join.t('tableOf')}</span>{' '}
      <span class="table-chip" dir="ltr">
        {props.mentor.table}
      </span>
    </span>
  );
}

/** The rest of a mentor's public profile: topics and bio. */
export function MentorMore(props: { mentor: SignupMentor; id?: string }): JSX.Element {
  return (
    <span id={props.id} class="join-mentor-more">
      <Show when={props.mentor.topics.length > 0}>
        <span class="join-topics">
          <span class="visually-hidden">{join.t('topicsOf')}</span>
          <For each={props.mentor.topics}>
            {(t, i) => (
              <>
                <span class="join-topic" dir="auto">
                  {t}
                </span>
                {/* Spoken as a list ("Go, Rust"), shown as chips. */}
                <Show when={i() < props.mentor.topics.length - 1}>
                  <span class="visually-hidden">{join.t('listComma')}</span>
                </Show>
              </>
            )}
          </For>
        </span>
      </Show>
      <Show when={props.mentor.bio}>
        {(bio) => (
          <span class="join-bio" dir="auto">
            {bio()}
          </span>
        )}
      </Show>
    </span>
  );
}

/** The mentors as read-only cards (for a mentor signing up, or when sign-up is closed). */
export function MentorList(props: { mentors: readonly SignupMentor[] }): JSX.Element {
  return (
    <ul class="join-mentors">
      <For each={props.mentors}>
        {(m) => (
          <li class="join-mentor" data-testid="mentor-card">
            <MentorTitle mentor={m} />
            <MentorMore mentor={m} />
          </li>
        )}
      </For>
    </ul>
  );
}
