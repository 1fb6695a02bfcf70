import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import PHONE_REFUSALS from '../../../client/i18n/catalogues/en/phone-refusals';
import { LANGUAGES, type Language } from '../../../client/i18n/languages';
import { CSV_ISSUE_CODES } from '../../../shared/schemas/csv-issue-codes';
import { ISSUE_CODES, REASON_CODES } from '../../../shared/schemas/issue-codes';
import { CATALOGUE_DIR as DIR, loadCatalogue, placeholders } from './support/catalogue-files';

const load = (lang: Language, ns = 'issues') => loadCatalogue(lang, ns);

// The `issues` namespace says every stable code the server sends (issue 19) in every language,
// using only the params that code always carries (catalogues.test.ts checks the rest: ICU,
// the same placeholders in every language, translated rather than copied). The participants CSV's
// codes are said by the console alone, from its `consoleCsv` namespace: the phones and the sign-up
// page, which load `issues`, do not carry them.

const CODES: Record<string, readonly string[]> = { ...ISSUE_CODES, ...REASON_CODES };
const CSV: Record<string, readonly string[]> = CSV_ISSUE_CODES;
// `invalid` is a problem without a code of its own: the English message is all a client has.
// A phone's refusals are said by its own `phoneRefusals` namespace (phone-refusals-catalogue.test.ts).
const SAID = Object.keys(CODES).filter((c) => c !== 'invalid' && !(c in CSV) && !(c in PHONE_REFUSALS));
// The console's words around a CSV problem: `line 3`, `name: …`, `topics item 2: …`.
const CSV_PLACES: Record<string, readonly string[]> = {
  line: ['line'],
  problemAt: ['where', 'problem'],
  fieldProblem: ['field', 'problem'],
  itemProblem: ['field', 'item', 'problem'],
};

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

  it('lists the CSV codes among the issue codes, each named csv… (one namespace per screen says them)', () => {
    expect(Object.keys(CSV).length).toBeGreaterThan(20);
    for (const code of Object.keys(CSV)) {
      expect(code).toMatch(/^csv[A-Z]/);
      expect(ISSUE_CODES).toHaveProperty(code, CSV[code]);
    }
  });

  it.each(LANGUAGES)(
    '%s: the console says every CSV code, and where it is, with only the params it carries',
    async (lang) => {
      const catalogue = await load(lang, 'console-csv');
      const said: Record<string, readonly string[]> = { ...CSV, ...CSV_PLACES };
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(said).sort());
      for (const [key, message] of Object.entries(catalogue)) {
        for (const name of placeholders(parse(message))) {
          expect(said[key], `${lang}/console-csv.${key} uses {${name}}`).toContain(name);
        }
      }
    },
  );

  it('issue codes and refusal codes are told apart by name (one namespace holds both)', () => {
    expect(Object.keys(ISSUE_CODES).filter((c) => c in REASON_CODES)).toEqual([]);
  });
});
