import { createEffect, For, Show, type JSX } from 'solid-js';
import type { RoleLabels } from '../../../shared/schemas/role-labels';
import type { SignupMentor } from './join-api';
import { join } from '../../i18n/catalogues/join';
import { roleParams } from './role-params';
import { MAX_AVOID } from './wish-ranking';

/**
 * Up to three mentors the mentee would rather not meet (e.g. their own manager): folded away
 * since most people need none, private to the organizer, never one of the wishes.
 */
export function AvoidPicker(props: {
  mentors: readonly SignupMentor[];
  avoid: readonly string[];
  wishes: readonly string[];
  onToggle: (id: string) => void;
  errors: string[];
  /** The event's own role words (issue 17): "Investors to avoid". */
  labels?: RoleLabels | undefined;
}): JSX.Element {
  const full = () => props.avoid.length >= MAX_AVOID;
  let fold: HTMLDetailsElement | undefined;
  // Opened for the server's objections; otherwise it stays as the person left it.
  createEffect(() => {
    if (props.errors.length > 0 && fold) fold.open = true;
  });
  return (
    <details class="join-avoid" ref={fold}>
      <summary>{join.t('avoidSummary')}</summary>
      <fieldset class="join-fieldset">
        <legend class="visually-hidden">{join.t('avoidLegend', roleParams(props.labels))}</legend>
        <p class="muted small">{join.t('avoidHint', { ...roleParams(props.labels), max: MAX_AVOID })}</p>
        <ul class="join-checks">
          <For each={props.mentors}>
            {(m, i) => {
              const wished = () => props.wishes.includes(m.id);
              const ticked = () => props.avoid.includes(m.id);
              return (
                <li>
                  <input
                    type="checkbox"
                    id={`avoid-${i()}`}
                    checked={ticked()}
                    disabled={!ticked() && (wished() || full())}
                    onChange={() => props.onToggle(m.id)}
                  />
                  <label for={`avoid-${i()}`}>
                    {join.rich('avoidMentor', {
                      name: <span dir="auto">{m.name}</span>,
                      table: <bdi dir="ltr">{m.table}</bdi>,
                    })}
                    <Show when={wished()}>
                      <span class="muted">{join.t('avoidIsWish')}</span>
                    </Show>
                  </label>
                </li>
              );
            }}
          </For>
        </ul>
        <For each={props.errors}>{(e) => <p class="error">{e}</p>}</For>
      </fieldset>
    </details>
  );
}
