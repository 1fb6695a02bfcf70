import { createSignal, Show } from 'solid-js';
import { consoleText } from '../../i18n/catalogues/console';
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
        <h2 id="save-link-title">{consoleText.t('saveLinkTitle')}</h2>
        <p>{consoleText.t('saveLinkWhy')}</p>
        <div class="save-link-row">
          <input
            readonly
            value={props.link}
            aria-label={consoleText.t('yourConsoleLink')}
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton text={props.link} label={consoleText.t('copyConsoleLink')} />
        </div>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            forgetNewEvent(props.eventId);
            setShown(false);
          }}
        >
          {consoleText.t('savedIt')}
        </button>
      </section>
    </Show>
  );
}
