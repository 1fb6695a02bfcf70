import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import { useRoom } from './support/room';
import { SHOTS, waitForTestId } from './support/screens';

/** This machine's first non-loopback IPv4 address (the one a phone on its network would use). */
const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((i) => i?.family === 'IPv4' && !i.internal)?.address;

/**
 * Issue 16, "a server phones can reach", in Chromium: the console opened at localhost warns on
 * the Run and Print tabs that phones cannot open its links and offers the LAN address; opened
 * there, every link follows it and the warning is gone. A printable of localhost QR codes
 * needs a yes before it prints. The server listens on every interface, as `npm start` does.
 */
describe.skipIf(!chromiumPath)('links phones can open, in Chromium', () => {
  const room = useRoom({ seed: { roundSeconds: 600, changeoverSeconds: 60, rounds: 2, tableCapacity: 1 } });
  const consolePath = () => `/organize/${room.ev.eventId}#key=${room.ev.organizerKey}`;

  it('at localhost: the warning with the LAN address; at the LAN address: no warning, links on it', async () => {
    expect(lanAddress, 'this machine has no non-loopback IPv4 address to test with').toBeDefined();
    const page = await room.open(`${room.server.url}${consolePath()}`);
    await page.getByRole('tab', { name: 'Run' }).click();
    await waitForTestId(page, 'localhost-warning');
    const port = new URL(room.server.url).port;
    const lanLink = page.locator('[data-testid="lan-console-link"]:visible').first();
    expect(await lanLink.textContent()).toBe(`http://${lanAddress}:${port}`);
    await page.screenshot({ path: `${SHOTS}/console-localhost-warning.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: /Print/ }).click();
    // Each tab has its own copy of the warning; only the open tab's is visible.
    await page.locator('[data-testid="localhost-warning"]:visible').waitFor({ timeout: 5000 });

    await page.locator('[data-testid="lan-console-link"]:visible').first().click();
    await page.waitForURL(`http://${lanAddress}:${port}/**`);
    await page.getByRole('tab', { name: 'Run' }).click();
    await waitForTestId(page, 'run-phase');
    expect(await page.locator('[data-testid="localhost-warning"]').count()).toBe(0);
    const projectorLink = await page.locator('a[href*="/projector#key="]:visible').first().getAttribute('href');
    expect(projectorLink?.startsWith(`http://${lanAddress}:${port}/projector#key=`)).toBe(true);
  });

  it('a printable of localhost QR codes asks before it prints', async () => {
    const page = await room.open(
      `${room.server.url}/organize/${room.ev.eventId}/print/projector-sign#key=${room.ev.organizerKey}`,
    );
    await waitForTestId(page, 'print-localhost');
    const print = page.getByRole('button', { name: 'Print' });
    expect(await print.isDisabled()).toBe(true);
    // The browser's own print (Ctrl+P) gets a note instead of the sheets until confirmed.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-main').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('print-anyway').check();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-main').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await print.isDisabled()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
