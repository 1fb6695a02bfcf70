import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';

/** Whether any element matching `selector` inside `root` is cut off (its content taller than its box). */
export function overflowing(root: ParentNode, selector: string): boolean {
  return [...root.querySelectorAll<HTMLElement>(selector)].some(
    (el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1,
  );
}

/**
 * Make printed content fit its boxes: starting from level 0 each time `watch` changes (the
 * event, the paper), step the level up (smaller type, fewer per page; each printable decides
 * what a level means) while something is still cut off, up to `max`. Measured after the
 * fonts load and the DOM updates, one level at a time (each write re-renders synchronously).
 * `fitted` turns true once done (tests and the Print button wait for it).
 */
export function createFit(opts: {
  root: () => HTMLElement | undefined;
  selector: string;
  max: number;
  watch: () => unknown;
}): { level: Accessor<number>; fitted: Accessor<boolean> } {
  const [level, setLevel] = createSignal(0);
  const [fitted, setFitted] = createSignal(false);
  let alive = true;
  onCleanup(() => (alive = false));
  const fit = () => {
    const root = opts.root();
    if (!alive || !root) return;
    let l = 0;
    setLevel(0);
    while (l < opts.max && overflowing(root, opts.selector)) setLevel(++l);
    setFitted(true);
  };
  createEffect(
    on(opts.watch, () => {
      setFitted(false);
      // Outside the effect, so each level renders at once; after the fonts, so sizes are final.
      void document.fonts.ready.then(() => setTimeout(fit, 0));
    }),
  );
  return { level, fitted };
}
