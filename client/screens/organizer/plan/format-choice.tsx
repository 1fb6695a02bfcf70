import { createSignal, For, Show } from 'solid-js';
import type { OrganizerView } from '../../../../shared/protocol/views';
import type { EventSettingsPatch } from '../../../../shared/schemas/settings';
import { consolePlan } from '../../../i18n/catalogues/console-plan';
import { ApiError } from '../../../live/api';
import type { OrganizerApi } from '../organizer-api';
import './who-moves.css';

const { t } = consolePlan;

/** One choice of a format setting: its value, its label and a line on what it means. */
export interface FormatOption<V extends string> {
  value: V;
  label: string;
  hint: string;
}

/**
 * A format setting of the event (issue 17: who moves, pairing) as radio buttons saved as soon as
 * one is picked: before the start the plan is made again; once the event has started the choice
 * is fixed (the server refuses a change, as the rounds played were seated one way).
 */
export function FormatChoice<V extends string>(props: {
  view: OrganizerView;
  http: OrganizerApi;
  /** The field's name (ids, the radio group, the test id). */
  name: string;
  legend: string;
  options: readonly FormatOption<V>[];
  current: () => V;
  /** The settings patch that picks `value`. */
  patch: (value: V) => EventSettingsPatch;
  /** "Saved: …" in words. */
  saved: (value: V) => string;
  /** Why it cannot change any more, once the event has started. */
  lockedText: string;
}) {
  const [status, setStatus] = createSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = createSignal(false);
  const locked = () => props.view.clock.status !== 'idle';

  const pick = async (value: V) => {
    if (value === props.current()) return;
    setBusy(true);
    setStatus(null);
    try {
      await props.http.patchSettings(props.patch(value));
      const choice = props.saved(value);
      setStatus({ kind: 'ok', text: t(props.view.schedule ? 'savedReplanned' : 'savedChoice', { choice }) });
    } catch (err) {
      setStatus({ kind: 'error', text: t('saveFailed', { why: err instanceof ApiError ? err.message : String(err) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset class="who-moves" data-testid={props.name}>
      <legend>{props.legend}</legend>
      <For each={props.options}>
        {(c) => (
          <div class="field radio">
            <input
              type="radio"
              name={props.name}
              id={`${props.name}-${c.value}`}
              value={c.value}
              checked={props.current() === c.value}
              disabled={busy() || locked()}
              aria-describedby={`${props.name}-${c.value}-hint`}
              onChange={() => void pick(c.value)}
            />
            <label for={`${props.name}-${c.value}`}>{c.label}</label>
            <p class="muted field-hint" id={`${props.name}-${c.value}-hint`}>
              {c.hint}
            </p>
          </div>
        )}
      </For>
      <Show when={locked()}>
        <p class="muted">{props.lockedText}</p>
      </Show>
      <div role="status">
        <Show when={status()}>{(s) => <p class={s().kind}>{s().text}</p>}</Show>
      </div>
    </fieldset>
  );
}
