// The compiled server that `npm start` runs: where it lives, and whether it is out of date.
// Kept apart from the build itself so `npm start` can check freshness without loading esbuild.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The compiled server, relative to the repository root. */
export const SERVER_BUNDLE = join('dist', 'server', 'main.mjs');
/** Every source file the bundle was compiled from, with its SHA-256 when it was compiled. */
export const SERVER_BUNDLE_INPUTS = join('dist', 'server', 'inputs.json');

/** SHA-256 of a file's bytes, hex. */
export function fileDigest(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Why the bundle must be compiled again, or null when it is current. Contents are compared,
 * not modification times: a checkout, an archive or a copied tree can leave a source file
 * older than a bundle it no longer matches. A new source file matters only once a compiled
 * file imports it, and then that file's content has changed.
 */
export function serverBundleStaleReason(root) {
  if (!existsSync(join(root, SERVER_BUNDLE))) return 'no compiled server yet';
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(join(root, SERVER_BUNDLE_INPUTS), 'utf8'));
  } catch {
    return 'the list of its sources is missing';
  }
  return changedInput(root, inputs);
}

/**
 * The first of a build's recorded inputs (`{ file: sha256 }`, paths relative to `root`) that
 * is gone or no longer matches its digest, as `file is gone` / `file changed`; else null.
 */
export function changedInput(root, inputs) {
  for (const [file, digest] of Object.entries(inputs)) {
    const path = join(root, file);
    if (!existsSync(path)) return `${file} is gone`;
    if (fileDigest(path) !== digest) return `${file} changed`;
  }
  return null;
}
