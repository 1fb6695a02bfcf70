import { LOCALES, type Locale } from '../../shared/schemas/locale';

/** The languages Tablehop speaks (one list with the server's `settings.locale`): English is the source. */
export const LANGUAGES = LOCALES;
export type Language = Locale;

/** Each language's name in itself, as the language menu lists it (a reader looks for their own). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  'zh-Hans': '简体中文',
};

/** Whether a string is one of our language codes (e.g. what localStorage or an event setting holds). */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The writing direction of the document in this language. */
export function directionOf(lang: Language): 'ltr' | 'rtl' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The tag Intl formats numbers and plurals with. Arabic keeps Latin digits (`nu-latn`), as
 * date-fns's Arabic times and the table labels ("T4") do, so one screen never mixes two digit sets.
 */
export function intlTagOf(lang: Language): string {
  return lang === 'ar' ? 'ar-u-nu-latn' : lang;
}
