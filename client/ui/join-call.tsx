import type { JSX } from 'solid-js';
import { phone } from '../i18n/catalogues/phone';

/**
 * A remote table's call (issue 17): one big link that opens the mentor's video call in a new
 * tab, so the countdown stays on this page. The server accepts only https:// links, and the
 * check is repeated here so no other scheme is ever put behind the button.
 */
export function JoinCall(props: { url: string; who?: string | null }): JSX.Element | null {
  if (!/^https:\/\//i.test(props.url)) return null;
  return (
    <p class="join-call-line">
      <a
        class="button join-call"
        href={props.url}
        target="_blank"
        rel="noopener noreferrer"
        data-testid="join-call"
        aria-label={props.who ? phone.t('joinCallWith', { who: props.who }) : phone.t('joinCallLabel')}
      >
        {phone.t('joinCall')}
      </a>
      <span class="muted small join-call-note">{phone.t('joinCallNote')}</span>
    </p>
  );
}
