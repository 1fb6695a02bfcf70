/** Messages between the fan-out bench (main.ts) and its phones process (phones.ts), over IPC. */

export type ToPhones =
  /**
   * `timeSamples`: clock samples per connect (the client takes 8). Optional (bench:cluster):
   * `realUrls` puts phone i on realUrls[i % length] instead of realUrl; `only` holds phones on
   * one server alone; `bareRooms[i]` is the bare room phone i joins (default: the one room);
   * `bareUrls` puts bare phone i on bareUrls[i % length] (a bare cluster).
   */
  | {
      type: 'connect';
      realUrl: string;
      tokens: string[];
      bareUrl: string;
      batch: number;
      timeSamples: number;
      realUrls?: string[];
      only?: 'real' | 'bare';
      bareRooms?: string[];
      bareUrls?: string[];
    }
  | {
      type: 'trial';
      target: 'real';
      url: string;
      eventId: string;
      key: string;
      expectedPhase: number;
      afterVersion: number;
      timeoutMs: number;
      /** Only phones from ≤ i < to are waited for (the phones of this event); default: all. */
      phones?: PhoneRange;
    }
  | {
      type: 'trial';
      target: 'bare';
      url: string;
      payload: Record<string, unknown>;
      timeoutMs: number;
      /** The bare room to emit to (`connect`'s bareRooms) and the phones in it; default: the one room, all. */
      room?: string;
      phones?: PhoneRange;
    }
  /**
   * Watch a restart: Tablehop phones count as back on a snapshot with the `expected` clock,
   * bare ones on reconnecting.
   */
  | {
      type: 'storm-arm';
      target: 'real' | 'bare';
      expected: { version: number; phaseIndex: number } | null;
      timeoutMs: number;
      /** Per phone, the clock it must come back with (several events); overrides `expected`. */
      expectedEach?: { version: number; phaseIndex: number }[];
    }
  | { type: 'close' };

/** Phones from ≤ i < to. */
export interface PhoneRange {
  from: number;
  to: number;
}

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
