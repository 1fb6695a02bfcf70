/**
 * Why a save was refused because another writer got there first (several processes on one
 * database, issue 21). Neither wrote anything: the transaction rolled back.
 */

/** The event changed since this process read it (its `version` moved on): reload and apply again. */
export class StaleStateError extends Error {
  constructor(readonly eventId: string) {
    super(`event ${eventId} changed since it was read (another process committed first)`);
    this.name = 'StaleStateError';
  }
}

/** A clock write carried a fencing token older than the event's: its writer lost the clock lease. */
export class FencedError extends Error {
  constructor(
    readonly eventId: string,
    readonly token: number,
  ) {
    super(`event ${eventId}: a clock write with fencing token ${token} was refused (a newer owner holds the clock)`);
    this.name = 'FencedError';
  }
}
