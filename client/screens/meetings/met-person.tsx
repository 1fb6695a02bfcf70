import { Show, type JSX } from 'solid-js';
import { roleLabelOf, type RoleWords } from '../../../shared/labels/role-words';
import type { Meeting } from '../../../shared/protocol/after-talk';
import { afterTalk } from '../../i18n/catalogues/after-talk';
import { localRoleWords } from '../../i18n/role-words';
import { PersonName } from '../../ui/person-name';
import { QuestionList } from '../../ui/question-list';

/**
 * One person I sat with: who they are, what I gave (rating, note, "stay in touch"), and their
 * contact once we both said yes. `viewer` is my own role: only a mentor is shown the questions
 * of the mentees they met (the server sends none to mentees; this keeps it so on screen too).
 */
export function MetPerson(props: {
  meeting: Meeting;
  viewer: 'mentor' | 'mentee';
  /** The event's role words (issue 17): the badge reads "Investor"; left out, the page language's "Mentor". */
  words?: RoleWords | undefined;
}): JSX.Element {
  const m = () => props.meeting;
  const rating = () => m().feedback?.rating ?? null;
  const note = () => m().feedback?.note ?? '';
  const showQuestions = () => props.viewer === 'mentor' && m().with.role === 'mentee';
  return (
    <li class="met-person" data-testid={`met-${m().round}-${m().with.id}`}>
      <h3>
        <PersonName>{m().with.name}</PersonName>{' '}
        <span class="met-role">{roleLabelOf(props.words ?? localRoleWords(null), m().with.role)}</span>
      </h3>
      <Show when={showQuestions()}>
        <p class="met-label">{afterTalk.t('theirQuestions')}</p>
        <QuestionList questions={m().with.questions} emptyText={afterTalk.t('theyPreparedNone')} />
      </Show>
      <dl class="met-feedback">
        <dt>{afterTalk.t('yourRating')}</dt>
        <dd data-testid="met-rating">
          {rating() === null ? afterTalk.t('notRated') : afterTalk.t('ofFive', { n: rating()! })}
        </dd>
        <dt>{afterTalk.t('yourNote')}</dt>
        <dd data-testid="met-note" class="met-note" dir="auto">
          <Show when={note()} fallback={<span class="muted">{afterTalk.t('noNote')}</span>}>
            {note()}
          </Show>
        </dd>
        <dt>{afterTalk.t('stayInTouchTerm')}</dt>
        <dd data-testid="met-follow-up">
          {m().feedback?.followUp ? afterTalk.t('saidYes') : afterTalk.t('didNotAsk')}
        </dd>
      </dl>
      <Show when={m().mutual}>
        <div class="met-mutual" data-testid="met-mutual">
          <p class="ok">{afterTalk.t('bothStayInTouch')}</p>
          <Show when={m().contact} fallback={<p class="muted">{afterTalk.t('noContact')}</p>}>
            {(contact) => (
              <p>
                {afterTalk.rich('theirContact', {
                  contact: (
                    <span dir="auto" class="met-contact" data-testid="met-contact">
                      {contact()}
                    </span>
                  ),
                })}
              </p>
            )}
          </Show>
        </div>
      </Show>
    </li>
  );
}
