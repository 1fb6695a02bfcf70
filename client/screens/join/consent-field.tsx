import { Show, type JSX } from 'solid-js';

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
      <legend>Your data</legend>
      <p id="signup-consent-text" class="join-consent-text" dir="auto" data-testid="consent-text">
        {props.text.trim() || 'The organizer keeps your answers to run this event.'}
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
        <label for="signup-consent">I agree</label>
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
