import { For, type JSX } from 'solid-js';
import { common } from './catalogues/common';
import { chooseLanguage, language } from './current-language';
import { directionOf, isLanguage, LANGUAGE_NAMES, LANGUAGES } from './languages';
import './language-menu.css';

/**
 * The small language menu every screen carries: a native select (keyboard and screen reader
 * work as everywhere), each language named in itself and marked with its own `lang`, so a
 * reader who cannot read the current one still finds theirs. The globe is a sign, not a word.
 */
export function LanguageMenu(props: { id?: string }): JSX.Element {
  const id = () => props.id ?? 'language-menu';
  return (
    <div class="language-menu">
      <label for={id()}>
        {/* A drawn globe, not the emoji: some phones and kiosks have no emoji font. */}
        <svg class="language-globe" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <circle cx="12" cy="12" r="9.5" />
          <path d="M2.5 12h19M12 2.5c3 3 3 16 0 19M12 2.5c-3 3-3 16 0 19" />
        </svg>
        <span class="visually-hidden">{common.t('languageLabel')}</span>
      </label>
      <select
        id={id()}
        value={language()}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (isLanguage(v)) void chooseLanguage(v);
        }}
      >
        <For each={LANGUAGES}>
          {(lang) => (
            <option value={lang} lang={lang} dir={directionOf(lang)} selected={lang === language()}>
              {LANGUAGE_NAMES[lang]}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}
