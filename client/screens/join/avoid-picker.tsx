import { createEffect, For, Show, type JSX } from 'solid-js';
import type { SignupMentor } from './join-api';
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
}): JSX.Element {
  const full = () => props.avoid.length >= MAX_AVOID;
  let fold: HTMLDetailsElement | undefined;
  // Opened for the server's objections; otherwise it stays as the person left it.
  createEffect(() => {
    if (props.errors.length > 0 && fold) fold.open = true;
  });
  return (
    <details class="join-avoid" ref={fold}>
      <summary>Someone to avoid (optional, e.g. your own manager — kept private)</summary>
      <fieldset class="join-fieldset">
        <legend class="visually-hidden">Mentors to avoid</legend>
        <p class="muted small">
          Only the organizer sees this. Up to {MAX_AVOID}; a mentor you wish to meet cannot also be avoided.
        </p>
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
                    Avoid <span dir="auto">{m.name}</span> ({m.table})
                    <Show when={wished()}>
                      <span class="muted"> — one of your wishes</span>
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
