import { For, type JSX } from 'solid-js';
import { afterTalk } from '../../i18n/catalogues/after-talk';

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * Five big buttons (at least 44 px, feedback.css) for a 1–5 rating. Tapping the chosen one
 * again takes the rating back (`null`): a mistaken tap must be undoable with one more tap.
 */
export function RatingButtons(props: {
  value: number | null;
  onPick: (rating: number | null) => void;
  /** The group's accessible name, e.g. "Rating for Grace Hopper". */
  label: string;
}): JSX.Element {
  return (
    <fieldset class="rating">
      <legend class="visually-hidden">{props.label}</legend>
      <For each={SCORES}>
        {(n) => (
          <button
            type="button"
            class="rating-button"
            aria-label={afterTalk.t('ofFive', { n })}
            aria-pressed={props.value === n}
            onClick={() => props.onPick(props.value === n ? null : n)}
          >
            {n}
          </button>
        )}
      </For>
    </fieldset>
  );
}
