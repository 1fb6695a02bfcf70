import { createSignal, For, Show } from 'solid-js';
import type { OrganizerView } from '../../../../shared/protocol/views';
import type { Pairing } from '../../../../shared/schemas/settings';
import { ApiError } from '../../../live/api';
import type { OrganizerApi } from '../organizer-api';
import './who-moves.css';

const CHOICES: { value: Pairing; label: string; hint: string }[] = [
  {
    value: 'mentor-mentee',
    label: 'Mentors and mentees',
    hint: 'Mentees meet mentors at the mentors’ tables.',
  },
  {
    value: 'peer',
    label: 'Peers (everyone meets everyone)',
    hint:
      'One pool of peers meets at tables of the table size (2: one-to-one); ' +
      'one peer a table stays, the others move on.',
  },
];

/**
 * Who meets whom (issue 17, `settings.pairing`), saved as soon as it is picked, like "Who moves?":
 * before the start the plan is made again; once the event has started it is fixed (the server
 * refuses the change). A peer event has no mentors, so the server refuses the switch while any
 * are listed, and says so.
 */
export function PairingField(props: { view: OrganizerView; http: OrganizerApi }) {
  const [status, setStatus] = createSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = createSignal(false);
  const current = (): Pairing => props.view.event.pairing ?? 'mentor-mentee';
  const locked = () => props.view.clock.status !== 'idle';

  const pick = async (value: Pairing) => {
    if (value === current()) return;
    setBusy(true);
    setStatus(null);
    try {
      await props.http.patchSettings({ pairing: value });
      const replanned = props.view.schedule ? ' The plan was made again.' : '';
      setStatus({
        kind: 'ok',
        text: `Saved: ${value === 'peer' ? 'peer rounds' : 'mentors and mentees'}.${replanned}`,
      });
    } catch (err) {
      setStatus({ kind: 'error', text: `Could not save: ${err instanceof ApiError ? err.message : String(err)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset class="who-moves" data-testid="pairing">
      <legend>Pairing</legend>
      <For each={CHOICES}>
        {(c) => (
          <div class="field radio">
            <input
              type="radio"
              name="pairing"
              id={`pairing-${c.value}`}
              value={c.value}
              checked={current() === c.value}
              disabled={busy() || locked()}
              aria-describedby={`pairing-${c.value}-hint`}
              onChange={() => void pick(c.value)}
            />
            <label for={`pairing-${c.value}`}>{c.label}</label>
            <p class="muted field-hint" id={`pairing-${c.value}-hint`}>
              {c.hint}
            </p>
          </div>
        )}
      </For>
      <Show when={locked()}>
        <p class="muted">The event has started: pairing can change only before the start.</p>
      </Show>
      <div role="status">
        <Show when={status()}>{(s) => <p class={s().kind}>{s().text}</p>}</Show>
      </div>
    </fieldset>
  );
}
