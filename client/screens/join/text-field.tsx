import { Show, type JSX } from 'solid-js';

/** A labelled text box (or area) with its hint and the server's objection right under it. */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  error?: string | undefined;
  type?: 'text' | 'email' | 'url';
  autocomplete?: string;
  required?: boolean;
  maxLength?: number;
  multiline?: boolean;
}): JSX.Element {
  const described = () =>
    [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div class="join-field">
      <label for={props.id}>{props.label}</label>
      <Show when={props.hint}>
        <p id={`${props.id}-hint`} class="muted small">
          {props.hint}
        </p>
      </Show>
      <Show
        when={props.multiline}
        fallback={
          <input
            id={props.id}
            value={props.value}
            dir="auto"
            maxLength={props.maxLength}
            required={props.required}
            aria-invalid={props.error ? true : undefined}
            aria-describedby={described()}
            type={props.type ?? 'text'}
            autocomplete={props.autocomplete}
            onInput={(e) => props.onInput(e.currentTarget.value)}
          />
        }
      >
        <textarea
          id={props.id}
          value={props.value}
          dir="auto"
          maxLength={props.maxLength}
          required={props.required}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={described()}
          rows="4"
          onInput={(e) => props.onInput(e.currentTarget.value)}
        />
      </Show>
      <Show when={props.error}>
        {(e) => (
          <p id={`${props.id}-error`} class="error field-error">
            {e()}
          </p>
        )}
      </Show>
    </div>
  );
}
