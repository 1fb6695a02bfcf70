import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../client/i18n/languages';
import { REASON_CODES } from '../../../shared/schemas/issue-codes';
import { CATALOGUE_DIR as DIR, loadCatalogue as load, placeholders } from './support/catalogue-files';

// The `phoneRefusals` namespace says a phone's refusals by their reason (issue 19) in every
// language, each with only the params its code carries; together with `issues` it says every
// refusal code, and the two say none twice (catalogues.test.ts checks ICU and translation).

const CODES: Record<string, readonly string[]> = REASON_CODES;

describe('the phone refusals catalogue (issue 19)', () => {
  it('is a namespace in every language', () => {
    for (const lang of LANGUAGES) expect(readdirSync(join(DIR, lang))).toContain('phone-refusals.ts');
  });

  it('says refusal codes only, and with `issues` every one of them exactly once', async () => {
    const phone = Object.keys(await load('en', 'phone-refusals'));
    const issues = Object.keys(await load('en', 'issues'));
    for (const code of phone) expect(Object.keys(CODES), code).toContain(code);
    expect(phone.filter((c) => issues.includes(c))).toEqual([]);
    const said = new Set([...phone, ...issues]);
    expect(Object.keys(CODES).filter((c) => !said.has(c))).toEqual([]);
  });

  it.each(LANGUAGES)('%s: the same codes as English, each with only the params it carries', async (lang) => {
    const [en, tr] = [await load('en', 'phone-refusals'), await load(lang, 'phone-refusals')];
    expect(Object.keys(tr).sort()).toEqual(Object.keys(en).sort());
    for (const [code, message] of Object.entries(tr)) {
      for (const name of placeholders(parse(message)))
        expect(CODES[code], `${lang}/phone-refusals.${code} uses {${name}}`).toContain(name);
    }
  });

  it('English says every param its code carries (a translation may leave none out either)', async () => {
    for (const [code, message] of Object.entries(await load('en', 'phone-refusals')))
      expect([...placeholders(parse(message))].sort(), code).toEqual([...CODES[code]!].sort());
  });
});
