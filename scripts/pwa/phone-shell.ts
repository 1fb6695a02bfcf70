import type { Plugin } from 'vite';
import type { ManifestTransform } from 'workbox-build';

/**
 * Which built files the service worker precaches: the app shell of the pages a phone or the
 * projector must open with no network (the entry, the personal page's and the projector's
 * chunks, every chunk and stylesheet they import), and not the organizer console's, print's or
 * sign-up's chunks, which need the server anyway and would cost every phone ~3× the bytes on
 * the venue Wi-Fi at its first visit. Lazy imports of those screens (a date-fns locale) are
 * cached by the worker at runtime instead, once loaded (see pwa-options.ts).
 *
 * The plugin walks Rollup's chunk graph at `generateBundle` (before vite-plugin-pwa writes the
 * worker at the end of the build) and `shellOnly` then drops every other asset from the list.
 */
export function phoneShell(
  screens: readonly string[],
  /** Modules whose lazy imports are part of the shell too (the worker registration loads workbox-window lazily). */
  withLazy: readonly string[] = [],
): { plugin: Plugin; shellOnly: ManifestTransform } {
  const shell = new Set<string>();
  const plugin: Plugin = {
    name: 'tablehop:phone-shell',
    apply: 'build',
    generateBundle(_options, bundle) {
      shell.clear();
      const chunks = Object.values(bundle).filter((o) => o.type === 'chunk');
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      const visit = (fileName: string) => {
        if (shell.has(fileName)) return;
        shell.add(fileName);
        const chunk = byName.get(fileName);
        if (!chunk) return;
        for (const css of chunk.viteMetadata?.importedCss ?? []) shell.add(css);
        for (const dep of chunk.imports) visit(dep);
        if (withLazy.some((m) => chunk.facadeModuleId?.endsWith(m))) for (const dep of chunk.dynamicImports) visit(dep);
      };
      for (const c of chunks) if (c.isEntry || screens.some((s) => c.facadeModuleId?.endsWith(s))) visit(c.fileName);
    },
  };
  const shellOnly: ManifestTransform = async (entries) => ({
    manifest: entries.filter((e) => !e.url.startsWith('assets/') || shell.has(e.url)),
    warnings: shell.size === 0 ? ['tablehop:phone-shell found no chunks: the worker precaches no assets'] : [],
  });
  return { plugin, shellOnly };
}
