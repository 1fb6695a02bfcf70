import { For, Show } from 'solid-js';
import type { OrganizerMentee, OrganizerMentor } from '../../../../shared/protocol/views';
import { consolePeople } from '../../../i18n/catalogues/console-people';
import { PersonNames } from '../../../ui/person-name';

const { t, rich } = consolePeople;

/** What the people list shows of a mentor under their name: table, group, topics and bio. */
export function MentorDetails(props: { mentor: OrganizerMentor }) {
  return (
    <p class="person-meta">
      <span class="badge">{props.mentor.table}</span>
      <Show when={props.mentor.group}>
        {' '}
        <span class="badge" data-testid="person-group">
          {rich('groupBadge', { group: <bdi>{props.mentor.group}</bdi> })}
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
              {rich('groupBadge', { group: <bdi>{props.mentee.group}</bdi> })}
            </span>{' '}
          </Show>
          <Show when={props.mentee.priority}>
            <span class="badge" data-testid="person-priority">
              {t('priorityBadge', { priority: props.mentee.priority ?? 0 })}
            </span>
          </Show>
        </p>
      </Show>
      <Show when={props.mentee.questions.length > 0} fallback={<p class="muted">{t('noQuestions')}</p>}>
        <ul class="questions">
          <For each={props.mentee.questions}>{(q) => <li dir="auto">{q}</li>}</For>
        </ul>
      </Show>
      <Show when={props.mentee.wishes.length > 0}>
        <p>{rich('wishesOf', { names: <PersonNames names={props.mentee.wishes.map(props.mentorName)} /> })}</p>
      </Show>
      <Show when={props.mentee.avoid.length > 0}>
        <p>{rich('avoidsOf', { names: <PersonNames names={props.mentee.avoid.map(props.mentorName)} /> })}</p>
      </Show>
    </div>
  );
}
