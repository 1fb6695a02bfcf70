import {
  mailLogSchema,
  mailSendAnswerSchema,
  type MailLog,
  type MailSendAnswer,
  type MailTarget,
} from '../../../../shared/mail/mail-schemas';
import { api } from '../../../live/api';
import { downloadWithKey } from '../print/download';

/** The console's mail calls (docs/api.md, "Personal links by e-mail"), with the organizer key. Throw ApiError. */
export interface MailApi {
  /** `GET …/mail`: whether e-mail is set up, and each person's latest mail. */
  log(): Promise<MailLog>;
  /** `POST …/mail/links` → 202: queued, and who was skipped and why (409 without SMTP). */
  send(to: MailTarget, idempotencyKey: string, timeZone: string): Promise<MailSendAnswer>;
  /** `GET …/mail/merge.csv`, saved from a blob; resolves to the file's name. */
  downloadMerge(timeZone: string): Promise<string>;
}

/** The mail API of one event as its organizer. */
export function mailApi(eventId: string, key: string): MailApi {
  const id = encodeURIComponent(eventId);
  const base = `/api/events/${id}/mail`;
  return {
    log: () => api(base, mailLogSchema, { secret: key }),
    send: (to, idempotencyKey, timeZone) =>
      api(`${base}/links`, mailSendAnswerSchema, {
        method: 'POST',
        body: { to, idempotencyKey, timeZone },
        secret: key,
      }),
    downloadMerge: (timeZone) =>
      downloadWithKey(`${base}/merge.csv?timeZone=${encodeURIComponent(timeZone)}`, key, `mail-merge-${id}.csv`),
  };
}

/** This browser's time zone: the mails' times are written in it (the organizer is where the event is). */
export function consoleTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** A fresh idempotency key: one per click of a send button. */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `click-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
