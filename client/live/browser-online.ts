import { createSignal, onCleanup, type Accessor } from 'solid-js';

/**
 * Whether the browser says it has a network at all (`navigator.onLine` and its events). A
 * socket can drop while HTTP still works (the console then sends clock commands over HTTP);
 * with no network nothing reaches the server, and the console says so. Inside a Solid owner.
 */
export function createBrowserOnline(): Accessor<boolean> {
  const [online, setOnline] = createSignal(typeof navigator === 'undefined' ? true : navigator.onLine !== false);
  const up = () => setOnline(true);
  const down = () => setOnline(false);
  window.addEventListener('online', up);
  window.addEventListener('offline', down);
  onCleanup(() => {
    window.removeEventListener('online', up);
    window.removeEventListener('offline', down);
  });
  return online;
}
