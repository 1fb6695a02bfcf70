import { For, Show, type JSX } from 'solid-js';
import type { RoleLabels } from '../../../shared/schemas/role-labels';
import type { SignupMentor } from './join-api';
import { join } from '../../i18n/catalogues/join';
import { MentorMore, MentorTitle } from './mentor-card';
import { roleParams } from './role-params';
import { MAX_WISHES } from './wish-ranking';

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
  /** The event's own role words (issue 17): "Tap up to 3 investors". */
  labels?: RoleLabels | undefined;
}): JSX.Element {
  const rank = (id: string) => props.wishes.indexOf(id) + 1;
  return (
    <fieldset class="join-fieldset" aria-describedby="wishes-help">
      <legend>{join.t('wishesLegend')}</legend>
      <p id="wishes-help" class="muted small">
        {join.t('wishesHint', { ...roleParams(props.labels), max: MAX_WISHES })} {join.t('wishesHintUndo')}
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
                  <span class="join-rank">{join.t('wishRank', { rank: rank(m.id) })}</span>
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
