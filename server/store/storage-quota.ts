import { RequestError } from '../errors';

const MiB = 1024 * 1024;

/** The most stored JSON one event may take (settings, clock, schedule, people, feedback, clock history). */
// Room for the largest event the planner takes (2,000 mentors × 5,000 mentees over 120 rounds is
// about 17 MiB); the hourly creation quotas and the free-disk floor bound what many of them add up to.
export const MAX_EVENT_BYTES = 64 * MiB;

/**
 * How far clock commands may take a full event beyond its cap: an organizer whose event is
 * at the cap can still pause, resume and extend (each adds one small row of clock history),
 * and phase boundaries (which add none) are never refused, so a running event never stops.
 */
export const CLOCK_HEADROOM_BYTES = 1 * MiB;

const mib = (bytes: number) => `${(bytes / MiB).toFixed(bytes < 10 * MiB ? 1 : 0)} MiB`;

/**
 * A save refused because the event would outgrow its storage cap; thrown by the store before
 * it writes anything. A RequestError with code `payload_too_large`, so the HTTP error handler
 * answers 413 and a socket ack says `payload_too_large`, with this message.
 */
export class StorageQuotaError extends RequestError {
  readonly reason = 'event_storage_full';

  constructor(
    readonly bytes: number,
    readonly maxBytes: number,
  ) {
    super(
      'payload_too_large',
      `this event would take ${mib(bytes)} of storage, over this server's limit of ${mib(maxBytes)} per event; ` +
        'nothing was changed (remove people, questions or bios it does not need)',
    );
    this.name = 'StorageQuotaError';
  }
}

/** The stored size of one event, part by part, in UTF-8 bytes. */
export interface Footprint {
  settings: number;
  clock: number;
  schedule: number;
  seed: number;
  log: number;
  people: Map<string, number>;
  /** Each person's feedback row (their sharing choice and what they gave), by person id. */
  feedback: Map<string, number>;
  /** Each self sign-up's row, by its id. */
  registrations: Map<string, number>;
  roundStarts: number;
  planRules: number;
  total: number;
}

export const emptyFootprint = (): Footprint => ({
  settings: 0,
  clock: 0,
  schedule: 0,
  seed: 0,
  log: 0,
  people: new Map(),
  feedback: new Map(),
  registrations: new Map(),
  roundStarts: 0,
  planRules: 0,
  total: 0,
});

/** Bytes of a stored text. */
export const bytesOf = (text: string | null): number => (text === null ? 0 : Buffer.byteLength(text, 'utf8'));
