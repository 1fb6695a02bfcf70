import { createSignal, Show } from 'solid-js';
import { noContentSchema } from '../../../../shared/protocol/answers';
import { api, ApiError } from '../../../live/api';
import { ConfirmDialog } from '../../../ui/organizer-confirm-dialog';

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
      setError(`Could not delete the event: ${err instanceof ApiError ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card danger-zone" aria-labelledby="danger-zone-title">
      <h3 id="danger-zone-title">Danger zone</h3>
      <p>
        Deleting the event removes it for everyone: every personal link, the console link and the projector link stop
        working. Download a backup first if you may need it.
      </p>
      <button type="button" class="danger" disabled={busy()} onClick={() => setOpen(true)} data-testid="delete-event">
        {busy() ? 'Deleting…' : 'Delete this event…'}
      </button>
      <div role="status" data-testid="delete-event-status">
        <Show when={error()}>{(e) => <p class="error">{e()}</p>}</Show>
      </div>
      <ConfirmDialog
        id="delete-event-confirm"
        open={open()}
        title={`Delete “${props.eventName}”?`}
        confirmLabel="Delete the event"
        cancelLabel="Keep the event"
        danger
        onCancel={() => setOpen(false)}
        onConfirm={() => void confirm()}
      >
        <p>
          This deletes <strong dir="auto">{props.eventName}</strong> and removes every person’s data and questions, the
          schedule and the clock history. This cannot be undone.
        </p>
      </ConfirmDialog>
    </section>
  );
}

/** What the console shows once the organizer has deleted the event. */
export function EventDeleted(props: { eventName: string | null }) {
  return (
    <main class="page status-screen" data-testid="event-deleted">
      <h1>Event deleted</h1>
      <p role="status">
        <Show when={props.eventName} fallback="The event">
          {(n) => <strong dir="auto">{n()}</strong>}
        </Show>{' '}
        and all its people, questions and schedule are gone. Its links no longer work.
      </p>
      <p>
        <a href="/">Back to the home page</a>
      </p>
    </main>
  );
}
