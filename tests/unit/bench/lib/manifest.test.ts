import { describe, expect, it } from 'vitest';
import { keyOf, screenDownload, staticFiles, type Manifest } from '../../../../bench/lib/manifest';

// The shape Vite writes: a single entry whose screens are lazy chunks sharing imports.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    src: 'index.html',
    isEntry: true,
    css: ['assets/index.css'],
    dynamicImports: ['screens/person-page.tsx', 'screens/organizer/organizer-page.tsx'],
  },
  'screens/person-page.tsx': {
    file: 'assets/person-page.js',
    src: 'screens/person-page.tsx',
    isDynamicEntry: true,
    imports: ['index.html', '_shared.js'],
    css: ['assets/person-page.css'],
    dynamicImports: ['../../node_modules/date-fns/locale/fr.js', '../../node_modules/date-fns/locale/de.js'],
  },
  'screens/organizer/organizer-page.tsx': {
    file: 'assets/organizer-page.js',
    src: 'screens/organizer/organizer-page.tsx',
    isDynamicEntry: true,
    imports: ['index.html', '_shared.js', '_forms.js'],
    css: ['assets/organizer.css'],
  },
  '_shared.js': { file: 'assets/shared.js', imports: ['index.html'] },
  '_forms.js': { file: 'assets/forms.js', css: ['assets/forms.css'] },
  '_match.js': { file: 'assets/match.js' },
  '../../node_modules/date-fns/locale/fr.js': {
    file: 'assets/fr.js',
    isDynamicEntry: true,
    imports: ['screens/person-page.tsx', '_match.js'],
  },
  '../../node_modules/date-fns/locale/de.js': { file: 'assets/de.js', isDynamicEntry: true, imports: ['_match.js'] },
};

describe('what a screen downloads', () => {
  it('finds chunks by source path', () => {
    expect(keyOf(manifest, 'person-page.tsx')).toBe('screens/person-page.tsx');
    expect(keyOf(manifest, 'index.html')).toBe('index.html');
    expect(() => keyOf(manifest, 'missing.tsx')).toThrow(/found none/);
  });

  it('follows static imports (cycles included) and collects CSS, not dynamic imports', () => {
    expect(staticFiles(manifest, ['index.html'])).toEqual(['assets/index.js', 'assets/index.css']);
    expect(staticFiles(manifest, ['screens/organizer/organizer-page.tsx']).sort()).toEqual(
      [
        'assets/forms.css',
        'assets/forms.js',
        'assets/index.css',
        'assets/index.js',
        'assets/organizer-page.js',
        'assets/organizer.css',
        'assets/shared.js',
      ].sort(),
    );
  });

  it("keeps the organizer console out of a phone's download and lists its on-demand chunks", () => {
    const d = screenDownload(manifest, 'index.html', 'screens/person-page.tsx');
    expect(d.files.sort()).toEqual(
      [
        'assets/index.css',
        'assets/index.js',
        'assets/person-page.css',
        'assets/person-page.js',
        'assets/shared.js',
      ].sort(),
    );
    expect(d.files).not.toContain('assets/organizer-page.js');
    // Each locale adds only what is not loaded yet.
    expect(d.onDemand).toEqual([
      { key: '../../node_modules/date-fns/locale/fr.js', files: ['assets/fr.js', 'assets/match.js'] },
      { key: '../../node_modules/date-fns/locale/de.js', files: ['assets/de.js', 'assets/match.js'] },
    ]);
  });

  it('fails loudly on a manifest that names a missing chunk', () => {
    expect(() => staticFiles({ a: { file: 'a.js', imports: ['b'] } }, ['a'])).toThrow(/no chunk b/);
  });
});
