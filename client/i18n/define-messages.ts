import { translator } from '@solid-primitives/i18n';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { createSignal, type JSX } from 'solid-js';
import { language, registerLoadable } from './current-language';
import { intlTagOf, type Language } from './languages';
import type { ParamArgs, ParamsOf, TagsOf } from './message-params';
import { isPlainMessage } from './plain-message';

/** A namespace's English source: message keys to ICU messages, written `as const`. */
export type Catalogue = Readonly<Record<string, string>>;

/** Another language's catalogue of the same namespace: every English key, nothing else. */
export type Translation<E extends Catalogue> = { readonly [K in keyof E]: string };

/** A message as it reaches the page: ICU text, or its syntax tree when the build compiled it. */
type Loaded = Readonly<Record<string, string | MessageFormatElement[]>>;

type Loaders<E extends Catalogue> = Record<Exclude<Language, 'en'>, () => Promise<{ default: Translation<E> }>>;

/** The English source as a chunk of its own (a screen with a weight budget: see defineMessages). */
type EnglishLoader<E extends Catalogue> = () => Promise<{ default: E }>;

/** What a rich message's placeholders and tags take: elements as well as text, a function per tag. */
export type RichParams<S extends string> = { [P in keyof ParamsOf<S>]: ParamsOf<S>[P] | JSX.Element } & {
  [T in TagsOf<S>]: (chunks: (string | JSX.Element)[]) => JSX.Element;
};

/** One namespace of messages (a screen area), typed by its English catalogue. */
export interface Messages<E extends Catalogue> {
  readonly name: string;
  /** The message `key` in the page's language, its placeholders filled. */
  t<K extends keyof E & string>(key: K, ...params: ParamArgs<E[K]>): string;
  /** A message with elements in it (a link inside a sentence): `<link>…</link>` tags become elements. */
  rich<K extends keyof E & string>(key: K, params: RichParams<E[K]>): JSX.Element;
  /** Fetch a language's catalogue (undefined when it is already here). */
  load(lang: Language): Promise<void> | undefined;
  /** Replace a language's catalogue in this page (the tests' pseudo-locale uses it). */
  provide(lang: Language, catalogue: Translation<E>): void;
  /** The English source, as written. */
  readonly source: E;
}

const defined: Messages<Catalogue>[] = [];

/** Every namespace defined so far in this page (tests put a pseudo-locale into each). */
export function definedMessages(): readonly Messages<Catalogue>[] {
  return defined;
}

/**
 * Defines a namespace: English is bundled with the screen (it shows at once and is the source of
 * the key types); each other language is its own chunk, imported only when a device shows it.
 * Given as a loader (`() => import('./en/phone')`), English is a chunk too, fetched only when
 * the page shows English (or a key is missing): the phone's budget (issue 19) has no room for
 * English beside another language. The screen's `<LanguageGate>` waits for it like any other.
 */
export function defineMessages<E extends Catalogue>(
  name: string,
  english: E | EnglishLoader<E>,
  loaders: Loaders<E>,
): Messages<E> {
  const lazyEnglish = typeof english === 'function' ? english : null;
  // The English source once it is here (a pseudo-locale `provide`d in its place does not change it).
  let en: E | null = typeof english === 'function' ? null : english;
  const [catalogues, setCatalogues] = createSignal<Partial<Record<Language, Loaded>>>(en ? { en } : {});
  const inFlight = new Map<Language, Promise<void>>();
  // Languages whose chunk failed (offline before it was cached): not fetched again on every render.
  const failed = new Set<Language>();
  const formatters = new Map<string, IntlMessageFormat>();

  const formatterOf = (lang: Language, key: string, message: string | MessageFormatElement[]) => {
    const id = `${lang}\u0000${key}`;
    let f = formatters.get(id);
    if (!f) {
      f = new IntlMessageFormat(message, intlTagOf(lang));
      formatters.set(id, f);
    }
    return f;
  };

  // @solid-primitives/i18n looks the key up in the shown language's catalogue (reactively);
  // English stands in only while a catalogue is missing (a namespace loaded after the switch).
  // (Its default template resolver is the identity: the ICU formatting happens below.)
  const lookup = translator(() => (catalogues()[language()] ?? catalogues().en ?? {}) as Record<string, string>);
  const messageOf = (key: string): { lang: Language; message: string | MessageFormatElement[] } => {
    const shownLang = language();
    // A namespace first used after the switch (a chunk loaded later) fetches its catalogue now.
    if (!catalogues()[shownLang] && !failed.has(shownLang)) void self.load(shownLang)?.catch(() => undefined);
    const lang = catalogues()[shownLang] ? shownLang : 'en';
    // A lazy English stands in for a catalogue that could not load: fetched on first need.
    if (lang === 'en' && !catalogues().en && shownLang !== 'en') void self.load('en')?.catch(() => undefined);
    const message = (lookup as (k: string) => string | MessageFormatElement[] | undefined)(key);
    return { lang, message: message ?? en?.[key] ?? key };
  };

  const self: Messages<E> = {
    name,
    get source() {
      return en ?? ({} as E);
    },
    t(key, ...params) {
      const { lang, message } = messageOf(key);
      // Plain text needs no formatter (and, in a build that compiled the catalogues, has no parser).
      if (typeof message === 'string' && isPlainMessage(message)) return message;
      return String(formatterOf(lang, key, message).format(params[0] as Record<string, string | number>));
    },
    rich(key, params) {
      const { lang, message } = messageOf(key);
      if (typeof message === 'string' && isPlainMessage(message)) return message;
      return formatterOf(lang, key, message).format<JSX.Element>(params as never) as JSX.Element;
    },
    load(lang) {
      if (catalogues()[lang]) return undefined;
      if (lang === 'en' && !lazyEnglish) return undefined;
      let p = inFlight.get(lang);
      if (!p) {
        const fetch = lang === 'en' ? lazyEnglish! : loaders[lang];
        p = fetch().then(
          (m) => {
            if (lang === 'en') en = m.default as E;
            formatters.clear();
            setCatalogues((c) => ({ ...c, [lang]: m.default as Loaded }));
          },
          (err: unknown) => {
            inFlight.delete(lang);
            failed.add(lang);
            throw err;
          },
        );
        inFlight.set(lang, p);
      }
      return p;
    },
    provide(lang, catalogue) {
      formatters.clear();
      setCatalogues((c) => ({ ...c, [lang]: catalogue as Loaded }));
    },
  };
  registerLoadable(self);
  defined.push(self as unknown as Messages<Catalogue>);
  return self;
}
