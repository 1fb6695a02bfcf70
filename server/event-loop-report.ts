import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface EventLoopReport {
  /** Print the delays since the start or the previous report, labelled `window`, and start afresh. */
  report(window: string): void;
  /**
   * Print how long synchronous startup work took (e.g. recovering running events). The
   * histogram cannot see it: its first sample is taken only once the loop turns.
   */
  blocked(what: string, ms: number): void;
  dispose(): void;
}

/**
 * Opt-in diagnostics (TABLEHOP_REPORT_EVENT_LOOP=1, used by `npm run bench:fanout`): measure
 * how late the event loop runs with `perf_hooks.monitorEventLoopDelay`, and print one line
 * `Tablehop event loop delay {"window":…,"sinceMs":…,"maxMs":…,…}` (milliseconds) on SIGUSR2,
 * and `Tablehop event loop blocked {"what":…,"ms":…}` when main reports startup work. Off by default.
 */
export function startEventLoopReport(print: (line: string) => void = console.log): EventLoopReport {
  // The histogram records the interval between timer ticks: a block of b ms shows as b to b + 2 ms.
  const histogram = monitorEventLoopDelay({ resolution: 2 });
  let since = Date.now();
  histogram.enable();
  const report = (window: string) => {
    const ms = (ns: number) => Math.round(ns / 1e4) / 100;
    const count = histogram.count;
    print(
      `Tablehop event loop delay ${JSON.stringify({
        window,
        sinceMs: Date.now() - since,
        count,
        meanMs: count ? ms(histogram.mean) : 0,
        p50Ms: count ? ms(histogram.percentile(50)) : 0,
        p99Ms: count ? ms(histogram.percentile(99)) : 0,
        maxMs: count ? ms(histogram.max) : 0,
      })}`,
    );
    histogram.reset();
    since = Date.now();
  };
  const onSignal = () => report('until SIGUSR2');
  process.on('SIGUSR2', onSignal);
  return {
    report,
    blocked: (what, ms) =>
      print(`Tablehop event loop blocked ${JSON.stringify({ what, ms: Math.round(ms * 100) / 100 })}`),
    dispose() {
      process.off('SIGUSR2', onSignal);
      histogram.disable();
    },
  };
}
