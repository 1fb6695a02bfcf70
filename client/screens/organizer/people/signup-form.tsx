import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { TextField } from '../../../ui/organizer-field';
import { DateTimeFields } from '../plan/date-time-fields';
import { createDateTimeInputs } from '../plan/date-time-inputs';
import { useRoleWords } from '../role-words';
import type { RegistrationRequest, RegistrationSetAnswer, ShownRegistration } from './registration-api';
import { capText, CONSENT_MAX, signupBody, signupErrorsFrom, type SignupErrors } from './signup-drafts';

/** The two ways a sign-up becomes a person, as the radio buttons say them. */
const APPROVALS = [
  { value: 'auto', label: 'Automatic: a sign-up joins the event at once' },
  { value: 'manual', label: 'Manual: I approve each sign-up' },
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
      setErrors({ ...e, form: `Could not save: ${e.form}` });
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
      return setErrors({ ...r.errors, form: 'Check the fields marked below.' });
    }
    void send(r.body, isOpen() ? 'Saved.' : 'Sign-up is open: share the link or the QR code.');
  };
  // Closing keeps the other settings; approval is sent because the body's default would reset it.
  const close = () =>
    void send(
      { open: false, approval: saved()?.approval ?? 'auto' },
      'Sign-up is closed. The link stays and works again when you open sign-up.',
    );

  return (
    <form class="signup-form" onSubmit={onSubmit} novalidate aria-label="Sign-up settings">
      <fieldset class="role-choice">
        <legend>Approval</legend>
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
              {o.label}
            </label>
          )}
        </For>
      </fieldset>
      <fieldset aria-describedby="signup-closes-hint">
        <legend>Sign-up closes by itself</legend>
        <span id="signup-closes-hint" class="field-hint muted">
          Leave both empty to keep it open until you close it.
        </span>
        <DateTimeFields
          inputs={inputs}
          idBase="signup-closes"
          dateLabel="Closing day"
          timeLabel="Closing time"
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
          label={`Places for ${words().inline.mentees}`}
          inputMode="numeric"
          value={maxMentees()}
          onValue={setMaxMentees}
          hint={`Empty: no cap. Counts the ${words().inline.mentees} in the event and the sign-ups waiting for you.`}
          error={errors().maxMentees}
        />
        <TextField
          id="signup-max-mentors"
          label={`Places for ${words().inline.mentors}`}
          inputMode="numeric"
          value={maxMentors()}
          onValue={setMaxMentors}
          hint="Empty: no cap."
          error={errors().maxMentors}
        />
      </div>
      <TextField
        id="signup-consent"
        label="How you use the data (shown before people agree)"
        multiline
        rows={3}
        value={consent()}
        onValue={setConsent}
        hint={`Up to ${CONSENT_MAX} characters, such as “We keep your name and e-mail until a month after the event.”`}
        error={errors().consentText}
      />
      <div class="signup-actions">
        <button type="submit" disabled={busy()}>
          {isOpen() ? 'Save changes' : 'Open sign-up'}
        </button>
        <Show when={isOpen()}>
          <button type="button" class="secondary" disabled={busy()} onClick={close}>
            Close sign-up
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
