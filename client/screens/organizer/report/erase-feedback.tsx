import { createSignal, Show, type JSX } from 'solid-js';
import { consoleShare } from '../../../i18n/catalogues/console-share';
import { ApiError } from '../../../live/api';
import { ConfirmDialog } from '../../../ui/organizer-confirm-dialog';

const { t } = consoleShare;

/**
 * "Erase all feedback…": after a confirmation, every rating, note, follow-up and shared
 * contact of the event is deleted on the server; `onErased` then runs (the report reloads).
 */
export function EraseFeedback(props: { erase: () => Promise<unknown>; onErased: () => void }): JSX.Element {
  const [open, setOpen] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const confirm = async () => {
    setOpen(false);
    setBusy(true);
    setMessage(null);
    try {
      await props.erase();
      setMessage({ kind: 'ok', text: t('erased') });
      props.onErased();
    } catch (err) {
      setMessage({
        kind: 'error',
        text: t('eraseFailed', { why: err instanceof ApiError ? err.message : String(err) }),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card danger-zone no-print" aria-labelledby="erase-feedback-title">
      <h3 id="erase-feedback-title">{t('eraseTitle')}</h3>
      <p>{t('eraseWhat')}</p>
      <button type="button" class="danger" disabled={busy()} onClick={() => setOpen(true)}>
        {busy() ? t('erasing') : t('eraseAll')}
      </button>
      <div role="status" data-testid="erase-feedback-status">
        <Show when={message()}>{(m) => <p class={m().kind === 'ok' ? 'ok' : 'error'}>{m().text}</p>}</Show>
      </div>
      <ConfirmDialog
        id="erase-feedback-confirm"
        open={open()}
        title={t('eraseConfirmTitle')}
        confirmLabel={t('eraseConfirm')}
        cancelLabel={t('eraseKeep')}
        danger
        onCancel={() => setOpen(false)}
        onConfirm={() => void confirm()}
      >
        <p>{t('eraseBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
