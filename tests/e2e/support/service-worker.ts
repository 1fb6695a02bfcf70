import type { Page } from 'playwright-core';

/**
 * Wait until the page's service worker is active and controls the page (the first visit
 * installs it; the next navigation is the first it answers), reloading once if needed.
 */
export async function untilControlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
}

/** The keys the page keeps in its offline store (IndexedDB `tablehop` / `offline`). */
export function offlineKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        // Opened without a version: the page has already made the database and its store.
        const open = indexedDB.open('tablehop');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('offline')) return resolve([]);
          const req = db.transaction('offline').objectStore('offline').getAllKeys();
          req.onsuccess = () => {
            db.close();
            resolve(req.result.map(String));
          };
        };
        open.onerror = () => resolve([]);
      }),
  );
}

/** Wait until the page has stored its snapshot (it does so on every change while connected). */
export async function untilStored(page: Page): Promise<void> {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if ((await offlineKeys(page)).some((k) => k.startsWith('snapshot:'))) return;
    await page.waitForTimeout(100);
  }
  throw new Error('the page stored no snapshot');
}
