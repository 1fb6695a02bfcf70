import { Show, splitProps, type JSX } from 'solid-js';
import './organizer-forms.css';

type InputProps = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onInput'>;

/**
 * A labelled text input with its hint and error next to it: the error is tied to the input
 * with aria-describedby and aria-invalid, so a screen reader reads it with the field.
 */
export function TextField(
  props: InputProps & {
    id: string;
    label: JSX.Element;
    value: string;
    onValue: (value: string) => void;
    hint?: JSX.Element;
    error?: string | undefined;
    multiline?: boolean;
    rows?: number;
  },
) {
  const [own, rest] = splitProps(props, [
    'id',
    'label',
    'value',
    'onValue',
    'hint',
    'error',
    'multiline',
    'rows',
    'class',
  ]);
  const describedBy = () =>
    [own.hint ? `${own.id}-hint` : '', own.error ? `${own.id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field ${own.class ?? ''}`} classList={{ 'field-invalid': Boolean(own.error) }}>
      <label for={own.id}>{own.label}</label>
      <Show when={own.hint}>
        <span id={`${own.id}-hint`} class="field-hint muted">
          {own.hint}
        </span>
      </Show>
      <Show
        when={own.multiline}
        fallback={
          <input
            {...rest}
            id={own.id}
            value={own.value}
            dir="auto"
            aria-invalid={own.error ? 'true' : undefined}
            aria-describedby={describedBy()}
            onInput={(e) => own.onValue(e.currentTarget.value)}
          />
        }
      >
        <textarea
          id={own.id}
          rows={own.rows ?? 3}
          value={own.value}
          dir="auto"
          placeholder={typeof rest.placeholder === 'string' ? rest.placeholder : undefined}
          aria-invalid={own.error ? 'true' : undefined}
          aria-describedby={describedBy()}
          onInput={(e) => own.onValue(e.currentTarget.value)}
        />
      </Show>
      <Show when={own.error}>
        <span id={`${own.id}-error`} class="field-error error">
          {own.error}
        </span>
      </Show>
    </div>
  );
}
