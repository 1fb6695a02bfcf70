import { Show, type JSX } from 'solid-js';
import { join } from '../../i18n/catalogues/join';

/**
 * The organizer's words on the use of the data (as text, never as HTML) and the box that
 * agrees to them. The box is not required by the browser: the server's reason shows next to it.
 */
export function ConsentField(props: {
  text: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
}): JSX.Element {
  const described = () => ['signup-consent-text', props.error ? 'signup-consent-error' : ''].join(' ').trim();
  return (
    <fieldset class="join-fieldset join-consent">
      <legend>{join.t('consentLegend')}</legend>
      <p id="signup-consent-text" class="join-consent-text" dir="auto" data-testid="consent-text">
        {props.text.trim() || join.t('consentDefault')}
      </p>
      <div class="join-check">
        <input
          type="checkbox"
          id="signup-consent"
          checked={props.checked}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={described()}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />
        <label for="signup-consent">{join.t('consentAgree')}</label>
      </div>
      <Show when={props.error}>
        {(e) => (
          <p id="signup-consent-error" class="error field-error">
            {e()}
          </p>
        )}
      </Show>
    </fieldset>
  );
}
