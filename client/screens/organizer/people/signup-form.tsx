import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { consoleSignup } from '../../../i18n/catalogues/console-signup';
import { TextField } from '../../../ui/organizer-field';
import { DateTimeFields } from '../plan/date-time-fields';
import { createDateTimeInputs } from '../plan/date-time-inputs';
import { useRoleWords } from '../role-words';
import type { RegistrationRequest, RegistrationSetAnswer, ShownRegistration } from './registration-api';
import { capText, CONSENT_MAX, signupBody, signupErrorsFrom, type SignupErrors } from './signup-drafts';

const { t } = consoleSignup;

/** The two ways a sign-up becomes a person, with the message the radio button says it with. */
const APPROVALS = [
  { value: 'auto', label: 'approvalAuto' },
  { value: 'manual', label: 'approvalManual' },
] as const;
/**
 * A field's text that starts from the saved value and follows it when it changes (this
 * console's save, or another's).
 */
function createFollowing(saved: () => string) {
  const value = createMemo(saved);
  const [text, setText] = createSignal(value());
  createEffect(on(value, setText, { defer: true }));
  return [text, setText] as const;
}

/**
 * The sign-up settings: approval, when sign-up closes by itself, the places per role and the
 * consent text. Submitting opens sign-up (or saves it while open) with all of them; "Close
 * sign-up" closes it and keeps the rest as saved.
 */
export function SignupForm(props: {
  registration: ShownRegistration | null;
  set: (body: RegistrationRequest) => Promise<RegistrationSetAnswer>;
}) {
  const saved = () => props.registration;
  const words = useRoleWords();
  const isOpen = () => saved()?.open === true;
  const [approval, setApproval] = createFollowing(() => saved()?.approval ?? 'auto');
  const closesAt = createMemo(() => saved()?.closesAt ?? null);
  const inputs = createDateTimeInputs(closesAt);
  const { date, time } = inputs;
  const [maxMentees, setMaxMentees] = createFollowing(() => capText(saved()?.maxMentees ?? null));
  const [maxMentors, setMaxMentors] = createFollowing(() => capText(saved()?.maxMentors ?? null));
  const [consent, setConsent] = createFollowing(() => saved()?.consentText ?? '');
  const [errors, setErrors] = createSignal<SignupErrors>({});
  const [done, setDone] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  const send = async (body: RegistrationRequest, words: string) => {
    setBusy(true);
    setDone(null);
    setErrors({});
    try {
      await props.set(body);
      setDone(words);
    } catch (err) {
      const e = signupErrorsFrom(err);
      setErrors({ ...e, form: t('saveFailed', { why: e.form ?? '' }) });
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    const r = signupBody({
      approval: approval() === 'manual' ? 'manual' : 'auto',
      date: date(),
      time: time(),
      maxMentees: maxMentees(),
      maxMentors: maxMentors(),
      consentText: consent(),
    });
    if (!r.ok) {
      setDone(null);
      return setErrors({ ...r.errors, form: t('checkFields') });
    }
    void send(r.body, isOpen() ? t('saved') : t('nowOpen'));
  };
  // Closing keeps the other settings; approval is sent because the body's default would reset it.
  const close = () => void send({ open: false, approval: saved()?.approval ?? 'auto' }, t('nowClosed'));

  return (
    <form class="signup-form" onSubmit={onSubmit} novalidate aria-label={t('formLabel')}>
      <fieldset class="role-choice">
        <legend>{t('approvalLegend')}</legend>
        <For each={APPROVALS}>
          {(o) => (
            <label>
              <input
                type="radio"
                name="signup-approval"
                value={o.value}
                checked={approval() === o.value}
                onChange={() => setApproval(o.value)}
              />{' '}
              {t(o.label)}
            </label>
          )}
        </For>
      </fieldset>
      <fieldset aria-describedby="signup-closes-hint">
        <legend>{t('closesLegend')}</legend>
        <span id="signup-closes-hint" class="field-hint muted">
          {t('closesHint')}
        </span>
        <DateTimeFields
          inputs={inputs}
          idBase="signup-closes"
          dateLabel={t('closingDay')}
          timeLabel={t('closingTime')}
          errorId={errors().closesAt ? 'signup-closes-error' : undefined}
        />
        <Show when={errors().closesAt}>
          <span id="signup-closes-error" class="field-error error">
            {errors().closesAt}
          </span>
        </Show>
      </fieldset>
      <div class="field-row">
        <TextField
          id="signup-max-mentees"
          label={t('placesFor', { role: words().inline.mentees })}
          inputMode="numeric"
          value={maxMentees()}
          onValue={setMaxMentees}
          hint={t('placesMenteesHint', { mentees: words().inline.mentees })}
          error={errors().maxMentees}
        />
        <TextField
          id="signup-max-mentors"
          label={t('placesFor', { role: words().inline.mentors })}
          inputMode="numeric"
          value={maxMentors()}
          onValue={setMaxMentors}
          hint={t('placesHint')}
          error={errors().maxMentors}
        />
      </div>
      <TextField
        id="signup-consent"
        label={t('consentLabel')}
        multiline
        rows={3}
        value={consent()}
        onValue={setConsent}
        hint={t('consentHint', { max: String(CONSENT_MAX) })}
        error={errors().consentText}
      />
      <div class="signup-actions">
        <button type="submit" disabled={busy()}>
          {isOpen() ? t('saveChanges') : t('openSignup')}
        </button>
        <Show when={isOpen()}>
          <button type="button" class="secondary" disabled={busy()} onClick={close}>
            {t('closeSignup')}
          </button>
        </Show>
      </div>
      <div role="status" class="form-status" data-testid="signup-saved">
        <Show when={done()}>
          <p class="ok">{done()}</p>
        </Show>
      </div>
      <Show when={errors().form}>
        <p role="alert" class="error" data-testid="signup-error">
          {errors().form}
        </p>
      </Show>
    </form>
  );
}
