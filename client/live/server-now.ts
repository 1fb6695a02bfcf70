import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { msToNextServerSecond } from './clock-offset';

/**
 * The server's time as a signal that updates on the server's whole-second boundaries, so all
 * screens in the room flip their digits together. Uses setTimeout aimed at the next boundary
 * (recomputed each time from the wall clock), never a counter.
 */
export function createServerNow(offsetMs: Accessor<number>): Accessor<number> {
  const [now, setNow] = createSignal(Date.now() + offsetMs());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    const serverNow = Date.now() + offsetMs();
    setNow(serverNow);
    // Aim a few ms past the boundary so rounding lands on the new second.
    timer = setTimeout(tick, msToNextServerSecond(serverNow) + 5);
  };
  tick();
  onCleanup(() => clearTimeout(timer));
  return now;
}
