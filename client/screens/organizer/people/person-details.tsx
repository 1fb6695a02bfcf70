import { For, Show } from 'solid-js';
import type { OrganizerMentee, OrganizerMentor } from '../../../../shared/protocol/views';
import { PersonNames } from '../../../ui/person-name';

/** What the people list shows of a mentor under their name: table, group, topics and bio. */
export function MentorDetails(props: { mentor: OrganizerMentor }) {
  return (
    <p class="person-meta">
      <span class="badge">{props.mentor.table}</span>
      <Show when={props.mentor.group}>
        {' '}
        <span class="badge" data-testid="person-group">
          Group: <bdi>{props.mentor.group}</bdi>
        </span>
      </Show>
      <Show when={props.mentor.topics.length > 0}>
        {' '}
        <span dir="auto">{props.mentor.topics.join(' · ')}</span>
      </Show>
      <Show when={props.mentor.bio}>
        <span class="person-bio muted" dir="auto">
          {props.mentor.bio}
        </span>
      </Show>
    </p>
  );
}

/**
 * What the people list shows of a mentee: their group and priority (when not 0), their questions,
 * and wishes and avoids by mentor name, each name isolated so a list in mixed scripts keeps its order.
 */
export function MenteeDetails(props: { mentee: OrganizerMentee; mentorName: (id: string) => string }) {
  return (
    <div class="person-meta">
      <Show when={props.mentee.group || props.mentee.priority}>
        <p>
          <Show when={props.mentee.group}>
            <span class="badge" data-testid="person-group">
              Group: <bdi>{props.mentee.group}</bdi>
            </span>{' '}
          </Show>
          <Show when={props.mentee.priority}>
            <span class="badge" data-testid="person-priority">
              Priority {props.mentee.priority}
            </span>
          </Show>
        </p>
      </Show>
      <Show when={props.mentee.questions.length > 0} fallback={<p class="muted">No questions yet.</p>}>
        <ul class="questions">
          <For each={props.mentee.questions}>{(q) => <li dir="auto">{q}</li>}</For>
        </ul>
      </Show>
      <Show when={props.mentee.wishes.length > 0}>
        <p>
          Wishes: <PersonNames names={props.mentee.wishes.map(props.mentorName)} />
        </p>
      </Show>
      <Show when={props.mentee.avoid.length > 0}>
        <p>
          Avoids: <PersonNames names={props.mentee.avoid.map(props.mentorName)} />
        </p>
      </Show>
    </div>
  );
}
