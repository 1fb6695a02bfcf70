import { Show, untrack, type JSX } from 'solid-js';
import { roleLabelOf, type RoleWords } from '../../../shared/labels/role-words';
import { afterTalk } from '../../i18n/catalogues/after-talk';
import { phone } from '../../i18n/catalogues/phone';
import { localRoleWords } from '../../i18n/role-words';
import type { FeedbackOutbox } from '../../live/feedback-outbox';
import { feedbackTarget } from '../../live/outbox-queue';
import { PersonName } from '../../ui/person-name';
import type { FeedbackPerson } from './feedback-rounds';
import { NoteField } from './note-field';
import { RatingButtons } from './rating-buttons';
import { shownFeedback } from './shown-feedback';

/**
 * My feedback on one person I sat with in one round: a rating, "I'd like to stay in touch"
 * and a private note. Every change goes through the outbox, so it shows at once and is sent
 * when the phone is connected. Also usable after the event (it needs only the outbox).
 */
export function FeedbackCard(props: {
  round: number;
  person: FeedbackPerson;
  outbox: FeedbackOutbox;
  /** A peer event (issue 17): everyone met is a peer, not a mentor or a mentee. */
  peer?: boolean;
  /** The event's role words (issue 17): the badge reads "Investor"; left out, "Mentor". */
  words?: RoleWords | undefined;
}): JSX.Element {
  // A card is about one meeting for its whole life (the lists are keyed by round and person):
  // read once, so that a note saved while the card is disposed does not read disposed props.
  const round = untrack(() => props.round);
  const withId = untrack(() => props.person.id);
  const outbox = untrack(() => props.outbox);
  const target = feedbackTarget(round, withId);
  const acked = () => outbox.delivered(round, withId);
  const shown = () =>
    shownFeedback(props.person.feedback, acked()?.feedback ?? null, outbox.waitingFeedback(round, withId));
  // Taking my yes back ends "both": shown at once, before the server says so.
  const mutual = () => shown().followUp && (acked()?.mutual ?? props.person.mutual);
  const give = (fields: Parameters<FeedbackOutbox['give']>[2]) => outbox.give(round, withId, fields);
  const idBase = () => `feedback-${round}-${withId.replace(/[^A-Za-z0-9_-]/g, '_')}`;

  return (
    <article class="feedback-card" data-testid={idBase()} aria-labelledby={`${idBase()}-name`}>
      <h3 id={`${idBase()}-name`}>
        <PersonName>{props.person.name}</PersonName>{' '}
        <span class="muted small">
          {props.peer ? afterTalk.t('peerBadge') : roleLabelOf(props.words ?? localRoleWords(null), props.person.role)}
        </span>
      </h3>
      <RatingButtons
        value={shown().rating}
        label={afterTalk.t('ratingFor', { name: props.person.name })}
        onPick={(rating) => give({ rating })}
      />
      <button
        type="button"
        class="secondary follow-up"
        aria-pressed={shown().followUp}
        onClick={() => give({ followUp: !shown().followUp })}
      >
        {afterTalk.t('stayInTouch')}
      </button>
      <Show when={mutual()}>
        <div class="feedback-mutual" data-testid="feedback-mutual">
          <p class="ok">{afterTalk.t('bothStayInTouch')}</p>
          <Show when={props.person.mutual}>
            <Show when={props.person.contact} fallback={<p class="muted small">{afterTalk.t('noContact')}</p>}>
              {(contact) => (
                <p>
                  {afterTalk.rich('theirContact', {
                    contact: (
                      <span dir="auto" class="feedback-contact" data-testid="feedback-contact">
                        {contact()}
                      </span>
                    ),
                  })}
                </p>
              )}
            </Show>
          </Show>
        </div>
      </Show>
      <NoteField id={`${idBase()}-note`} value={shown().note} save={(note) => give({ note })} />
      <div class="feedback-state small" aria-live="polite" data-testid="feedback-state">
        <Show when={outbox.refusal(target)}>
          {(why) => <p class="error">{afterTalk.t('notSavedWhy', { why: why() })}</p>}
        </Show>
        <Show when={outbox.waiting(target)}>
          <p class="muted">{outbox.online() ? phone.t('saving') : afterTalk.t('waitingConnection')}</p>
        </Show>
      </div>
    </article>
  );
}
