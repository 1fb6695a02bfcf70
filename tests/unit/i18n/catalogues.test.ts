import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { intlTagOf, LANGUAGES, type Language } from '../../../client/i18n/languages';

// Every language has every English key, each message is valid ICU, and uses the same
// placeholders and tags as the English one (a translator may add plural forms, never names).

const DIR = join(import.meta.dirname, '..', '..', '..', 'client', 'i18n', 'catalogues');
const NAMESPACES = readdirSync(join(DIR, 'en')).map((f) => f.replace(/\.ts$/, ''));

type Catalogue = Record<string, string>;
const load = async (lang: Language, ns: string): Promise<Catalogue> =>
  ((await import(join(DIR, lang, `${ns}.ts`))) as { default: Catalogue }).default;

/** Placeholder names (with how they are used: "plural", "select", "number", "arg") and tag names. */
function namesOf(els: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of els) {
    switch (el.type) {
      case TYPE.argument:
        out.add(`${el.value}`);
        break;
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        out.add(`${el.value}`);
        break;
      case TYPE.plural:
      case TYPE.select:
        out.add(`${el.value}`);
        for (const opt of Object.values(el.options)) namesOf(opt.value, out);
        break;
      case TYPE.tag:
        out.add(`<${el.value}>`);
        namesOf(el.children, out);
        break;
    }
  }
  return out;
}

/** Plural and select elements without their required `other` case. */
function missingOther(els: MessageFormatElement[]): string[] {
  return els.flatMap((el) => {
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      const inner = Object.values(el.options).flatMap((o) => missingOther(o.value));
      return 'other' in el.options ? inner : [el.value, ...inner];
    }
    return el.type === TYPE.tag ? missingOther(el.children) : [];
  });
}

/** The message's own words (literal text only, placeholders and plural syntax left out). */
function literalWords(els: MessageFormatElement[]): string[] {
  return els.flatMap((el) => {
    if (el.type === TYPE.literal) return el.value.split(/\s+/).filter(Boolean);
    if (el.type === TYPE.plural || el.type === TYPE.select) return literalWords(el.options.other?.value ?? []);
    return el.type === TYPE.tag ? literalWords(el.children) : [];
  });
}

/** A value for each placeholder so every message can be formatted once. */
function sampleValues(els: MessageFormatElement[], values: Record<string, unknown> = {}) {
  for (const el of els) {
    if (el.type === TYPE.argument) values[el.value] ??= 'x';
    if (el.type === TYPE.number || el.type === TYPE.plural) values[el.value] = 3;
    if (el.type === TYPE.date || el.type === TYPE.time) values[el.value] = 0;
    if (el.type === TYPE.select) values[el.value] ??= 'other';
    if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const o of Object.values(el.options)) sampleValues(o.value, values);
    if (el.type === TYPE.tag) {
      values[el.value] = (chunks: unknown[]) => chunks.join('');
      sampleValues(el.children, values);
    }
  }
  return values;
}

describe('message catalogues', () => {
  it('has the namespaces the screens use', () => {
    expect(NAMESPACES).toEqual(expect.arrayContaining(['common', 'home', 'join']));
  });

  describe.each(NAMESPACES)('%s', (ns) => {
    it.each(LANGUAGES)('%s has every English key and no other', async (lang) => {
      const [en, tr] = [await load('en', ns), await load(lang, ns)];
      expect(Object.keys(tr).sort()).toEqual(Object.keys(en).sort());
    });

    it.each(LANGUAGES)('%s: every message is valid ICU with the English placeholders and tags', async (lang) => {
      const [en, tr] = [await load('en', ns), await load(lang, ns)];
      for (const [key, source] of Object.entries(en)) {
        const text = tr[key]!;
        expect(text.trim(), `${lang}/${ns}.${key} is empty`).not.toBe('');
        let ast: MessageFormatElement[];
        try {
          ast = parse(text);
        } catch (err) {
          throw new Error(`${lang}/${ns}.${key} is not valid ICU: ${(err as Error).message}\n  ${text}`);
        }
        expect([...namesOf(ast)].sort(), `${lang}/${ns}.${key}`).toEqual([...namesOf(parse(source))].sort());
        expect(missingOther(ast), `${lang}/${ns}.${key}: plural/select without "other"`).toEqual([]);
        const formatted = new IntlMessageFormat(ast, intlTagOf(lang)).format(sampleValues(ast) as never);
        expect(String(formatted).length, `${lang}/${ns}.${key} formats`).toBeGreaterThan(0);
      }
    });

    it('English messages with placeholders are single literals (a concatenation would lose their types)', async () => {
      const source = readFileSync(join(DIR, 'en', `${ns}.ts`), 'utf8');
      const en = await load('en', ns);
      const split = Object.entries(en)
        .filter(([, m]) => namesOf(parse(m)).size > 0)
        .filter(([, m]) => !source.includes(`'${m}'`) && !source.includes(`"${m}"`))
        .map(([k]) => k);
      expect(split).toEqual([]);
    });

    it.each(LANGUAGES.filter((l) => l !== 'en'))('%s is translated, not copied from English', async (lang) => {
      const [en, tr] = [await load('en', ns), await load(lang, ns)];
      // Short technical words may stay as they are ("Format", "E-mail", "Mentor"); whole sentences may not.
      const copied = Object.keys(en).filter((k) => en[k] === tr[k] && literalWords(parse(en[k]!)).length > 3);
      expect(copied).toEqual([]);
    });
  });
});
