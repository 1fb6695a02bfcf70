import { For, Show, type JSX } from 'solid-js';
import type { Locale } from '../../../shared/schemas/locale';
import { home } from '../../i18n/catalogues/home';
import { directionOf, isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../../i18n/languages';

/**
 * The event's default language (issue 19, `settings.locale`): a native select with each
 * language named in itself (and marked with its `lang`), as the language menu lists them.
 */
export function EventLanguageField(props: {
  id: string;
  value: Locale;
  onValue: (value: Locale) => void;
  error?: string | undefined;
}): JSX.Element {
  const describedBy = () => [`${props.id}-hint`, props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="field field-language" classList={{ 'field-invalid': Boolean(props.error) }}>
      <label for={props.id}>{home.t('eventLanguageLabel')}</label>
      <span id={`${props.id}-hint`} class="field-hint muted">
        {home.t('eventLanguageHint')}
      </span>
      <select
        id={props.id}
        value={props.value}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy()}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (isLanguage(v)) props.onValue(v);
        }}
      >
        <For each={LANGUAGES}>
          {(lang) => (
            <option value={lang} lang={lang} dir={directionOf(lang)} selected={lang === props.value}>
              {LANGUAGE_NAMES[lang]}
            </option>
          )}
        </For>
      </select>
      <Show when={props.error}>
        <span id={`${props.id}-error`} class="field-error error">
          {props.error}
        </span>
      </Show>
    </div>
  );
}
