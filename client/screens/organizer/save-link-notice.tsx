import { createSignal, Show } from 'solid-js';
import { CopyButton } from '../../ui/organizer-copy-button';
import { forgetNewEvent, isNewEvent } from '../home/new-event';
import './save-link-notice.css';

/**
 * Right after creating an event, the console says plainly that its link is the only way back
 * in (there are no accounts), with the link to copy, until the organizer says they saved it.
 */
export function SaveLinkNotice(props: { eventId: string; link: string }) {
  const [shown, setShown] = createSignal(isNewEvent(props.eventId));
  return (
    <Show when={shown()}>
      <section class="card save-link" aria-labelledby="save-link-title" data-testid="save-link">
        <h2 id="save-link-title">Save this link — it is the only way back in as organizer</h2>
        <p>
          There are no accounts: this link holds your organizer key. Bookmark it or keep it somewhere safe, and do not
          share it: whoever has it can change the event.
        </p>
        <div class="save-link-row">
          <input readonly value={props.link} aria-label="Your console link" onFocus={(e) => e.currentTarget.select()} />
          <CopyButton text={props.link} label="Copy the console link" />
        </div>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            forgetNewEvent(props.eventId);
            setShown(false);
          }}
        >
          I have saved it
        </button>
      </section>
    </Show>
  );
}
