import { createMemo, createSignal, Show, type Accessor, type JSX } from 'solid-js';
import { consoleText } from '../../../i18n/catalogues/console';
import type { PreviewOptions } from '../../../../shared/attendance/preview-schema';
import type { OrganizerView } from '../../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../../shared/schemas/clock';
import type { LiveChangesApi } from './live-changes-api';
import { PendingBanner } from './pending-banner';
import { pendingOf } from './pending';
import { ReplanReview } from './replan-review';
import './live-changes.css';

/** What the console shares with the panels: open the review of a replan (from the banner or the Plan tab). */
export interface LiveChanges {
  review: Accessor<PreviewOptions | null>;
  open(options?: PreviewOptions): void;
  close(): void;
}

export function createLiveChanges(): LiveChanges {
  const [review, setReview] = createSignal<PreviewOptions | null>(null);
  return { review, open: (options = {}) => setReview({ ...options }), close: () => setReview(null) };
}

/** The banner of pending door changes and the review of a replan, above the console's tabs. */
export function LiveChangesBar(props: {
  view: OrganizerView;
  clock: Accessor<ClockSnapshot | null>;
  api: LiveChangesApi;
  changes: LiveChanges;
}): JSX.Element {
  const [done, setDone] = createSignal<string | null>(null);
  const pending = createMemo(() => pendingOf(props.view, props.clock() ?? props.view.clock));
  const tableOf = (id: string) => props.view.mentors.find((m) => m.id === id)?.table;
  const openReview = () => {
    setDone(null);
    props.changes.open();
  };
  return (
    <div class="live-changes">
      <Show when={!props.changes.review()}>
        <PendingBanner pending={pending()} tableOf={tableOf} onReview={openReview} />
      </Show>
      <Show when={props.changes.review()} keyed>
        {(options) => (
          <ReplanReview
            api={props.api}
            options={options}
            onClose={props.changes.close}
            onApplied={(p) => {
              const told = new Set([...p.affected.mentees, ...p.affected.mentors]).size;
              setDone(p.changed ? consoleText.t('appliedTold', { count: told }) : consoleText.t('applied'));
              props.changes.close();
            }}
          />
        )}
      </Show>
      <div role="status" class="live-changes-status">
        <Show when={done()}>
          {(d) => (
            <p class="ok" data-testid="replan-done">
              {d()}
            </p>
          )}
        </Show>
      </div>
    </div>
  );
}
