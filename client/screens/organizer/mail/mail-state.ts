import { createEffect, createMemo, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { MailEntry, MailLog, MailSendAnswer, MailTarget } from '../../../../shared/mail/mail-schemas';
import { ApiError } from '../../../live/api';
import { consoleTimeZone, newIdempotencyKey, type MailApi } from './mail-api';

/** The send log as the Run and People tabs share it, and the send action. */
export interface MailState {
  log: Accessor<MailLog | null>;
  /** Why the log could not be read, if it could not. */
  loadError: Accessor<string | null>;
  /** A person's latest mail, if any. */
  entry(personId: string): MailEntry | undefined;
  /** Queue mails: a new idempotency key per call (one click), then the log is read again. */
  send(to: MailTarget): Promise<MailSendAnswer>;
  /** The mail-merge CSV, saved as a file. */
  downloadMerge(): Promise<string>;
  /** The time zone the mails' times are written in: the event's when it has one, else this browser's. */
  readonly timeZone: string;
}

/** How often the log is read again while mails wait in the queue (and only then). */
export const MAIL_POLL_MS = 2000;

/**
 * The mail log of the console: read when a tab that shows it is open, and again every
 * MAIL_POLL_MS while some mail is still queued (the server sends in the background and pushes
 * nothing about it); no reading at all while nothing is on the way. Must run inside a Solid
 * owner; its timer stops with it.
 */
export function createMailState(
  api: MailApi,
  active: Accessor<boolean>,
  eventTimeZone: Accessor<string | undefined> = () => undefined,
): MailState {
  const [log, setLog] = createSignal<MailLog | null>(null);
  const [loadError, setLoadError] = createSignal<string | null>(null);
  const browserZone = consoleTimeZone();
  const timeZone = () => eventTimeZone() ?? browserZone;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let alive = true;
  onCleanup(() => {
    alive = false;
    clearTimeout(timer);
  });

  const byPerson = createMemo(() => new Map((log()?.people ?? []).map((e) => [e.personId, e])));
  const waiting = () => (log()?.people ?? []).some((e) => e.status === 'queued');

  async function refresh(): Promise<void> {
    clearTimeout(timer);
    try {
      const next = await api.log();
      if (!alive) return;
      setLog(next);
      setLoadError(null);
    } catch (err) {
      if (!alive) return;
      setLoadError(err instanceof ApiError ? err.message : String(err));
    }
    if (alive && active() && waiting()) timer = setTimeout(() => void refresh(), MAIL_POLL_MS);
  }

  createEffect(
    on(active, (on) => {
      if (on) void refresh();
      else clearTimeout(timer);
    }),
  );

  return {
    log,
    loadError,
    entry: (id) => byPerson().get(id),
    async send(to) {
      try {
        return await api.send(to, newIdempotencyKey(), timeZone());
      } finally {
        void refresh();
      }
    },
    downloadMerge: () => api.downloadMerge(timeZone()),
    get timeZone() {
      return timeZone();
    },
  };
}
