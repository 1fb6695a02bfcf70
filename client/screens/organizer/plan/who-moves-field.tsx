import { createSignal, For, Show } from 'solid-js';
import type { OrganizerView } from '../../../../shared/protocol/views';
import type { Moving } from '../../../../shared/schemas/settings';
import { ApiError } from '../../../live/api';
import type { OrganizerApi } from '../organizer-api';
import './who-moves.css';

const CHOICES: { value: Moving; label: string; hint: string }[] = [
  {
    value: 'mentees',
    label: "Mentees move to mentors' tables",
    hint: 'Each mentor keeps a table; each round the mentees walk to their next one.',
  },
  {
    value: 'mentors',
    label: 'Mentors move, mentees stay seated',
    hint: 'Mentees sit in groups at a table all event; each round the mentors walk to the next table.',
  },
];

/**
 * Who moves between rounds (issue 17, `settings.moving`), saved as soon as it is picked: before
 * the start the plan is made again the other way round; once the event has started it is fixed
 * (the server refuses the change, as the rounds played were seated one way).
 */
export function WhoMovesField(props: { view: OrganizerView; http: OrganizerApi }) {
  const [status, setStatus] = createSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = createSignal(false);
  const current = (): Moving => props.view.event.moving ?? 'mentees';
  const locked = () => props.view.clock.status !== 'idle';

  const pick = async (value: Moving) => {
    if (value === current()) return;
    setBusy(true);
    setStatus(null);
    try {
      await props.http.patchSettings({ moving: value });
      const replanned = props.view.schedule ? ' The plan was made again.' : '';
      setStatus({ kind: 'ok', text: `Saved: ${value === 'mentors' ? 'mentors move' : 'mentees move'}.${replanned}` });
    } catch (err) {
      setStatus({ kind: 'error', text: `Could not save: ${err instanceof ApiError ? err.message : String(err)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset class="who-moves" data-testid="who-moves">
      <legend>Who moves?</legend>
      <For each={CHOICES}>
        {(c) => (
          <div class="field radio">
            <input
              type="radio"
              name="who-moves"
              id={`who-moves-${c.value}`}
              value={c.value}
              checked={current() === c.value}
              disabled={busy() || locked()}
              aria-describedby={`who-moves-${c.value}-hint`}
              onChange={() => void pick(c.value)}
            />
            <label for={`who-moves-${c.value}`}>{c.label}</label>
            <p class="muted field-hint" id={`who-moves-${c.value}-hint`}>
              {c.hint}
            </p>
          </div>
        )}
      </For>
      <Show when={locked()}>
        <p class="muted">The event has started: who moves can change only before the start.</p>
      </Show>
      <div role="status">
        <Show when={status()}>{(s) => <p class={s().kind}>{s().text}</p>}</Show>
      </div>
    </fieldset>
  );
}
