import { createSignal, Show } from 'solid-js';
import { noContentSchema } from '../../../../shared/protocol/answers';
import { api, ApiError } from '../../../live/api';
import { consoleShare } from '../../../i18n/catalogues/console-share';
import { ConfirmDialog } from '../../../ui/organizer-confirm-dialog';

const { t } = consoleShare;

/** DELETE the event with the organizer key (the server answers 204, no body). */
export function deleteEvent(eventId: string, secret: string): Promise<null> {
  return api(`/api/events/${encodeURIComponent(eventId)}`, noContentSchema, { method: 'DELETE', secret });
}

/**
 * The "Danger zone" card: delete the whole event after a confirmation that names it.
 * `onDeleted` runs once the server has deleted it (the page then shows the deleted state).
 */
export function DeleteEventCard(props: {
  eventId: string;
  eventName: string;
  secret: string;
  onDeleted: (eventName: string) => void;
}) {
  const [open, setOpen] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  const confirm = async () => {
    const name = props.eventName;
    setOpen(false);
    setBusy(true);
    setError(null);
    try {
      await deleteEvent(props.eventId, props.secret);
      props.onDeleted(name);
    } catch (err) {
      setError(t('deleteFailed', { why: err instanceof ApiError ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card danger-zone" aria-labelledby="danger-zone-title">
      <h3 id="danger-zone-title">{t('dangerZone')}</h3>
      <p>{t('deleteWhat')}</p>
      <button type="button" class="danger" disabled={busy()} onClick={() => setOpen(true)} data-testid="delete-event">
        {busy() ? t('deleting') : t('deleteEvent')}
      </button>
      <div role="status" data-testid="delete-event-status">
        <Show when={error()}>{(e) => <p class="error">{e()}</p>}</Show>
      </div>
      <ConfirmDialog
        id="delete-event-confirm"
        open={open()}
        title={t('deleteTitle', { name: props.eventName })}
        confirmLabel={t('deleteConfirm')}
        cancelLabel={t('deleteKeep')}
        danger
        onCancel={() => setOpen(false)}
        onConfirm={() => void confirm()}
      >
        <p>
          {consoleShare.rich('deleteBody', { name: <strong dir="auto">{props.eventName}</strong> })} {t('cannotUndo')}
        </p>
      </ConfirmDialog>
    </section>
  );
}

/** What the console shows once the organizer has deleted the event. */
export function EventDeleted(props: { eventName: string | null }) {
  return (
    <main class="page status-screen" data-testid="event-deleted">
      <h1>{t('deletedTitle')}</h1>
      <p role="status">
        {consoleShare.rich('deletedGone', {
          name: props.eventName ? <strong dir="auto">{props.eventName}</strong> : t('theEvent'),
        })}
      </p>
      <p>
        <a href="/">{t('backHome')}</a>
      </p>
    </main>
  );
}
