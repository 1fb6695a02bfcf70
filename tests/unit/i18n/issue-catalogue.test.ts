import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../client/i18n/languages';
import { ISSUE_CODES, REASON_CODES } from '../../../shared/schemas/issue-codes';

// The `issues` namespace says every stable code the server sends (issue 19) in every language,
// using only the params that code always carries (catalogues.test.ts checks the rest: ICU,
// the same placeholders in every language, translated rather than copied).

const DIR = join(import.meta.dirname, '..', '..', '..', 'client', 'i18n', 'catalogues');
const load = async (lang: Language): Promise<Record<string, string>> =>
  ((await import(join(DIR, lang, 'issues.ts'))) as { default: Record<string, string> }).default;

/** The placeholder names of an ICU message (plural and select included). */
function placeholders(els: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of els) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date) out.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      out.add(el.value);
      for (const o of Object.values(el.options)) placeholders(o.value, out);
    }
  }
  return out;
}

const CODES: Record<string, readonly string[]> = { ...ISSUE_CODES, ...REASON_CODES };
// `invalid` is a problem without a code of its own: the English message is all a client has.
const SAID = Object.keys(CODES).filter((c) => c !== 'invalid');

describe('the issues catalogue (issue 19)', () => {
  it('is a namespace in every language', () => {
    for (const lang of LANGUAGES) expect(readdirSync(join(DIR, lang))).toContain('issues.ts');
  });

  it.each(LANGUAGES)('%s: a message for every code and for nothing else', async (lang) => {
    expect(Object.keys(await load(lang)).sort()).toEqual([...SAID].sort());
  });

  it.each(LANGUAGES)('%s: each message uses only the params its code carries', async (lang) => {
    const catalogue = await load(lang);
    for (const code of SAID) {
      const used = [...placeholders(parse(catalogue[code]!))];
      for (const name of used) expect(CODES[code], `${lang}/issues.${code} uses {${name}}`).toContain(name);
    }
  });

  it('issue codes and refusal codes are told apart by name (one namespace holds both)', () => {
    expect(Object.keys(ISSUE_CODES).filter((c) => c in REASON_CODES)).toEqual([]);
  });
});
