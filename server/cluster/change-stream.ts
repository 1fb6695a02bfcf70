import type { Redis } from 'ioredis';
import type { Logger } from '../log';

/** The Redis stream every process appends its commits to and reads the others' from. */
export const CHANGE_STREAM = 'tablehop:changes';

/** Entries kept (approximately): far more than the commits of the longest Redis outage a reader rides out. */
const MAX_ENTRIES = 10_000;

/** How long one read waits for new entries before it asks again (and notices a close). */
const BLOCK_MS = 1000;

export interface ChangeStream {
  /** Append one commit's announcement (JSON); a failure is logged, never thrown (the commit stands). */
  append(message: unknown): void;
  close(): void;
}

/**
 * The processes' announcements of their commits, as a Redis stream rather than pub/sub: a reader
 * that lost its connection (a Redis restart, a network blip) reads on from the last entry it saw,
 * so it misses nothing that was appended meanwhile (while the stream still holds it). Entries from
 * this process are skipped by their `from`. Reads run on a connection of their own, since a
 * blocking XREAD holds its connection.
 */
export function createChangeStream(
  redis: Redis,
  processId: string,
  onMessage: (message: unknown) => void,
  log: Logger,
): ChangeStream {
  const reader = redis.duplicate();
  let closed = false;
  let last = '$';

  async function readOnce(): Promise<void> {
    const answer = (await reader.xread('COUNT', 500, 'BLOCK', BLOCK_MS, 'STREAMS', CHANGE_STREAM, last)) as
      | [string, [string, string[]][]][]
      | null;
    for (const [, entries] of answer ?? []) {
      for (const [id, fields] of entries) {
        last = id;
        const from = fields[fields.indexOf('from') + 1];
        const data = fields[fields.indexOf('data') + 1];
        if (from === processId || data === undefined) continue;
        try {
          onMessage(JSON.parse(data));
        } catch (err) {
          log.warn(`cluster: a change announcement could not be read (${String(err)})`);
        }
      }
    }
  }

  void (async () => {
    // The first read starts at the stream's end ('$'); pin it to a real id so a reconnect reads on.
    try {
      const tip = (await reader.xrevrange(CHANGE_STREAM, '+', '-', 'COUNT', 1)) as [string, string[]][];
      if (tip[0]) last = tip[0][0];
      else last = '0-0';
    } catch {
      // Redis not answering yet: start from the end once it does.
    }
    while (!closed) {
      try {
        await readOnce();
      } catch (err) {
        if (closed) break;
        log.warn(`cluster: reading the change stream failed (${err instanceof Error ? err.message : String(err)})`);
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  })();

  return {
    append(message) {
      redis
        .xadd(CHANGE_STREAM, 'MAXLEN', '~', MAX_ENTRIES, '*', 'from', processId, 'data', JSON.stringify(message))
        .catch((err: unknown) =>
          log.warn(`cluster: a change could not be announced (${err instanceof Error ? err.message : String(err)})`),
        );
    },
    close() {
      closed = true;
      reader.disconnect();
    },
  };
}
