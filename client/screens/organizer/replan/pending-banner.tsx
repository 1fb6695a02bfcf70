import { For, Show, type JSX } from 'solid-js';
import { consoleText } from '../../../i18n/catalogues/console';
import type { PendingChange } from '../../../../shared/attendance/pending';
import { PersonPhrase } from '../../../ui/person-name';
import { pendingPhrase } from './pending';

/** Shown on every tab while door changes are not in the seating yet: what they are, and "Review and apply". */
export function PendingBanner(props: {
  pending: PendingChange[];
  tableOf: (mentorId: string) => string | undefined;
  onReview: () => void;
}): JSX.Element {
  return (
    <Show when={props.pending.length > 0}>
      <section class="card pending-banner" aria-labelledby="pending-title" data-testid="pending-banner">
        <div>
          <h3 id="pending-title">{consoleText.t('pendingTitle', { count: props.pending.length })}</h3>
          <ul class="pending-list">
            <For each={props.pending}>
              {(p) => (
                <li>
                  <PersonPhrase parts={pendingPhrase(p, props.tableOf)} />
                </li>
              )}
            </For>
          </ul>
        </div>
        <button type="button" onClick={props.onReview} data-testid="review-changes">
          {consoleText.t('reviewAndApply')}
        </button>
      </section>
    </Show>
  );
}
