import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { expect } from 'vitest';
import { definedMessages, type Catalogue } from '../../client/i18n/define-messages';
import { LANGUAGE_NAMES } from '../../client/i18n/languages';

/**
 * A pseudo-locale made from the English catalogues: every letter accented and each message in
 * brackets ("[Ŕöûñð {n} öf {total}]"), placeholders and plural syntax kept. A screen rendered in
 * it shows at a glance (and to `expectNoUntranslatedText`) any word that bypassed the catalogue.
 */

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!,
  ]),
);

const accent = (text: string) => text.replace(/[A-Za-z]/g, (c) => ACCENTED[c]!);

/** A query for English words as the pseudo-locale shows them: `pseudo('Sign up')` finds "[Šîĝñ ûþ]". */
export function pseudo(english: string): RegExp {
  return new RegExp(accent(english).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

function pseudoElements(els: MessageFormatElement[]): MessageFormatElement[] {
  return els.map((el) => {
    if (el.type === TYPE.literal) return { ...el, value: accent(el.value) };
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(el.options).map(([k, o]) => [k, { ...o, value: pseudoElements(o.value) }]),
      );
      return { ...el, options } as MessageFormatElement;
    }
    if (el.type === TYPE.tag) return { ...el, children: pseudoElements(el.children) };
    return el;
  });
}

/** One ICU message in the pseudo-locale. */
export function pseudoMessage(icu: string): string {
  const ast = pseudoElements(parse(icu));
  return printAST([{ type: TYPE.literal, value: '[' }, ...ast, { type: TYPE.literal, value: ']' }]);
}

/** A whole catalogue in the pseudo-locale. */
export function pseudoCatalogue<E extends Catalogue>(en: E): { [K in keyof E]: string } {
  return Object.fromEntries(Object.entries(en).map(([k, v]) => [k, pseudoMessage(v)])) as { [K in keyof E]: string };
}

/**
 * Show every namespace defined so far in the pseudo-locale (in place of English, so the page
 * keeps `lang="en"` and English number formats). Returns the undo, for `afterEach`.
 */
export function usePseudoLocale(): () => void {
  const all = definedMessages();
  for (const m of all) m.provide('en', pseudoCatalogue(m.source));
  return () => {
    for (const m of all) m.provide('en', m.source);
  };
}

// Words that are the same in every language: the brand, and each language's own name in the menu.
const ALWAYS_ALLOWED = ['Tablehop', ...Object.values(LANGUAGE_NAMES)];
const ATTRIBUTES = ['aria-label', 'aria-description', 'placeholder', 'title', 'alt'];

/**
 * Every visible (or spoken) text under `root` that still has a Latin letter once the test's own
 * data (`supplied`: names, labels, the server's words) is taken out: what bypassed the catalogue.
 */
export function untranslatedTexts(root: Element, supplied: readonly string[]): string[] {
  const allowed = [...ALWAYS_ALLOWED, ...supplied].filter(Boolean).sort((a, b) => b.length - a.length);
  const strip = (text: string) => allowed.reduce((t, a) => t.split(a).join(' '), text);
  const found: string[] = [];
  const check = (text: string | null, where: string) => {
    if (text && /[A-Za-z]/.test(strip(text))) found.push(`${where}: ${JSON.stringify(text.trim())}`);
  };
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && ['SCRIPT', 'STYLE'].includes(parent.tagName)) continue;
    check(n.textContent, `<${parent?.tagName.toLowerCase() ?? '?'}>`);
  }
  for (const el of root.querySelectorAll('*')) {
    for (const a of ATTRIBUTES) check(el.getAttribute(a), `${el.tagName.toLowerCase()}[${a}]`);
    if (el instanceof HTMLInputElement && ['button', 'submit'].includes(el.type)) check(el.value, 'input[value]');
  }
  return found;
}

/** Fails with the list of texts that are not pseudo-localised nor supplied by the test. */
export function expectNoUntranslatedText(root: Element, supplied: readonly string[]): void {
  expect(untranslatedTexts(root, supplied)).toEqual([]);
}
