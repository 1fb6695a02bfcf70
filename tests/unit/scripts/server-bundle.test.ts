import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  fileDigest,
  SERVER_BUNDLE,
  SERVER_BUNDLE_INPUTS,
  serverBundleStaleReason,
} from '../../../scripts/server-bundle.mjs';

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
};
/** A compiled server made from two sources, as scripts/build-server.mjs leaves it. */
function compiled(): void {
  write('server/main.ts', 'import "./app";');
  write('server/app.ts', 'export {};');
  write(SERVER_BUNDLE, '// bundle');
  const inputs = Object.fromEntries(['server/app.ts', 'server/main.ts'].map((f) => [f, fileDigest(join(root, f))]));
  write(SERVER_BUNDLE_INPUTS, JSON.stringify(inputs));
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tablehop-bundle-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('serverBundleStaleReason (does `npm start` compile the server again?)', () => {
  it('compiles when there is no compiled server or no list of its sources', () => {
    expect(serverBundleStaleReason(root)).toBe('no compiled server yet');
    compiled();
    rmSync(join(root, SERVER_BUNDLE_INPUTS));
    expect(serverBundleStaleReason(root)).toBe('the list of its sources is missing');
  });

  it('reuses the compiled server while every source is as it was compiled', () => {
    compiled();
    expect(serverBundleStaleReason(root)).toBeNull();
    // A checkout touching a file without changing it does not force a rebuild.
    utimesSync(join(root, 'server/app.ts'), new Date(), new Date(Date.now() + 60_000));
    expect(serverBundleStaleReason(root)).toBeNull();
  });

  it('compiles again when a source changed, even if its file is older than the bundle', () => {
    compiled();
    write('server/app.ts', 'export const changed = 1;');
    utimesSync(join(root, 'server/app.ts'), new Date(0), new Date(0));
    expect(serverBundleStaleReason(root)).toBe('server/app.ts changed');
  });

  it('compiles again when a source is gone', () => {
    compiled();
    rmSync(join(root, 'server/app.ts'));
    expect(serverBundleStaleReason(root)).toBe('server/app.ts is gone');
  });
});
