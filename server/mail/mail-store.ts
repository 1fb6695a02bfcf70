import type { MailEntry, MailSendAnswer } from '../../shared/mail/mail-schemas';
import type { SqlDriver } from '../store/sql';

/** A mail waiting in the queue, with what sending it needs. */
export interface QueuedMail {
  eventId: string;
  personId: string;
  address: string;
  /** Identifies this queuing: a row queued again since is another mail, which a late outcome must not touch. */
  queuedAt: number;
  attempts: number;
  nextAt: number;
  /** The personal link, made when the mail was queued from the link base of that request. */
  link: string;
  timeZone: string;
}

/** Mails a send request queues, and what it answers. */
export interface Enqueue {
  rows: { personId: string; address: string; link: string }[];
  answer: MailSendAnswer;
}

/** The answer a send request got, and the request it was for. */
export interface StoredRequest {
  request: string;
  answer: MailSendAnswer;
}

/** How long an idempotency key is remembered. */
export const REQUEST_MEMORY_MS = 24 * 60 * 60 * 1000;

interface Row {
  event_id: string;
  person_id: string;
  status: MailEntry['status'];
  address: string;
  queued_at: number;
  attempts: number;
  next_at: number | null;
  sent_at: number | null;
  failed_at: number | null;
  error: string | null;
  link: string | null;
  time_zone: string;
}

const entryOf = (r: Row): MailEntry => ({
  personId: r.person_id,
  status: r.status,
  address: r.address,
  queuedAt: r.queued_at,
  attempts: r.attempts,
  nextAttemptAt: r.next_at,
  sentAt: r.sent_at,
  failedAt: r.failed_at,
  error: r.error,
});

const SQL = {
  entries: 'SELECT * FROM mail WHERE event_id = ?',
  request: 'SELECT request, answer FROM mail_requests WHERE event_id = ? AND key = ?',
  putRequest: 'INSERT INTO mail_requests (event_id, key, at, request, answer) VALUES (?, ?, ?, ?, ?)',
  pruneRequests: 'DELETE FROM mail_requests WHERE at < ?',
  // PostgreSQL: one send request of an event at a time (a second with the same key waits, then
  // finds the first one's answer). SQLite's write lock already makes them take turns.
  lockEvent: 'SELECT id FROM events WHERE id = ? FOR UPDATE',
  queue: `INSERT INTO mail (event_id, person_id, status, address, queued_at, attempts, next_at, link, time_zone)
    VALUES (?, ?, 'queued', ?, ?, 0, ?, ?, ?)
    ON CONFLICT (event_id, person_id) DO UPDATE SET
      status = 'queued', address = excluded.address, queued_at = excluded.queued_at, attempts = 0,
      next_at = excluded.next_at, failed_at = NULL, error = NULL, link = excluded.link,
      time_zone = excluded.time_zone`,
  due: "SELECT * FROM mail WHERE status = 'queued' ORDER BY next_at, queued_at LIMIT 1",
  // A claim as well as a count: only the process that read this try's count takes it (several
  // processes on one database), and the mail is not due again until the claim runs out.
  tried: `UPDATE mail SET attempts = attempts + 1, next_at = ?
    WHERE event_id = ? AND person_id = ? AND status = 'queued' AND queued_at = ? AND attempts = ?`,
  sent: `UPDATE mail SET status = 'sent', sent_at = ?, next_at = NULL, error = NULL, link = NULL
    WHERE event_id = ? AND person_id = ? AND status = 'queued' AND queued_at = ?`,
  retry: `UPDATE mail SET next_at = ?, error = ?
    WHERE event_id = ? AND person_id = ? AND status = 'queued' AND queued_at = ?`,
  failed: `UPDATE mail SET status = 'failed', failed_at = ?, next_at = NULL, error = ?, link = NULL
    WHERE event_id = ? AND person_id = ? AND status = 'queued' AND queued_at = ?`,
} as const;

/**
 * The mail queue and send log in the event store's database (tables of migration 6). A send does
 * not go through the event service's dispatch: a mail's status is no rule of the event (nothing
 * in EventState, no view but the organizer's mail log depends on it), it changes with every SMTP
 * answer, and a queued row holds the person's link, which must never enter EventState (every
 * view is made from it). Instead each change is one transaction of its own here: a send
 * request's rows and its idempotency answer together, before the request is answered; each
 * try's outcome after it. Rows go with their person or event (foreign keys), and `link` is
 * cleared once a mail is sent or given up (SQLite's secure_delete zeroes it), so the database
 * holds a person's link only while a mail to them waits.
 */
export function createMailStore(db: SqlDriver) {
  const entries = async (eventId: string) => (await db.all<Row>(SQL.entries, [eventId])).map(entryOf);
  const key = (m: QueuedMail) => [m.eventId, m.personId, m.queuedAt];

  return {
    /** Each person's latest mail of the event. */
    entries,

    /**
     * One send request, in one transaction: the answer stored for its idempotency key if there
     * is one (nothing queued again), else `decide` from the current log, its rows queued and its
     * answer stored under the key.
     */
    enqueue: (
      eventId: string,
      idempotencyKey: string,
      request: string,
      now: number,
      timeZone: string,
      decide: (log: Map<string, MailEntry>) => Enqueue,
    ): Promise<{ replayed: StoredRequest | null; answer: MailSendAnswer }> =>
      db.transaction(async (tx) => {
        if (db.dialect === 'postgres') await tx.get(SQL.lockEvent, [eventId]);
        const known = await tx.get<{ request: string; answer: string }>(SQL.request, [eventId, idempotencyKey]);
        if (known) {
          const stored = { request: known.request, answer: JSON.parse(known.answer) as MailSendAnswer };
          return { replayed: stored, answer: stored.answer };
        }
        const log = (await tx.all<Row>(SQL.entries, [eventId])).map(entryOf);
        const { rows, answer } = decide(new Map(log.map((e) => [e.personId, e])));
        for (const r of rows) await tx.run(SQL.queue, [eventId, r.personId, r.address, now, now, r.link, timeZone]);
        await tx.run(SQL.pruneRequests, [now - REQUEST_MEMORY_MS]);
        await tx.run(SQL.putRequest, [eventId, idempotencyKey, now, request, JSON.stringify(answer)]);
        return { replayed: null, answer };
      }),

    /** The queued mail due first (any event), or null when the queue is empty. */
    async nextDue(): Promise<QueuedMail | null> {
      const r = await db.get<Row>(SQL.due);
      if (!r) return null;
      return {
        eventId: r.event_id,
        personId: r.person_id,
        address: r.address,
        queuedAt: r.queued_at,
        attempts: r.attempts,
        nextAt: r.next_at ?? r.queued_at,
        link: r.link ?? '',
        timeZone: r.time_zone,
      };
    },
    /**
     * A try begins (counted before it, so a mail that crashes the server each time still runs out
     * of tries), claimed until `claimUntil`: false when another process took this try first.
     */
    tried: async (m: QueuedMail, claimUntil: number) =>
      (await db.run(SQL.tried, [claimUntil, ...key(m), m.attempts])) > 0,
    /** The SMTP server accepted it. */
    sent: async (m: QueuedMail, at: number) => void (await db.run(SQL.sent, [at, ...key(m)])),
    /** It failed; try again at `nextAt`. */
    retry: async (m: QueuedMail, nextAt: number, error: string) =>
      void (await db.run(SQL.retry, [nextAt, error, ...key(m)])),
    /** It failed for good. */
    failed: async (m: QueuedMail, at: number, error: string) => void (await db.run(SQL.failed, [at, error, ...key(m)])),
  };
}

export type MailStore = ReturnType<typeof createMailStore>;
