import { createEffect, createMemo, createSignal, For, on, Show, type JSX } from 'solid-js';
import type { MeetingsAnswer } from '../../../shared/protocol/after-talk';
import { CONTACT_MAX, type Share } from '../../../shared/schemas/feedback';
import { afterTalk } from '../../i18n/catalogues/after-talk';
import { phone } from '../../i18n/catalogues/phone';
import type { FeedbackOutbox } from '../../live/feedback-outbox';
import { SHARING_TARGET } from '../../live/outbox-queue';

// Each choice's words: a key of the after-talk catalogue.
const CHOICES: { share: Share; label: 'shareNothing' | 'shareEmail' | 'shareContact' }[] = [
  { share: 'none', label: 'shareNothing' },
  { share: 'email', label: 'shareEmail' },
  { share: 'contact', label: 'shareContact' },
];

/**
 * "What I share with mutual follow-ups": nothing (the default), the e-mail of the invitation
 * (offered only when the event has one) or a line of my own. Nothing or e-mail is sent on the
 * tap; a contact line when the field is left or "Share this line" is pressed.
 */
export function SharingSettings(props: { answer: MeetingsAnswer; outbox: FeedbackOutbox }): JSX.Element {
  // What the server has (or will have once the waiting write is through); compared by value,
  // so that an unrelated answer does not reset a choice still being made.
  const current = createMemo(
    () => {
      const waiting = props.outbox.waitingSharing();
      if (waiting) return { share: waiting.share, contact: waiting.contact ?? '' };
      const s = props.outbox.deliveredSharing() ?? props.answer.sharing;
      return { share: s.share, contact: s.contact ?? '' };
    },
    undefined,
    { equals: (a, b) => a.share === b.share && a.contact === b.contact },
  );
  const [choice, setChoice] = createSignal<Share>(current().share);
  const [line, setLine] = createSignal(current().contact);
  let typing = false;
  createEffect(
    on(
      current,
      (c) => {
        setChoice(c.share);
        if (!typing) setLine(c.contact);
      },
      { defer: true },
    ),
  );

  const offered = () => CHOICES.filter((c) => c.share !== 'email' || props.answer.hasEmail || choice() === 'email');
  const pick = (share: Share) => {
    setChoice(share);
    if (share !== 'contact') props.outbox.share({ share });
    else if (line().trim()) props.outbox.share({ share, contact: line() });
  };
  const shareLine = () => {
    const c = current();
    if (!line().trim() || (c.share === 'contact' && c.contact.trim() === line().trim())) return;
    props.outbox.share({ share: 'contact', contact: line() });
  };

  return (
    <section class="sharing-settings" aria-labelledby="sharing-title" data-testid="sharing-settings">
      <h3 id="sharing-title">{afterTalk.t('sharingTitle')}</h3>
      <p class="muted small">{afterTalk.t('sharingHint')}</p>
      <fieldset>
        <legend class="visually-hidden">{afterTalk.t('sharingLegend')}</legend>
        <For each={offered()}>
          {(c) => (
            <label class="sharing-choice">
              <input
                type="radio"
                name="sharing"
                value={c.share}
                checked={choice() === c.share}
                onChange={() => pick(c.share)}
              />{' '}
              {afterTalk.t(c.label)}
            </label>
          )}
        </For>
      </fieldset>
      <Show when={choice() === 'contact'}>
        <form
          class="sharing-line"
          onSubmit={(e) => {
            e.preventDefault();
            shareLine();
          }}
        >
          <label for="sharing-contact" class="small">
            {afterTalk.t('contactLine')}
          </label>
          <input
            id="sharing-contact"
            type="text"
            dir="auto"
            maxLength={CONTACT_MAX}
            value={line()}
            onFocus={() => (typing = true)}
            onInput={(e) => setLine(e.currentTarget.value)}
            onBlur={() => {
              typing = false;
              shareLine();
            }}
          />
          <button type="submit" class="secondary">
            {afterTalk.t('shareLine')}
          </button>
        </form>
      </Show>
      <div class="small" aria-live="polite" data-testid="sharing-state">
        <Show when={props.outbox.refusal(SHARING_TARGET)}>
          {(why) => <p class="error">{afterTalk.t('notSavedWhy', { why: why() })}</p>}
        </Show>
        <Show when={props.outbox.waiting(SHARING_TARGET)}>
          <p class="muted">{props.outbox.online() ? phone.t('saving') : afterTalk.t('waitingConnection')}</p>
        </Show>
      </div>
    </section>
  );
}
