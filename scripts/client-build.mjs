// The built client that `npm start` serves: where it lives, what it was built from, and
// whether it is out of date. Kept apart from the build itself (build-client.mjs) so that
// `npm start` can check freshness without loading Vite.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changedInput } from './server-bundle.mjs';

/** The built client, relative to the repository root. */
export const CLIENT_DIR = join('dist', 'client');
/**
 * Every file the client was built from, with its SHA-256 when it was built. Beside the build,
 * not in it: dist/client is served, and the list of sources is nobody's business.
 */
export const CLIENT_BUILD_INPUTS = join('dist', 'client-inputs.json');

/**
 * Why the client must be built again, or null when it is current: the same test as the
 * server's (server-bundle.mjs), contents compared, not modification times, so a `git pull`
 * that changes a screen rebuilds it and one that touches nothing of the client does not.
 */
export function clientBuildStaleReason(root) {
  if (!existsSync(join(root, CLIENT_DIR, 'index.html'))) return 'no dist/client yet';
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(join(root, CLIENT_BUILD_INPUTS), 'utf8'));
  } catch {
    return 'the list of its sources is missing';
  }
  return changedInput(root, inputs);
}
