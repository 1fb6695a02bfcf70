import { createSignal, For, Show, type JSX } from 'solid-js';
import { createStore } from 'solid-js/store';
import { join } from '../../i18n/catalogues/join';
import type { ProfileBody } from '../../../shared/schemas/registration';
import type { RoleLabels } from '../../../shared/schemas/role-labels';
import type { ProfileAnswer } from './join-api';
import { profileChanges, profileDraftOf, type ProfileDraft } from './profile-draft';
import { roleParams } from './role-params';
import { formErrorsFrom, indexedErrors, unplacedErrors, type FormErrors } from './signup-errors';
import { TextField } from './text-field';

type Saved = { kind: 'idle' } | { kind: 'saved' } | { kind: 'unchanged' };

const PLACED = /^(bio|topics|meetingUrl)(\.\d+)?$/;

/**
 * A mentor's own profile: bio, topics and the link of a remote table, saved with
 * PATCH /api/me/profile. The browser does not check the link: the server's words say why not.
 */
export function ProfileForm(props: {
  initial: { bio?: string | undefined; topics: string[]; meetingUrl?: string | undefined };
  save: (body: ProfileBody) => Promise<ProfileAnswer>;
  /** The event's own role words (issue 17): "investors read your profile". */
  labels?: RoleLabels | undefined;
}): JSX.Element {
  const words = () => roleParams(props.labels);
  const [baseline, setBaseline] = createSignal<ProfileDraft>(profileDraftOf(props.initial));
  const [draft, setDraft] = createStore<ProfileDraft>({ ...baseline() });
  const [sending, setSending] = createSignal(false);
  const [errors, setErrors] = createSignal<FormErrors | null>(null);
  const [saved, setSaved] = createSignal<Saved>({ kind: 'idle' });
  const err = (path: string) => errors()?.fields[path];
  const edit = (k: keyof ProfileDraft, v: string) => {
    setDraft(k, v);
    setSaved({ kind: 'idle' });
  };

  const send = async (e: SubmitEvent) => {
    e.preventDefault();
    if (sending()) return;
    const body = profileChanges(baseline(), draft);
    if (Object.keys(body).length === 0) return void setSaved({ kind: 'unchanged' });
    setSending(true);
    setErrors(null);
    try {
      const answer = await props.save(body);
      // The server's answer is what mentees see; the meeting link is kept as typed when the answer has none.
      const next = profileDraftOf({ ...answer, meetingUrl: answer.meetingUrl ?? body.meetingUrl ?? draft.meetingUrl });
      setBaseline(next);
      setDraft(next);
      setSaved({ kind: 'saved' });
    } catch (error) {
      setErrors(formErrorsFrom(error, 'actionSave'));
      setSaved({ kind: 'idle' });
    } finally {
      setSending(false);
    }
  };

  return (
    <form class="join-form" onSubmit={send} noValidate aria-labelledby="profile-form-heading">
      <h2 id="profile-form-heading">{join.t('profileTitle')}</h2>
      <Show when={errors()}>
        {(e) => (
          <div role="alert" class="join-alert" data-testid="profile-alert">
            <p>{e().alert}</p>
            <For each={unplacedErrors(e().fields, (p) => PLACED.test(p))}>{(line) => <p>{line}</p>}</For>
          </div>
        )}
      </Show>
      <TextField
        id="profile-bio"
        label={join.t('bioLabel')}
        hint={join.t('bioHint', words())}
        multiline
        maxLength={2000}
        value={draft.bio}
        onInput={(v) => edit('bio', v)}
        error={err('bio')}
      />
      <TextField
        id="profile-topics"
        label={join.t('topicsLabel')}
        hint={join.t('topicsProfileHint')}
        value={draft.topicsText}
        onInput={(v) => edit('topicsText', v)}
        error={[
          err('topics'),
          ...indexedErrors(errors()?.fields ?? {}, 'topics', (i) => join.t('topicNumber', { n: i + 1 })),
        ]
          .filter(Boolean)
          .join(' ')}
      />
      <TextField
        id="profile-meeting-url"
        label={join.t('meetingLabel')}
        hint={join.t('meetingHint', words())}
        type="url"
        autocomplete="url"
        maxLength={500}
        value={draft.meetingUrl}
        onInput={(v) => edit('meetingUrl', v)}
        error={err('meetingUrl')}
      />
      <button type="submit" class="join-submit" disabled={sending()}>
        {sending() ? join.t('saving') : join.t('saveProfile')}
      </button>
      <p role="status" class="save-state" data-testid="profile-saved">
        <Show when={saved().kind === 'saved'}>
          <span class="ok">{join.t('saved', words())}</span>
        </Show>
        <Show when={saved().kind === 'unchanged'}>
          <span class="muted">{join.t('unchanged')}</span>
        </Show>
      </p>
    </form>
  );
}
