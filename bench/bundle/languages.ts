/**
 * The weight of each screen in each language (issue 19): a screen's own download, plus what
 * showing it in one language adds on demand — that language's message catalogues (one chunk
 * per namespace, lazily imported) and its date-fns locale. English is bundled with the screens.
 */
import { dateTagFor } from '../../client/live/date-locale';
import { LANGUAGES, type Language } from '../../client/i18n/languages';
import { keyOf, screenDownload, staticFiles, type Manifest } from '../lib/manifest';
import { formatTable } from '../lib/table';

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

/** The lazy imports reachable from `key` through static imports (what the screen may load on demand). */
function reachableDynamic(manifest: Manifest, key: string): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  const visit = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    const c = manifest[k];
    if (!c) return;
    for (const d of c.dynamicImports ?? []) out.add(d);
    for (const i of c.imports ?? []) visit(i);
  };
  visit(key);
  return out;
}

/** Which on-demand chunks a screen loads to show `lang`: its catalogues and its date-fns locale. */
export function languageChunks(manifest: Manifest, screenKey: string, lang: Language): string[] {
  const dateTag = dateTagFor(lang, '');
  const isCatalogue = (k: string) => new RegExp(`i18n/catalogues/${lang}/[^/]+\\.ts$`).test(k);
  const isDateLocale = (k: string) => new RegExp(`date-fns/locale/${dateTag}(/index)?\\.[cm]?js$`).test(k);
  // A screen's English catalogue is bundled, except where it is a lazy chunk (the phone's): then it counts.
  return [...reachableDynamic(manifest, screenKey)].filter((k) => isCatalogue(k) || isDateLocale(k));
}

/** Print a table of gzipped kB per screen and language; returns the figures for the JSON report. */
export function printLanguageWeights(
  manifest: Manifest,
  entryKey: string,
  gzipOf: (file: string) => number,
): Record<string, Record<Language, number>> {
  const screens: Record<string, string> = {
    'phone (/p)': keyOf(manifest, 'person-page.tsx'),
    'sign-up (/join/…)': keyOf(manifest, 'signup-page.tsx'),
    'home (/)': keyOf(manifest, 'home-page.tsx'),
    'projector (/projector)': keyOf(manifest, 'projector-page.tsx'),
    'organizer (/organize/…)': keyOf(manifest, 'organizer-page.tsx'),
  };
  const figures: Record<string, Record<Language, number>> = {};
  const rows: string[][] = [];
  for (const [screen, key] of Object.entries(screens)) {
    const base = screenDownload(manifest, entryKey, key).files;
    const loaded = new Set(base);
    const baseGzip = base.reduce((a, f) => a + gzipOf(f), 0);
    const perLang = {} as Record<Language, number>;
    for (const lang of LANGUAGES) {
      const extra = staticFiles(manifest, languageChunks(manifest, key, lang)).filter((f) => !loaded.has(f));
      perLang[lang] = baseGzip + extra.reduce((a, f) => a + gzipOf(f), 0);
    }
    figures[screen] = perLang;
    rows.push([screen, ...LANGUAGES.map((l) => kB(perLang[l]))]);
  }
  console.log('\nPer language: the screen + its catalogues and date-fns locale in that language (gzip kB)');
  console.log(formatTable([['screen', ...LANGUAGES], ...rows]));
  return figures;
}
