import { createSignal, Show, type JSX } from 'solid-js';
import { createStore, type SetStoreFunction } from 'solid-js/store';
import { consolePeople } from '../../../i18n/catalogues/console-people';
import { ConfirmDialog } from '../../../ui/organizer-confirm-dialog';
import type { DraftErrors } from './person-drafts';
import { useRoleWords } from '../role-words';
import { draftErrorsFrom } from './server-errors';

const { t } = consolePeople;

/**
 * One person in a list: their details, Edit (fields in place, Save/Cancel) and Delete (asks
 * first). `check` validates a draft into the PATCH body or field errors.
 */
export function PersonItem<D extends object, P>(props: {
  idBase: string;
  name: string;
  personRole: 'mentor' | 'mentee';
  details: JSX.Element;
  startDraft: () => D;
  fields: (draft: D, set: SetStoreFunction<D>, errors: DraftErrors) => JSX.Element;
  check: (draft: D) => { ok: true; patch: P } | { ok: false; errors: DraftErrors };
  save: (patch: P) => Promise<unknown>;
  remove: () => Promise<unknown>;
}) {
  const [editing, setEditing] = createSignal(false);
  const words = useRoleWords();
  const [confirming, setConfirming] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [errors, setErrors] = createSignal<DraftErrors>({});
  const [draft, setDraft] = createStore<D>(props.startDraft());
  let editButton: HTMLButtonElement | undefined;
  let formEl: HTMLFormElement | undefined;

  const startEditing = () => {
    setDraft(props.startDraft());
    setErrors({});
    setEditing(true);
    queueMicrotask(() => formEl?.querySelector<HTMLInputElement>('input')?.focus());
  };
  const stopEditing = () => {
    setEditing(false);
    queueMicrotask(() => editButton?.focus());
  };

  const onSave = async (e: SubmitEvent) => {
    e.preventDefault();
    const checked = props.check(draft);
    if (!checked.ok) return setErrors(checked.errors);
    setBusy(true);
    try {
      await props.save(checked.patch);
      stopEditing();
    } catch (err) {
      setErrors(draftErrorsFrom(err));
    } finally {
      setBusy(false);
    }
  };

  const onDelete = async () => {
    setBusy(true);
    try {
      await props.remove();
      setConfirming(false);
    } catch (err) {
      setConfirming(false);
      setErrors(draftErrorsFrom(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class="person-item" data-testid={`${props.personRole}-item`}>
      <Show
        when={editing()}
        fallback={
          <div class="person-view">
            <div class="person-details">
              <p class="person-name">
                <bdi>{props.name}</bdi>
              </p>
              {props.details}
            </div>
            <div class="person-actions">
              <button
                ref={editButton}
                type="button"
                class="secondary small"
                onClick={startEditing}
                aria-label={t('editName', { name: props.name })}
              >
                {t('edit')}
              </button>
              <button
                type="button"
                class="secondary small"
                onClick={() => setConfirming(true)}
                aria-label={t('deleteName', { name: props.name })}
                disabled={busy()}
              >
                {t('delete')}
              </button>
            </div>
          </div>
        }
      >
        <form
          ref={formEl}
          class="person-edit"
          onSubmit={onSave}
          novalidate
          aria-label={t('editName', { name: props.name })}
        >
          {props.fields(draft, setDraft, errors())}
          <div class="row-actions">
            <button type="submit" disabled={busy()}>
              {busy() ? t('saving') : t('save')}
            </button>
            <button type="button" class="secondary" onClick={stopEditing}>
              {t('cancel')}
            </button>
          </div>
        </form>
      </Show>
      <Show when={errors().form}>
        <p class="error" role="alert">
          {errors().form}
        </p>
      </Show>
      <ConfirmDialog
        open={confirming()}
        title={t('deleteTitle', { role: words().inline[props.personRole], name: props.name })}
        confirmLabel={busy() ? t('deleting') : t('delete')}
        cancelLabel={t('cancel')}
        danger
        onConfirm={onDelete}
        onCancel={() => setConfirming(false)}
      >
        <p dir="auto">
          {t(props.personRole === 'mentor' ? 'deleteBodyTable' : 'deleteBody', { name: props.name })} {t('planAgain')}
        </p>
      </ConfirmDialog>
    </li>
  );
}
