import type { Page } from 'playwright-core';

export const SHOTS = 'docs/screenshots';

/** The countdown's digits as seconds ("1:05" → 65), or null when it shows none. */
export function countdownSeconds(text: string | null): number | null {
  const m = /(?:(\d+):)?(\d+):(\d\d)/.exec(text ?? '');
  if (!m) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

/** Read the countdown of a page. */
export async function readCountdown(page: Page): Promise<number | null> {
  return countdownSeconds(await page.getByTestId('countdown').first().textContent());
}

/** How many px the page is wider than its viewport (a layout that breaks at this width). */
export function overflowX(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Make the page's own clock `ms` wrong (as a phone with a badly set clock). */
export async function skewPageClock(page: Page, ms: number): Promise<void> {
  await page.addInitScript((shift: number) => {
    const realNow = Date.now.bind(Date);
    Date.now = () => realNow() + shift;
  }, ms);
}

const logs = new WeakMap<Page, string[]>();

/** Keep the page's console messages, errors and failed requests, to explain a failure later. */
export function recordPageLog(page: Page): void {
  const lines: string[] = [];
  logs.set(page, lines);
  const at = () => new Date().toISOString().slice(11, 23);
  page.on('console', (m) => lines.push(`${at()} console.${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => lines.push(`${at()} pageerror: ${String(e)}`));
  page.on('requestfailed', (r) =>
    lines.push(`${at()} requestfailed: ${r.url().replace(/#.*/, '')} ${r.failure()?.errorText ?? ''}`),
  );
  page.on('websocket', (ws) => {
    lines.push(`${at()} websocket opened`);
    ws.on('close', () => lines.push(`${at()} websocket closed`));
    ws.on('socketerror', (e) => lines.push(`${at()} websocket error ${e}`));
  });
}

/** Wait for any of the elements with these test ids; on timeout fail with what the page shows instead. */
export async function waitForTestId(page: Page, testId: string | string[], timeout = 15_000): Promise<void> {
  const ids = Array.isArray(testId) ? testId : [testId];
  const locator = ids.slice(1).reduce((l, id) => l.or(page.getByTestId(id)), page.getByTestId(ids[0]!));
  try {
    await locator.first().waitFor({ timeout });
  } catch (e) {
    const shown = await page
      .locator('body')
      .innerText()
      .catch(() => '(no body)');
    const log = (logs.get(page) ?? []).slice(-30).join('\n');
    throw new Error(
      `"${ids.join('" or "')}" did not appear on ${page.url().replace(/#.*/, '#…')} within ${timeout} ms; ` +
        `the page shows:\n${shown.slice(0, 600)}\n--- page log ---\n${log}`,
      { cause: e },
    );
  }
}
