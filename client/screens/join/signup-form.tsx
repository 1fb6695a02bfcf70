import { createSignal, For, Show, type JSX } from 'solid-js';
import { createStore } from 'solid-js/store';
import { join } from '../../i18n/catalogues/join';
import { language } from '../../i18n/current-language';
import { AvoidPicker } from './avoid-picker';
import { ConsentField } from './consent-field';
import type { SignupAnswer, SignupInfo, SignupRequest } from './join-api';
import { MentorList } from './mentor-card';
import { QuestionsField } from './questions-field';
import { RoleChoice } from './role-choice';
import { roleParams, type RoleParams } from './role-params';
import { emptyDraft, filledQuestions, signupBody } from './signup-draft';
import { formErrorsFrom, indexedErrors, unplacedErrors, type FormErrors } from './signup-errors';
import { TextField } from './text-field';
import { WishCards } from './wish-cards';
import { MAX_WISHES, tapWish, toggleAvoid } from './wish-ranking';

const PLACED = /^(name|email|bio|topics|consent|questions|wishes|avoid)(\.\d+)?$/;

// Why a tap on a mentor's card did nothing (read at the tap, so in the page's language then).
const TAP_NOTES = {
  full: (words: RoleParams) => `${join.t('wishesFull', { ...words, max: MAX_WISHES })} ${join.t('wishesFullHow')}`,
  avoided: (words: RoleParams) => join.t('wishAvoided', words),
} as const;

/** The sign-up form of an open event: role, name, e-mail, the role's own fields, consent; sent once per tap. */
export function SignupForm(props: {
  info: SignupInfo;
  submit: (body: SignupRequest) => Promise<SignupAnswer>;
  onDone: (answer: SignupAnswer) => void;
}): JSX.Element {
  const roles = () => props.info.status.roles;
  // The event's own role words (issue 17), in the page's language.
  const labels = () => props.info.event.labels;
  // Peer rounds (issue 17): everyone is a participant; the server refuses a mentor and the
  // role's own fields (questions, wishes, avoids, topics, bio), so the form offers none of them.
  const peer = () => props.info.event.pairing === 'peer';
  const [draft, setDraft] = createStore(emptyDraft(peer() || roles().mentee.open ? 'mentee' : 'mentor'));
  const [sending, setSending] = createSignal(false);
  const [errors, setErrors] = createSignal<FormErrors | null>(null);
  const [tapNote, setTapNote] = createSignal<string | null>(null);
  const err = (path: string) => errors()?.fields[path];
  const fields = () => errors()?.fields ?? {};

  const tap = (id: string) => {
    const r = tapWish(draft.wishes, id, draft.avoid);
    setDraft('wishes', r.wishes);
    setTapNote(r.refused ? TAP_NOTES[r.refused](roleParams(labels())) : null);
  };

  const send = async (e: SubmitEvent) => {
    e.preventDefault();
    if (sending()) return;
    // Blank boxes go before sending, so `questions.<i>` in an answer points at the right box.
    setDraft('questions', filledQuestions(draft.questions));
    setSending(true);
    try {
      // The page's language goes with the sign-up (issue 19): the person's mail is written in it.
      props.onDone(await props.submit({ ...signupBody(draft, peer()), locale: language() }));
    } catch (error) {
      setErrors(formErrorsFrom(error, 'actionSignUp'));
    } finally {
      setSending(false);
    }
  };

  return (
    <form class="join-form" onSubmit={send} aria-labelledby="signup-form-heading">
      <h2 id="signup-form-heading">{join.t('formTitle')}</h2>
      <Show when={errors()}>
        {(e) => (
          <div role="alert" class="join-alert" data-testid="signup-alert">
            <p>{e().alert}</p>
            <For each={unplacedErrors(e().fields, (p) => PLACED.test(p))}>{(line) => <p>{line}</p>}</For>
          </div>
        )}
      </Show>
      <Show
        when={!peer()}
        fallback={
          <p class="join-peer" data-testid="signup-peer">
            {join.t('peerJoin')}
          </p>
        }
      >
        <RoleChoice
          roles={roles()}
          closesAt={props.info.status.closesAt}
          role={draft.role}
          onChange={(r) => setDraft('role', r)}
          labels={labels()}
        />
      </Show>
      <TextField
        id="signup-name"
        label={join.t('nameLabel')}
        autocomplete="name"
        maxLength={120}
        value={draft.name}
        onInput={(v) => setDraft('name', v)}
        error={err('name')}
      />
      <TextField
        id="signup-email"
        label={join.t(draft.role === 'mentor' ? 'emailLabel' : 'emailOptionalLabel')}
        hint={join.t('emailHint')}
        type="email"
        autocomplete="email"
        maxLength={320}
        required={draft.role === 'mentor'}
        value={draft.email}
        onInput={(v) => setDraft('email', v)}
        error={err('email')}
      />
      <Show
        when={draft.role === 'mentee'}
        fallback={
          <>
            <TextField
              id="signup-bio"
              label={join.t('bioOptionalLabel')}
              hint={join.t('bioHint', roleParams(labels()))}
              multiline
              maxLength={2000}
              value={draft.bio}
              onInput={(v) => setDraft('bio', v)}
              error={err('bio')}
            />
            <TextField
              id="signup-topics"
              label={join.t('topicsOptionalLabel')}
              hint={join.t('topicsHint')}
              value={draft.topicsText}
              onInput={(v) => setDraft('topicsText', v)}
              error={[err('topics'), ...indexedErrors(fields(), 'topics', (i) => join.t('topicNumber', { n: i + 1 }))]
                .filter(Boolean)
                .join(' ')}
            />
            <Show when={props.info.mentors.length > 0}>
              <section class="join-section" aria-labelledby="other-mentors-heading">
                <h3 id="other-mentors-heading">{join.t('mentorsSoFar', roleParams(labels()))}</h3>
                <MentorList mentors={props.info.mentors} />
              </section>
            </Show>
          </>
        }
      >
        <Show when={!peer()}>
          <QuestionsField
            items={draft.questions}
            setItems={(items) => setDraft('questions', items)}
            errorAt={(i) => err(`questions.${i}`)}
            listError={err('questions')}
            labels={labels()}
          />
        </Show>
        <Show when={!peer() && props.info.mentors.length > 0}>
          <WishCards
            mentors={props.info.mentors}
            wishes={draft.wishes}
            onTap={tap}
            note={tapNote()}
            labels={labels()}
            errors={[
              ...(err('wishes') ? [err('wishes')!] : []),
              ...indexedErrors(fields(), 'wishes', (i) => join.t('wishNumber', { rank: i + 1 })),
            ]}
          />
          <AvoidPicker
            mentors={props.info.mentors}
            avoid={draft.avoid}
            wishes={draft.wishes}
            onToggle={(id) => setDraft('avoid', toggleAvoid(draft.avoid, id, draft.wishes))}
            labels={labels()}
            errors={[
              ...(err('avoid') ? [err('avoid')!] : []),
              ...indexedErrors(fields(), 'avoid', (i) => join.t('avoidNumber', { ...roleParams(labels()), n: i + 1 })),
            ]}
          />
        </Show>
      </Show>
      <ConsentField
        text={props.info.consentText}
        checked={draft.consent}
        onChange={(c) => {
          setDraft('consent', c);
          // Ticking the box answers the server's "consent is needed": the note goes with it.
          const e = errors();
          if (c && e?.fields.consent) {
            const { consent: _answered, ...rest } = e.fields;
            setErrors({ ...e, fields: rest });
          }
        }}
        error={err('consent')}
      />
      {/* The honeypot: off-screen, out of the tab order and hidden from screen readers; bots fill it. */}
      <div class="join-honeypot" aria-hidden="true">
        <label for="signup-website">{join.t('honeypotLabel')}</label>
        <input
          id="signup-website"
          name="website"
          type="text"
          tabindex="-1"
          autocomplete="off"
          value={draft.website}
          onInput={(e) => setDraft('website', e.currentTarget.value)}
        />
      </div>
      <button type="submit" class="join-submit" disabled={sending()}>
        {sending() ? join.t('submitting') : join.t('submit')}
      </button>
    </form>
  );
}
