import { describe, expect, it } from 'vitest';
import { languageChunks } from '../../../bench/bundle/languages';
import type { Manifest } from '../../../bench/lib/manifest';

// What a screen loads on demand to show one language: that language's catalogues (reachable
// through its static imports) and its date-fns locale; English catalogues are bundled.

const manifest: Manifest = {
  'screens/join/signup-page.tsx': { file: 'a/signup.js', imports: ['i18n/catalogues/join.ts', 'live/date-locale.ts'] },
  'i18n/catalogues/join.ts': {
    file: 'a/join.js',
    dynamicImports: ['i18n/catalogues/de/join.ts', 'i18n/catalogues/ar/join.ts'],
  },
  'live/date-locale.ts': {
    file: 'a/date-locale.js',
    dynamicImports: ['node_modules/date-fns/locale/de.js', 'node_modules/date-fns/locale/zh-CN.js'],
  },
  'i18n/catalogues/de/join.ts': { file: 'a/de-join.js' },
  'i18n/catalogues/ar/join.ts': { file: 'a/ar-join.js' },
  'node_modules/date-fns/locale/de.js': { file: 'a/de.js' },
  'node_modules/date-fns/locale/zh-CN.js': { file: 'a/zh.js' },
};

describe('bench: the chunks of a language', () => {
  it('German: its catalogue and its date-fns locale', () => {
    expect(languageChunks(manifest, 'screens/join/signup-page.tsx', 'de').sort()).toEqual([
      'i18n/catalogues/de/join.ts',
      'node_modules/date-fns/locale/de.js',
    ]);
  });

  it('Simplified Chinese uses date-fns zh-CN; English adds nothing bundled already', () => {
    expect(languageChunks(manifest, 'screens/join/signup-page.tsx', 'zh-Hans')).toEqual([
      'node_modules/date-fns/locale/zh-CN.js',
    ]);
    expect(languageChunks(manifest, 'screens/join/signup-page.tsx', 'en')).toEqual([]);
  });
});
