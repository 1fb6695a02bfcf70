import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { language, languageSettled } from '../i18n/current-language';
import type { Language } from '../i18n/languages';
import { languageOfTag } from '../i18n/pick-language';

// Only the locale asked for is downloaded (each is its own small chunk).
const LOADERS: Record<string, () => Promise<Record<string, unknown>>> = {
  // date-fns's default locale, already in the main bundle.
  'en-US': async () => ({ enUS }),
  'en-GB': () => import('date-fns/locale/en-GB'),
  'en-AU': () => import('date-fns/locale/en-AU'),
  'en-CA': () => import('date-fns/locale/en-CA'),
  'en-IN': () => import('date-fns/locale/en-IN'),
  ar: () => import('date-fns/locale/ar'),
  cs: () => import('date-fns/locale/cs'),
  da: () => import('date-fns/locale/da'),
  de: () => import('date-fns/locale/de'),
  el: () => import('date-fns/locale/el'),
  es: () => import('date-fns/locale/es'),
  fi: () => import('date-fns/locale/fi'),
  fr: () => import('date-fns/locale/fr'),
  he: () => import('date-fns/locale/he'),
  hi: () => import('date-fns/locale/hi'),
  hu: () => import('date-fns/locale/hu'),
  id: () => import('date-fns/locale/id'),
  it: () => import('date-fns/locale/it'),
  ja: () => import('date-fns/locale/ja'),
  ko: () => import('date-fns/locale/ko'),
  nb: () => import('date-fns/locale/nb'),
  nl: () => import('date-fns/locale/nl'),
  pl: () => import('date-fns/locale/pl'),
  pt: () => import('date-fns/locale/pt'),
  'pt-BR': () => import('date-fns/locale/pt-BR'),
  ro: () => import('date-fns/locale/ro'),
  ru: () => import('date-fns/locale/ru'),
  sv: () => import('date-fns/locale/sv'),
  th: () => import('date-fns/locale/th'),
  tr: () => import('date-fns/locale/tr'),
  uk: () => import('date-fns/locale/uk'),
  vi: () => import('date-fns/locale/vi'),
  'zh-CN': () => import('date-fns/locale/zh-CN'),
  'zh-TW': () => import('date-fns/locale/zh-TW'),
};

/** Which of the bundled date-fns locales fits a BCP 47 tag best ("de-AT" → "de"), if any. */
export function localeKeyFor(tag: string): string | null {
  const [lang = '', region] = tag.split('-');
  const exact = region ? `${lang.toLowerCase()}-${region.toUpperCase()}` : lang.toLowerCase();
  if (exact in LOADERS) return exact;
  if (lang.toLowerCase() in LOADERS) return lang.toLowerCase();
  if (lang.toLowerCase() === 'zh') return region && /TW|HK|MO|Hant/i.test(region) ? 'zh-TW' : 'zh-CN';
  if (lang.toLowerCase() === 'no' || lang.toLowerCase() === 'nn') return 'nb';
  return null;
}

/** The date-fns locale for the phone's language, or null (then times fall back to Intl's 12/24 h habit). */
export async function loadDateLocale(tag: string = navigator.language): Promise<Locale | null> {
  const key = localeKeyFor(tag);
  if (!key) return null;
  try {
    const mod = await LOADERS[key]!();
    const locale = Object.values(mod).find(
      (v): v is Locale => typeof v === 'object' && v !== null && 'code' in v && 'formatLong' in v,
    );
    return locale ?? null;
  } catch {
    return null;
  }
}

// The date-fns locale each Tablehop language falls back to when the device's own tag is another language.
const DEFAULT_TAG: Record<Language, string> = {
  en: 'en-US',
  de: 'de',
  fr: 'fr',
  es: 'es',
  ar: 'ar',
  'zh-Hans': 'zh-CN',
};

/**
 * The tag whose date-fns locale shows times in `lang`: the device's own tag when it is that
 * language (so de-AT and en-GB keep their region's habits), else the language's usual one.
 */
export function dateTagFor(lang: Language, deviceTag: string): string {
  return languageOfTag(deviceTag) === lang ? deviceTag : DEFAULT_TAG[lang];
}

/**
 * The page's date-fns locale as a signal: null until (and unless) it has loaded. It follows the
 * language the page is shown in (the menu, issue 19); a screen that has no language yet (not
 * translated so far) keeps the device's own language, as before.
 */
export function createDateLocale(): Accessor<Locale | null> {
  const [locale, setLocale] = createSignal<Locale | null>(null);
  const device = () => (typeof navigator === 'undefined' ? 'en-US' : navigator.language);
  const tag = () => (languageSettled() ? dateTagFor(language(), device()) : device());
  createEffect(
    on(tag, (t) => {
      let current = true;
      onCleanup(() => {
        current = false;
      });
      // Only the newest request may set it: a slow chunk never overwrites a later choice.
      void loadDateLocale(t).then((l) => current && setLocale(() => l));
    }),
  );
  return locale;
}
