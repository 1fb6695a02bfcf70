import { Show, type JSX } from 'solid-js';
import type { Locale } from 'date-fns';
import { join } from '../../i18n/catalogues/join';
import type { SignupInfo } from './join-api';
import { formatLine, startLine } from './event-format';

/** The head of the sign-up page: the event's name, when it starts and how it runs. */
export function EventSummary(props: { event: SignupInfo['event']; locale: Locale | null }): JSX.Element {
  const start = () => startLine(props.event.plannedStartAt, props.locale);
  return (
    <header class="join-head">
      <p class="join-kicker">{join.t('kicker')}</p>
      <h1 dir="auto" data-testid="event-name">
        {props.event.name}
      </h1>
      <dl class="join-facts">
        <Show when={start()}>
          {(s) => (
            <div>
              <dt>{join.t('when')}</dt>
              <dd data-testid="event-start">{s()}</dd>
            </div>
          )}
        </Show>
        <div>
          <dt>{join.t('format')}</dt>
          <dd data-testid="event-format">{formatLine(props.event)}</dd>
        </div>
      </dl>
    </header>
  );
}
