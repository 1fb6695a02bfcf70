import { createSignal, on, createEffect, onCleanup, type Accessor } from 'solid-js';
import { msToNextServerSecond } from './clock-offset';

/**
 * The server's time as a signal that updates on the server's whole-second boundaries, so all
 * screens in the room flip their digits together. Uses setTimeout aimed at the next boundary
 * (recomputed each time from the wall clock), never a counter; a new offset re-aims it at once.
 */
export function createServerNow(offsetMs: Accessor<number>): Accessor<number> {
  const [now, setNow] = createSignal(Date.now() + offsetMs());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    clearTimeout(timer);
    const serverNow = Date.now() + offsetMs();
    setNow(serverNow);
    // Aim a few ms past the boundary so rounding lands on the new second.
    timer = setTimeout(tick, msToNextServerSecond(serverNow) + 5);
  };
  tick();
  createEffect(on(offsetMs, tick, { defer: true }));
  // Background tabs get their timers throttled (up to a minute): catch up as soon as visible.
  const onVisible = () => {
    if (document.visibilityState === 'visible') tick();
  };
  document.addEventListener('visibilitychange', onVisible);
  onCleanup(() => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisible);
  });
  return now;
}
