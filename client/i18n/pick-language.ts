import { isLanguage, type Language } from './languages';

/**
 * Which of our languages a BCP 47 tag asks for ("de-AT" → de, "zh-CN" → zh-Hans), or null.
 * Traditional Chinese (zh-TW, zh-HK, zh-Hant) is not Simplified: it falls through to the next choice.
 */
export function languageOfTag(tag: string): Language | null {
  const parts = tag.trim().split(/[-_]/);
  const lang = (parts[0] ?? '').toLowerCase();
  if (lang === 'zh') {
    const rest = parts.slice(1).map((p) => p.toLowerCase());
    if (rest.includes('hant') || rest.some((p) => p === 'tw' || p === 'hk' || p === 'mo')) return null;
    return 'zh-Hans';
  }
  return isLanguage(lang) ? lang : null;
}

/**
 * Pure: the language a device shows. In this order: the one chosen on this device from the menu,
 * else the first of the browser's preferred languages that Tablehop has, else the event's
 * default, else English.
 */
export function pickLanguage(options: {
  chosen: string | null;
  preferred: readonly string[];
  eventDefault?: string | null | undefined;
}): Language {
  if (isLanguage(options.chosen)) return options.chosen;
  for (const tag of options.preferred) {
    const lang = languageOfTag(tag);
    if (lang) return lang;
  }
  const fallback = options.eventDefault ? languageOfTag(options.eventDefault) : null;
  return fallback ?? 'en';
}
