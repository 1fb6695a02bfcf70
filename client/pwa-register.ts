/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { offerUpdate, setUpdateCheck } from './live/app-update';

const CHECK_EVERY_MS = 30 * 60_000;

/**
 * Register the service worker (built by vite-plugin-pwa: scripts/pwa/pwa-options.ts) and hand
 * a waiting new build to app-update.ts, which the screens offer to apply between rounds. Long
 * open pages (a projector all day) look for a new build every half hour.
 */
export function registerWorker(): void {
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => offerUpdate(() => update(true)),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      setUpdateCheck(async () => void (await registration.update()));
      setInterval(() => void registration.update().catch(() => undefined), CHECK_EVERY_MS);
    },
    onRegisterError: () => {
      // No worker (private mode, plain http on a LAN): the page works online as before.
    },
  });
}
