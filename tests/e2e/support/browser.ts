import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter((p): p is string => Boolean(p));

/** Debian's Chromium, or null when none is installed (then the e2e suite skips, loudly). */
export const chromiumPath: string | null = CANDIDATES.find((p) => existsSync(p)) ?? null;

if (!chromiumPath) {
  const line = '!'.repeat(78);
  console.warn(
    [
      '',
      line,
      '!! NO CHROMIUM INSTALLED: the browser (e2e) tests are SKIPPED.',
      '!! Install it with: apt-get install -y chromium   (.ci/run does this)',
      line,
      '',
    ].join('\n'),
  );
  if (process.env.CI) throw new Error('CI must run the browser tests, but no Chromium is installed');
}

/** Launch headless Debian Chromium with the flags this sandbox needs. */
export function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error('no Chromium installed');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
