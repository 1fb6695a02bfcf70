import { DEFAULT_RETRY_DELAYS_MS, nextAttemptAt, rateWait } from '../../shared/mail/backoff';
import type { Timers } from '../clock-runner';
import type { Logger } from '../log';
import type { MailStore, QueuedMail } from './mail-store';
import { MailSendError, type MailTransport, type OutgoingMail } from './transport';

export interface MailQueueDeps {
  store: MailStore;
  transport: MailTransport;
  /** The mail of a queued row, or why it can no longer be sent (its person lost their address). */
  compose: (m: QueuedMail) => Promise<OutgoingMail | { fail: string }>;
  now: () => number;
  /** Default: Node's, unref'd (a waiting mail never keeps the process alive). */
  timers?: Timers;
  /** The waits before each retry (default 30 s, 2 min, 10 min). */
  retryDelaysMs?: readonly number[];
  /** At most this many tries begin in any minute. */
  perMinute: number;
  log: Logger;
  /** How long closing waits for a mail being sent to be answered (default 3 s, within main's 5 s to stop). */
  closeGraceMs?: number;
}

export interface MailQueue {
  /** Something was queued (or the server started): send what is due, aim the timer at the rest. */
  wake(): void;
  /** Stop: no new try begins; a try under way is waited for (up to the grace) and recorded. */
  close(): Promise<void>;
}

const unrefTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms).unref(),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** The longest single wait; a longer one is aimed again on waking. */
const MAX_WAIT_MS = 60 * 60 * 1000;

/** How soon the queue tries again after its store failed. */
const STORE_RETRY_MS = 5000;

/**
 * How long a try, once claimed, keeps the mail from being due again (several processes share the
 * queue): longer than an SMTP exchange can take (transport.ts: 30 s to connect, 30 s for the
 * greeting, 60 s of socket silence). If the process dies mid-try, the mail is tried after it.
 */
const SEND_CLAIM_MS = 3 * 60 * 1000;

/**
 * The queue runner: one mail at a time, in the order they are due; one timer, aimed at the
 * next due mail or at the end of the rate window, like the clock runner's (no polling). The
 * queue lives in the event store's database, so a restart picks up where it stopped (`wake()` at start). A mail
 * counts as sent only once the SMTP server accepted it; a try that was under way when the
 * process died is made again, so a crash at that moment can send one mail twice.
 */
export function createMailQueue(deps: MailQueueDeps): MailQueue {
  const { store, now, log } = deps;
  const timers = deps.timers ?? unrefTimers;
  const delays = deps.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const recent: number[] = [];
  let timer: unknown = null;
  let busy: Promise<void> | null = null;
  let closing = false;
  let closed = false;

  const disarm = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };

  function aim(at: number): void {
    disarm();
    timer = timers.setTimeout(
      () => {
        timer = null;
        pump();
      },
      Math.min(MAX_WAIT_MS, Math.max(0, at - now())),
    );
  }

  async function attempt(m: QueuedMail): Promise<void> {
    // Queued again, removed, or taken by another process meanwhile: not this turn's to send.
    if (!(await store.tried(m, now() + SEND_CLAIM_MS))) return;
    const tries = m.attempts + 1;
    recent.push(now());
    while (recent.length > deps.perMinute) recent.shift();
    let mail: OutgoingMail | { fail: string };
    try {
      mail = await deps.compose(m);
    } catch (err) {
      log.error(`a mail of event ${m.eventId} could not be made`, err);
      mail = { fail: 'the mail could not be made (a server error)' };
    }
    if (closed) return;
    if ('fail' in mail) return store.failed(m, now(), mail.fail);
    try {
      await deps.transport.send(mail);
      if (!closed) await store.sent(m, now());
    } catch (err) {
      if (closed) return;
      const reason = err instanceof Error ? err.message : String(err);
      const code = err instanceof MailSendError ? err.responseCode : undefined;
      const next = nextAttemptAt(tries, now(), { responseCode: code }, delays);
      if (next === null) {
        log.warn(`a mail of event ${m.eventId} failed after ${tries} tries: ${reason}`);
        await store.failed(m, now(), reason);
      } else await store.retry(m, next, reason);
    }
  }

  /** One turn: send the mail due now, if any; else aim the timer. True when another may be due. */
  async function step(): Promise<boolean> {
    const m = await store.nextDue();
    if (!m) {
      disarm();
      return false;
    }
    const t = now();
    const at = Math.max(m.nextAt, t + rateWait(recent, t, deps.perMinute));
    if (at > t) {
      aim(at);
      return false;
    }
    disarm();
    await attempt(m);
    return true;
  }

  // A wake while a turn runs may bring a mail that turn's read of the queue missed: look again.
  let woken = false;

  function pump(): void {
    if (closing) return;
    if (busy) {
      woken = true;
      return;
    }
    woken = false;
    busy = step().then(
      (more) => {
        busy = null;
        if (more || woken) pump();
      },
      (err: unknown) => {
        // The store failed (a full disk?): not again at once, or the loop would spin.
        busy = null;
        log.error('the mail queue failed; trying again shortly', err);
        if (!closing) aim(now() + STORE_RETRY_MS);
      },
    );
  }

  return {
    wake: pump,
    async close() {
      closing = true;
      disarm();
      if (busy) {
        let grace: unknown = null;
        await Promise.race([
          busy,
          new Promise<void>((done) => {
            grace = timers.setTimeout(done, deps.closeGraceMs ?? 3000);
          }),
        ]);
        if (grace !== null) timers.clearTimeout(grace);
      }
      closed = true;
    },
  };
}
