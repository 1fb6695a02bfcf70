import { Show, type JSX } from 'solid-js';
import { roleLabelOf, type RoleWords } from '../../../shared/labels/role-words';
import type { Meeting } from '../../../shared/protocol/after-talk';
import { phone } from '../../i18n/catalogues/phone';
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
        <p class="met-label">{phone.t('theirQuestions')}</p>
        <QuestionList questions={m().with.questions} emptyText={phone.t('theyPreparedNone')} />
      </Show>
      <dl class="met-feedback">
        <dt>{phone.t('yourRating')}</dt>
        <dd data-testid="met-rating">
          {rating() === null ? phone.t('notRated') : phone.t('ofFive', { n: rating()! })}
        </dd>
        <dt>{phone.t('yourNote')}</dt>
        <dd data-testid="met-note" class="met-note" dir="auto">
          <Show when={note()} fallback={<span class="muted">{phone.t('noNote')}</span>}>
            {note()}
          </Show>
        </dd>
        <dt>{phone.t('stayInTouchTerm')}</dt>
        <dd data-testid="met-follow-up">{m().feedback?.followUp ? phone.t('saidYes') : phone.t('didNotAsk')}</dd>
      </dl>
      <Show when={m().mutual}>
        <div class="met-mutual" data-testid="met-mutual">
          <p class="ok">{phone.t('bothStayInTouch')}</p>
          <Show when={m().contact} fallback={<p class="muted">{phone.t('noContact')}</p>}>
            {(contact) => (
              <p>
                {phone.rich('theirContact', {
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
