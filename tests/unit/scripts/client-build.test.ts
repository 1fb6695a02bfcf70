import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_BUILD_INPUTS, CLIENT_DIR, clientBuildStaleReason } from '../../../scripts/client-build.mjs';
import { fileDigest } from '../../../scripts/server-bundle.mjs';

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
};
const SOURCES = ['client/index.html', 'client/main.tsx', 'shared/timeline/phases.ts', 'vite.config.ts'];
/** A client built from a page, a screen, a shared module and the config, as scripts/build-client.mjs leaves it. */
function built(): void {
  write('client/index.html', '<script type="module" src="/main.tsx"></script>');
  write('client/main.tsx', 'import "../shared/timeline/phases";');
  write('shared/timeline/phases.ts', 'export {};');
  write('vite.config.ts', 'export default {};');
  write(join(CLIENT_DIR, 'index.html'), '<script type="module" src="/assets/index-abc.js"></script>');
  write(CLIENT_BUILD_INPUTS, JSON.stringify(Object.fromEntries(SOURCES.map((f) => [f, fileDigest(join(root, f))]))));
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tablehop-client-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('clientBuildStaleReason (does `npm start` build the client again?)', () => {
  it('builds when there is no built client or no list of its sources (a build from before the list)', () => {
    expect(clientBuildStaleReason(root)).toBe('no dist/client yet');
    built();
    rmSync(join(root, CLIENT_BUILD_INPUTS));
    expect(clientBuildStaleReason(root)).toBe('the list of its sources is missing');
    write(CLIENT_BUILD_INPUTS, '{ not json');
    expect(clientBuildStaleReason(root)).toBe('the list of its sources is missing');
  });

  it('serves the built client while every source is as it was built', () => {
    built();
    expect(clientBuildStaleReason(root)).toBeNull();
    // A checkout touching a file without changing it does not force a rebuild.
    utimesSync(join(root, 'client/main.tsx'), new Date(), new Date(Date.now() + 60_000));
    expect(clientBuildStaleReason(root)).toBeNull();
    // Nor does a change to a file the client does not use (the server's, a test).
    write('server/app.ts', 'export const changed = 1;');
    expect(clientBuildStaleReason(root)).toBeNull();
  });

  it('builds again when a screen, a shared module or the config changed, even if older than the build', () => {
    for (const file of ['client/main.tsx', 'shared/timeline/phases.ts', 'vite.config.ts']) {
      built();
      write(file, 'export const changed = 1;');
      utimesSync(join(root, file), new Date(0), new Date(0));
      expect(clientBuildStaleReason(root)).toBe(`${file} changed`);
    }
  });

  it('builds again when a source is gone, or the build itself is', () => {
    built();
    rmSync(join(root, 'client/main.tsx'));
    expect(clientBuildStaleReason(root)).toBe('client/main.tsx is gone');
    built();
    rmSync(join(root, CLIENT_DIR), { recursive: true });
    expect(clientBuildStaleReason(root)).toBe('no dist/client yet');
  });
});
