import { createSignal } from 'solid-js';

/**
 * A new build of the page, waiting (issue 20). The service worker runs in `prompt` mode: a
 * new build installs in the background and waits until the page applies it, which the
 * screens offer between rounds (update-moment.ts), never in the middle of a countdown. This
 * module holds that state for the screens; client/pwa-register.ts feeds it, so nothing here
 * imports the worker's virtual module (the component tests run without the PWA plugin).
 */
const [ready, setReady] = createSignal(false);
let apply: (() => Promise<void>) | null = null;
let checkForUpdate: (() => Promise<void>) | null = null;

/** Whether a new build waits to be applied. */
export const updateReady = ready;

/** The registration found a waiting build; `applyFn` activates it and reloads the page. */
export function offerUpdate(applyFn: () => Promise<void>): void {
  apply = applyFn;
  setReady(true);
}

/** How to ask the server for a newer worker now (the registration's `update()`). */
export function setUpdateCheck(check: () => Promise<void>): void {
  checkForUpdate = check;
}

/** Apply the waiting build (the page reloads on it). */
export async function applyUpdate(): Promise<void> {
  if (apply) await apply();
  else window.location.reload();
}

/**
 * Reload onto the newest build, whatever the worker has: for a page the server no longer
 * speaks to (`outdated_client`). A plain reload would be answered from the old build's
 * precache while the new worker waits, so first fetch the new worker and activate it.
 */
export async function reloadToNewest(waitMs = 5000): Promise<void> {
  if (!apply && checkForUpdate) {
    await checkForUpdate().catch(() => undefined);
    const until = Date.now() + waitMs;
    while (!apply && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  }
  await applyUpdate();
}
