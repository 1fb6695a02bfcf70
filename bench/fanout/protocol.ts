/** Messages between the fan-out bench (main.ts) and its phones process (phones.ts), over IPC. */

export type ToPhones =
  /** `timeSamples`: clock samples per connect (the client takes 8). */
  | { type: 'connect'; realUrl: string; tokens: string[]; bareUrl: string; batch: number; timeSamples: number }
  | {
      type: 'trial';
      target: 'real';
      url: string;
      eventId: string;
      key: string;
      expectedPhase: number;
      afterVersion: number;
      timeoutMs: number;
    }
  | { type: 'trial'; target: 'bare'; url: string; payload: Record<string, unknown>; timeoutMs: number }
  /**
   * Watch a restart: Tablehop phones count as back on a snapshot with the `expected` clock,
   * bare ones on reconnecting.
   */
  | {
      type: 'storm-arm';
      target: 'real' | 'bare';
      expected: { version: number; phaseIndex: number } | null;
      timeoutMs: number;
    }
  | { type: 'close' };

export interface StormResult {
  /** Epoch ms (Date.now) of the first phone noticing the server went away. */
  firstDownAt: number;
  /** Epoch ms each phone was back: its snapshot with the expected clock, or (bare) reconnected. NaN: never. */
  resyncedAt: number[];
  /** connect_error answers carrying a server code (a refusal), by code. */
  refusals: Record<string, number>;
  /** connect_errors without a server code (the server was down): expected, not counted. */
  transportErrors: number;
  /** Snapshots whose clock was not the expected one. */
  wrongClock: number;
  /** `time` requests answered with an error (ok: false) while the storm was watched. */
  failedAcks: number;
  /** Disconnects the server initiated after the restart. */
  serverDisconnects: number;
  /** Why connection attempts failed without a server answer (message → count). */
  transportErrorKinds: Record<string, number>;
  /** The phones process itself while watching: CPU ms used and its event-loop delay max (ms). */
  phonesCpuMs: number;
  phonesLoopMaxMs: number;
}

export type FromPhones =
  | { type: 'connected'; ms: number; refusals: number }
  | {
      type: 'trial-done';
      target: 'real' | 'bare';
      latencies: number[];
      ackMs: number;
      status: number;
      answer: unknown;
      sample: unknown;
    }
  | { type: 'storm-armed' }
  | ({ type: 'storm-done' } & StormResult)
  | { type: 'error'; message: string };
