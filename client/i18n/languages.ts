/** The languages Tablehop speaks: English is the source, the others are complete translations. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'ar', 'zh-Hans'] as const;
export type Language = (typeof LANGUAGES)[number];

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
