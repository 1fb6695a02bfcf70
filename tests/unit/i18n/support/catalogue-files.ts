/** Reading the catalogue files and their placeholders, for the tests of what each namespace says. */
import { join } from 'node:path';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Language } from '../../../../client/i18n/languages';

export const CATALOGUE_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'client', 'i18n', 'catalogues');

/** One language's messages of a namespace, as its file holds them. */
export const loadCatalogue = async (lang: Language, ns: string): Promise<Record<string, string>> =>
  ((await import(join(CATALOGUE_DIR, lang, `${ns}.ts`))) as { default: Record<string, string> }).default;

/** The placeholder names of an ICU message (plural and select included). */
export function placeholders(els: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of els) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date) out.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      out.add(el.value);
      for (const o of Object.values(el.options)) placeholders(o.value, out);
    }
  }
  return out;
}
