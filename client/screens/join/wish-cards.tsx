import { For, Show, type JSX } from 'solid-js';
import type { SignupMentor } from './join-api';
import { MentorMore, MentorTitle } from './mentor-card';
import { MAX_WISHES, ordinal } from './wish-ranking';

/**
 * The mentors as buttons a mentee taps to rank up to three wishes: each shows its rank
 * ("1st wish"), is pressed while ranked, and names its rank in its label.
 */
export function WishCards(props: {
  mentors: readonly SignupMentor[];
  wishes: readonly string[];
  onTap: (id: string) => void;
  /** Why the last tap did nothing (e.g. all three wishes taken). */
  note: string | null;
  errors: string[];
}): JSX.Element {
  const rank = (id: string) => props.wishes.indexOf(id) + 1;
  return (
    <fieldset class="join-fieldset" aria-describedby="wishes-help">
      <legend>Who would you like to meet? (optional)</legend>
      <p id="wishes-help" class="muted small">
        Tap up to {MAX_WISHES} mentors in the order you would like to meet them. Tap a chosen one again to remove it.
      </p>
      <ul class="join-mentors">
        <For each={props.mentors}>
          {(m, i) => (
            <li class="join-mentor join-wish" classList={{ ranked: rank(m.id) > 0 }} data-testid="wish-card">
              {/* The button's own text is its name ("1st wish: Ann, table T1"); it covers the whole card. */}
              <button
                type="button"
                class="join-wish-button"
                aria-pressed={rank(m.id) > 0}
                aria-describedby={`wish-more-${i()}`}
                onClick={() => props.onTap(m.id)}
              >
                <Show when={rank(m.id) > 0}>
                  <span class="join-rank">{ordinal(rank(m.id))} wish</span>
                  <span class="visually-hidden">:</span>{' '}
                </Show>
                <MentorTitle mentor={m} />
              </button>
              <MentorMore mentor={m} id={`wish-more-${i()}`} />
            </li>
          )}
        </For>
      </ul>
      <p role="status" class="join-note" data-testid="wish-note">
        {props.note ?? ''}
      </p>
      <For each={props.errors}>{(e) => <p class="error">{e}</p>}</For>
    </fieldset>
  );
}
