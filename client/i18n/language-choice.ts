import { isLanguage, type Language } from './languages';

/** Where a device remembers the language chosen on it from the menu. */
export const LANGUAGE_CHOICE_KEY = 'tablehop.language';

/** The language chosen on this device, if any (storage may be refused in private browsing). */
export function readLanguageChoice(): Language | null {
  try {
    const v = localStorage.getItem(LANGUAGE_CHOICE_KEY);
    return isLanguage(v) ? v : null;
  } catch {
    return null;
  }
}

/** Remember the menu's choice on this device. */
export function saveLanguageChoice(lang: Language): void {
  try {
    localStorage.setItem(LANGUAGE_CHOICE_KEY, lang);
  } catch {
    /* not remembered: the choice still holds until the page is closed */
  }
}
