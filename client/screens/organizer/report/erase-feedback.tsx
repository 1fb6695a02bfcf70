import { createSignal, Show, type JSX } from 'solid-js';
import { ApiError } from '../../../live/api';
import { ConfirmDialog } from '../../../ui/organizer-confirm-dialog';

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
      setMessage({ kind: 'ok', text: 'All feedback was erased.' });
      props.onErased();
    } catch (err) {
      setMessage({ kind: 'error', text: `Could not erase: ${err instanceof ApiError ? err.message : String(err)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card danger-zone no-print" aria-labelledby="erase-feedback-title">
      <h3 id="erase-feedback-title">Erase feedback</h3>
      <p>
        Once the follow-ups are sent, erase what people wrote: ratings, private notes, follow-up choices and shared
        contacts. The meetings and the schedule stay.
      </p>
      <button type="button" class="danger" disabled={busy()} onClick={() => setOpen(true)}>
        {busy() ? 'Erasing…' : 'Erase all feedback…'}
      </button>
      <div role="status" data-testid="erase-feedback-status">
        <Show when={message()}>{(m) => <p class={m().kind === 'ok' ? 'ok' : 'error'}>{m().text}</p>}</Show>
      </div>
      <ConfirmDialog
        id="erase-feedback-confirm"
        open={open()}
        title="Erase all feedback?"
        confirmLabel="Erase all feedback"
        cancelLabel="Keep the feedback"
        danger
        onCancel={() => setOpen(false)}
        onConfirm={() => void confirm()}
      >
        <p>
          Every rating, private note, follow-up and shared contact of this event is deleted, for everyone. People can no
          longer see each other’s contacts. This cannot be undone.
        </p>
      </ConfirmDialog>
    </section>
  );
}
