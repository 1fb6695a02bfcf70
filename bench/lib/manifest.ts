/**
 * What a page downloads, from Vite's build manifest (`.vite/manifest.json`): pure functions,
 * unit-tested in tests/unit/bench/lib.
 */

/** One manifest entry, as Vite writes it. */
export interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The key of the chunk whose source path ends with `suffix` (e.g. "screens/person-page.tsx"). */
export function keyOf(manifest: Manifest, suffix: string): string {
  const keys = Object.keys(manifest).filter(
    (k) => k === suffix || k.endsWith(`/${suffix}`) || manifest[k]!.src?.endsWith(suffix),
  );
  if (keys.length !== 1)
    throw new Error(`expected one manifest chunk for ${suffix}, found ${keys.length ? keys.join(', ') : 'none'}`);
  return keys[0]!;
}

/**
 * The files loaded with the chunks `keys`: each chunk's file, its static imports
 * (recursively) and their CSS, in load order without repeats. Dynamic imports are not followed.
 */
export function staticFiles(manifest: Manifest, keys: readonly string[]): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no chunk ${key}`);
    files.add(chunk.file);
    for (const k of chunk.imports ?? []) visit(k);
    for (const css of chunk.css ?? []) files.add(css);
  };
  keys.forEach(visit);
  return [...files];
}

/**
 * What a screen of a single-page app downloads: the entry with its imports, then the screen's
 * lazy chunk with its imports.
 */
export interface ScreenDownload {
  /** Always loaded: JS and CSS of the entry and the screen. */
  files: string[];
  /** The screen's own lazy imports (e.g. one date-fns locale): for each, the files it adds. */
  onDemand: { key: string; files: string[] }[];
}

export function screenDownload(manifest: Manifest, entryKey: string, screenKey: string): ScreenDownload {
  const files = staticFiles(manifest, [entryKey, screenKey]);
  const loaded = new Set(files);
  const onDemand = (manifest[screenKey]!.dynamicImports ?? []).map((key) => ({
    key,
    files: staticFiles(manifest, [key]).filter((f) => !loaded.has(f)),
  }));
  return { files, onDemand };
}
