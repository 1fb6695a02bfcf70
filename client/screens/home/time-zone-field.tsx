import { For, Show, type JSX } from 'solid-js';
import { home } from '../../i18n/catalogues/home';

/** This device's IANA zone ("Europe/Berlin"), or UTC where the browser names none. */
export const deviceTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Every zone the browser knows, for the field's suggestions (read once: some 400 names). */
let zones: readonly string[] | undefined;
const knownZones = () => (zones ??= Intl.supportedValuesOf('timeZone'));

/**
 * The event's time zone (issue 19, `settings.timeZone`): a text field with the browser's zones
 * as suggestions, so typing "Berl" finds Europe/Berlin; the form checks the name it is given.
 */
export function TimeZoneField(props: {
  id: string;
  value: string;
  onValue: (value: string) => void;
  error?: string | undefined;
}): JSX.Element {
  const describedBy = () => [`${props.id}-hint`, props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="field field-time-zone" classList={{ 'field-invalid': Boolean(props.error) }}>
      <label for={props.id}>{home.t('eventTimeZoneLabel')}</label>
      <span id={`${props.id}-hint`} class="field-hint muted">
        {home.t('eventTimeZoneHint')}
      </span>
      <input
        id={props.id}
        type="text"
        dir="ltr"
        autocomplete="off"
        spellcheck={false}
        list={`${props.id}-zones`}
        value={props.value}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy()}
        onInput={(e) => props.onValue(e.currentTarget.value)}
      />
      <datalist id={`${props.id}-zones`}>
        <For each={knownZones()}>{(zone) => <option value={zone} />}</For>
      </datalist>
      <Show when={props.error}>
        <span id={`${props.id}-error`} class="field-error error">
          {props.error}
        </span>
      </Show>
    </div>
  );
}
