import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { intlTagOf, LANGUAGES } from '../../../client/i18n/languages';
import { compileCatalogue, evaluateCatalogue } from '../../../scripts/i18n/icu-catalogues';

// The build compiles catalogues to syntax trees (so phones get no ICU parser): every message
// must read the same from its tree as from its text.

const DIR = join(import.meta.dirname, '..', '..', '..', 'client', 'i18n', 'catalogues');
const NAMESPACES = readdirSync(join(DIR, 'en')).map((f) => f.replace(/\.ts$/, ''));
const VALUES = { count: 3, rounds: 1, rank: 2, max: 3, n: 4, min: 1, whole: 8, decimal: 1.5, example: 1.5 };

/** The names of the tags in a message's syntax tree, at any depth. */
function tagNames(els: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of els) {
    if (el.type === TYPE.tag) {
      out.add(el.value);
      tagNames(el.children, out);
    } else if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const o of Object.values(el.options)) tagNames(o.value, out);
  }
  return out;
}

describe('the build-time catalogue compiler', () => {
  it.each(LANGUAGES)('%s: each compiled message formats exactly as its source', async (lang) => {
    for (const ns of NAMESPACES) {
      const file = join(DIR, lang, `${ns}.ts`);
      const source = await evaluateCatalogue(readFileSync(file, 'utf8'), file);
      const compiled = compileCatalogue(source);
      expect(Object.keys(compiled)).toEqual(Object.keys(source));
      for (const [key, text] of Object.entries(source)) {
        const tree = compiled[key]!;
        if (typeof tree === 'string') {
          expect(tree, `${lang}/${ns}.${key}`).toBe(text);
          continue;
        }
        // Every tag of the message (`<link>`, `<strong>`, …) takes a function of its chunks.
        const tags = tagNames(tree);
        const values = new Proxy(VALUES as Record<string, unknown>, {
          get: (t, p: string) => t[p] ?? (tags.has(p) ? (c: unknown[]) => c.join('') : 'x'),
          has: () => true,
        });
        const fromTree = new IntlMessageFormat(tree, intlTagOf(lang)).format(values as never);
        const fromText = new IntlMessageFormat(text, intlTagOf(lang)).format(values as never);
        expect(fromTree, `${lang}/${ns}.${key}`).toEqual(fromText);
      }
    }
  });

  it('refuses a catalogue that runs code', async () => {
    await expect(evaluateCatalogue("import x from 'y'; export default { a: x };", 'bad.ts')).rejects.toThrow(
      /imports nothing/,
    );
  });
});
