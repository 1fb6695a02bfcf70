import { createSignal, type Accessor } from 'solid-js';
import { readLanguageChoice, saveLanguageChoice } from './language-choice';
import { directionOf, type Language } from './languages';
import { pickLanguage } from './pick-language';

/** Whatever can fetch its catalogue of a language: every message namespace registers itself. */
export interface Loadable {
  load(lang: Language): Promise<void> | undefined;
}

// The document has one language at a time, so this state is the page's, not a screen's.
const [shown, setShown] = createSignal<Language>('en');
const [settled, setSettled] = createSignal(false);
const loadables = new Set<Loadable>();
let eventDefault: string | null = null;
let request = 0;

/** The language the page is shown in now (its catalogues are loaded). */
export const language: Accessor<Language> = shown;

/** False until the page's first language is shown: screens wait so no English flashes first. */
export const languageSettled: Accessor<boolean> = settled;

/** Called by each namespace as it is defined, so switching language loads it too. */
export function registerLoadable(l: Loadable): void {
  loadables.add(l);
}

/** Put the language on `<html>` (lang for screen readers and fonts, dir for the layout). */
export function applyToDocument(lang: Language): void {
  const root = document.documentElement;
  root.lang = lang;
  root.dir = directionOf(lang);
}

/** The language this device should show: its menu choice, its browser's languages, the event's default. */
export function wantedLanguage(): Language {
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return pickLanguage({ chosen: readLanguageChoice(), preferred, eventDefault });
}

/**
 * Show `lang`: load every namespace's catalogue first, then switch at once (no half-translated
 * page). A newer request wins over a slower older one. A catalogue that fails to load (offline
 * before it was cached) leaves the page in the language it had.
 */
export function showLanguage(lang: Language): Promise<void> {
  const mine = ++request;
  const pending = [...loadables].map((l) => l.load(lang)).filter(Boolean);
  const apply = () => {
    if (mine !== request) return;
    setShown(lang);
    applyToDocument(lang);
    setSettled(true);
  };
  // Everything already here (English, or a language shown before): switch now, synchronously.
  if (pending.length === 0) {
    apply();
    return Promise.resolve();
  }
  // A screen's namespace arriving in the language already shown: hide until it is here. (A
  // switch from the menu keeps the old language on screen until the new one is complete.)
  if (lang === shown()) setSettled(false);
  return Promise.all(pending).then(apply, () => {
    if (mine === request) setSettled(true);
  });
}

/** Show the page in the language it should have, loading what the screen's namespaces still lack. */
export function startLanguage(): Promise<void> {
  return showLanguage(wantedLanguage());
}

/** The language picked from the menu: remembered on this device and shown. */
export function chooseLanguage(lang: Language): Promise<void> {
  saveLanguageChoice(lang);
  return showLanguage(lang);
}

/**
 * The event's default language (its `settings.locale`, once the event has one): used when this
 * device chose none and its browser prefers none of ours.
 */
export function setEventDefaultLanguage(tag: string | null | undefined): Promise<void> {
  eventDefault = tag ?? null;
  return startLanguage();
}
