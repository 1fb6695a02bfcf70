import { ErrorBoundary, type JSX } from 'solid-js';
import { phone } from '../i18n/catalogues/phone';

/**
 * Where the phone shows a part loaded on demand (the feedback cards, "Your meetings"): the
 * rest of the page goes on while the chunk arrives. Should it fail to arrive (no network and
 * not in the worker's cache), the part says so and offers to try again, instead of the error
 * reaching the page's root and taking the countdown with it.
 */
export function PhoneLazyPart(props: { children: JSX.Element }): JSX.Element {
  return (
    <ErrorBoundary
      fallback={(_err, retry) => (
        <div class="card" role="alert" data-testid="lazy-part-failed">
          <p class="error">{phone.t('noConnection')}</p>
          <button type="button" onClick={retry}>
            {phone.t('tryAgain')}
          </button>
        </div>
      )}
    >
      {props.children}
    </ErrorBoundary>
  );
}
