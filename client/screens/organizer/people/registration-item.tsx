import { consoleDateTime } from '../console-dates';
import { createSignal, For, Show } from 'solid-js';
import type { DecisionBody, Registration } from '../../../../shared/schemas/registration';
import { consoleSignup } from '../../../i18n/catalogues/console-signup';
import { useRoleWords } from '../role-words';

const { t } = consoleSignup;

/** The decisions offered for a sign-up: every one but where it already stands (with its button's messages). */
const ACTIONS = [
  { action: 'approve', label: 'approve', named: 'approveName', not: 'registered' },
  { action: 'wait-list', label: 'waitList', named: 'waitListName', not: 'wait-listed' },
  { action: 'refuse', label: 'refuse', named: 'refuseName', not: 'refused' },
] as const satisfies readonly {
  action: DecisionBody['action'];
  label: 'approve' | 'waitList' | 'refuse';
  named: 'approveName' | 'waitListName' | 'refuseName';
  not: Registration['status'];
}[];

/**
 * One sign-up: who, their role and e-mail, their wishes (by mentor name) and how many
 * questions, and the decisions. Refusing asks for an optional reason first: it is told to
 * them if they sign up again with the same e-mail.
 */
export function RegistrationItem(props: {
  registration: Registration;
  mentorName: (id: string) => string;
  busy: boolean;
  decide: (body: DecisionBody) => void;
}) {
  const r = () => props.registration;
  const words = useRoleWords();
  const roleWord = () => words()[r().role];
  const [refusing, setRefusing] = createSignal(false);
  const [reason, setReason] = createSignal('');
  const fieldId = () => `refuse-reason-${r().id}`;
  const onRefuse = (e: SubmitEvent) => {
    e.preventDefault();
    const text = reason().trim();
    props.decide({ action: 'refuse', ...(text ? { reason: text } : {}) });
    setRefusing(false);
  };

  return (
    <li class="registration-item" data-testid="registration-item">
      <p class="registration-who">
        <strong dir="auto">{r().name}</strong> <span class="badge">{roleWord()}</span>{' '}
        <span class="muted">{r().email ?? t('noEmail')}</span>
      </p>
      <p class="muted registration-what">
        <Show when={r().role === 'mentee'} fallback={t('topics', { topics: r().topics.join(', ') || t('none') })}>
          {t('questionCount', { count: r().questions.length })}
          {' · '}
          {t('wishes', { names: r().wishes.map(props.mentorName).join(', ') || t('none') })}
        </Show>
        {' · '}
        {t('signedUp', { when: consoleDateTime(r().at, 'medium') })}
      </p>
      <Show when={r().status === 'refused' && r().reason}>
        <p class="registration-reason">{t('reason', { reason: r().reason ?? '' })}</p>
      </Show>
      <div class="registration-actions">
        <For each={ACTIONS.filter((a) => a.not !== r().status)}>
          {(a) => (
            <button
              type="button"
              class="secondary small"
              classList={{ 'is-active': a.action === 'refuse' && refusing() }}
              disabled={props.busy}
              aria-label={t(a.named, { name: r().name })}
              aria-expanded={a.action === 'refuse' ? refusing() : undefined}
              onClick={() => (a.action === 'refuse' ? setRefusing(!refusing()) : props.decide({ action: a.action }))}
            >
              {t(a.label)}
            </button>
          )}
        </For>
      </div>
      <Show when={refusing()}>
        <form class="refuse-form" onSubmit={onRefuse} aria-label={t('refuseName', { name: r().name })} novalidate>
          <div class="field">
            <label for={fieldId()}>{t('reasonLabel')}</label>
            <span id={`${fieldId()}-hint`} class="field-hint muted">
              {t('reasonHint')}
            </span>
            <input
              id={fieldId()}
              maxLength={300}
              value={reason()}
              dir="auto"
              aria-describedby={`${fieldId()}-hint`}
              onInput={(e) => setReason(e.currentTarget.value)}
            />
          </div>
          <div class="registration-actions">
            <button type="submit" class="danger small" disabled={props.busy}>
              {t('refuse')}
            </button>
            <button type="button" class="secondary small" onClick={() => setRefusing(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      </Show>
    </li>
  );
}
