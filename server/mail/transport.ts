import nodemailer from 'nodemailer';

/** One mail as the queue hands it to a transport. */
export interface OutgoingMail {
  from: string;
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  attachments: { cid: string; filename: string; content: Buffer; contentType: string }[];
}

/** Where mails go: resolves once the server accepted the mail, rejects with a MailSendError. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** A mail not accepted, with the SMTP server's reply (or what went wrong on the way to it). */
export class MailSendError extends Error {
  constructor(
    message: string,
    /** The SMTP reply code, when the server answered. */
    readonly responseCode?: number,
  ) {
    super(message);
    this.name = 'MailSendError';
  }
}

/** How long the SMTP client waits; tests make them short. */
export interface SmtpTimeouts {
  connectionMs: number;
  greetingMs: number;
  socketMs: number;
}

export const DEFAULT_SMTP_TIMEOUTS: SmtpTimeouts = { connectionMs: 30_000, greetingMs: 30_000, socketMs: 60_000 };

/** A failure's reason on one line, as the organizer reads it in the send log. */
function reasonOf(err: unknown): string {
  const e = err as { response?: unknown; message?: unknown; code?: unknown };
  const text =
    typeof e.response === 'string' && e.response !== ''
      ? e.response
      : typeof e.message === 'string' && e.message !== ''
        ? e.message
        : String(err);
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 500 ? `${line.slice(0, 499)}…` : line;
}

/** The URL without its user and password (for the start-up line and errors). */
export function describeSmtpUrl(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}`;
}

/**
 * An SMTP transport from a URL (`smtps://user:pass@host:465`, `smtp://host:25`; nodemailer reads
 * the query too, e.g. `?tls.rejectUnauthorized=false`). One connection per mail (the rate cap
 * keeps them few), so nothing stays open between mails.
 */
export function smtpTransport(url: string, timeouts: Partial<SmtpTimeouts> = {}): MailTransport {
  const t = { ...DEFAULT_SMTP_TIMEOUTS, ...timeouts };
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: t.connectionMs,
    greetingTimeout: t.greetingMs,
    socketTimeout: t.socketMs,
  });
  return {
    async send(mail) {
      let info: { accepted?: unknown[]; rejected?: unknown[]; response?: string };
      try {
        info = await transport.sendMail({
          from: mail.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          attachments: mail.attachments,
        });
      } catch (err) {
        const code = (err as { responseCode?: unknown }).responseCode;
        throw new MailSendError(reasonOf(err), typeof code === 'number' ? code : undefined);
      }
      // One recipient: accepted, or nodemailer already threw. Say so should that ever change.
      if ((info.rejected?.length ?? 0) > 0 || (info.accepted?.length ?? 0) === 0)
        throw new MailSendError(`the server did not accept the recipient: ${info.response ?? ''}`.trim());
    },
    close: () => transport.close(),
  };
}
