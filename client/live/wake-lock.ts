import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { phone } from '../i18n/catalogues/phone';

/** Keeping the screen awake (Wake Lock API), where the browser supports it. */
export interface WakeLockControl {
  supported: boolean;
  /** The person asked to keep the screen awake. */
  wanted: Accessor<boolean>;
  /** A lock is held right now (the browser drops it whenever the page is hidden). */
  held: Accessor<boolean>;
  /** Why it could not be held, if it could not. */
  error: Accessor<string | null>;
  setWanted(on: boolean): Promise<void>;
}

interface Sentinel {
  released: boolean;
  release(): Promise<void>;
  addEventListener(type: 'release', cb: () => void): void;
}
type WakeLockApi = { request(type: 'screen'): Promise<Sentinel> };

/**
 * A "keep screen awake" switch: requests a screen wake lock when wanted, and requests it again
 * each time the page becomes visible (browsers release it when the page is hidden).
 * Must be called inside a Solid owner.
 */
export function createWakeLock(
  api: WakeLockApi | undefined = (navigator as Navigator & { wakeLock?: WakeLockApi }).wakeLock,
): WakeLockControl {
  const [wanted, setWantedSignal] = createSignal(false);
  const [held, setHeld] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  let sentinel: Sentinel | null = null;

  const acquire = async () => {
    if (!api || (sentinel && !sentinel.released)) return;
    try {
      const s = await api.request('screen');
      sentinel = s;
      setHeld(true);
      setError(null);
      s.addEventListener('release', () => {
        if (sentinel === s) setHeld(false);
      });
    } catch {
      setHeld(false);
      setError(phone.t('wakeRefused'));
    }
  };
  const release = async () => {
    const s = sentinel;
    sentinel = null;
    setHeld(false);
    if (s && !s.released) await s.release().catch(() => undefined);
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible' && wanted()) void acquire();
  };
  document.addEventListener('visibilitychange', onVisible);
  onCleanup(() => {
    document.removeEventListener('visibilitychange', onVisible);
    void release();
  });

  return {
    supported: api !== undefined,
    wanted,
    held,
    error,
    async setWanted(on: boolean) {
      setWantedSignal(on);
      if (on) await acquire();
      else await release();
    },
  };
}
