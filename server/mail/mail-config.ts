import { DEFAULT_MAILS_PER_MINUTE } from './mailer';

/** E-mail settings from the environment; null when TABLEHOP_SMTP_URL is not set. */
export interface MailConfig {
  /** TABLEHOP_SMTP_URL: `smtps://user:pass@host:465` or `smtp://host:25` (never logged whole). */
  smtpUrl: string;
  /** TABLEHOP_MAIL_FROM: the sender, `Name <address>` or an address. */
  from: string;
  /** TABLEHOP_MAIL_PER_MINUTE: at most this many mails begin in any minute. */
  perMinute: number;
}

const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+$/;
const NAMED = /^[^<>\r\n]*<[^\s@<>,;"]+@[^\s@<>,;"]+>$/;

/** Read TABLEHOP_SMTP_URL, TABLEHOP_MAIL_FROM and TABLEHOP_MAIL_PER_MINUTE; throws a readable Error. */
export function mailConfigFromEnv(env: NodeJS.ProcessEnv): MailConfig | null {
  const raw = env.TABLEHOP_SMTP_URL?.trim() ?? '';
  if (raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('TABLEHOP_SMTP_URL must be a URL such as smtps://user:password@smtp.example.org:465');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new Error(`TABLEHOP_SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//`);
  if (url.hostname === '') throw new Error('TABLEHOP_SMTP_URL names no host');
  // Without a sender, the SMTP user name serves when it is an address (smtps://me%40example.org:…@…).
  const user = decodeURIComponent(url.username);
  const from = env.TABLEHOP_MAIL_FROM?.trim() || (ADDRESS.test(user) ? user : '');
  if (from === '')
    throw new Error(
      'TABLEHOP_MAIL_FROM must be set with TABLEHOP_SMTP_URL: the sender, e.g. "Tablehop <events@example.org>"',
    );
  if (!ADDRESS.test(from) && !NAMED.test(from))
    throw new Error(`TABLEHOP_MAIL_FROM must be an address or "Name <address>", not ${JSON.stringify(from)}`);
  const rate = env.TABLEHOP_MAIL_PER_MINUTE;
  const perMinute = rate === undefined || rate === '' ? DEFAULT_MAILS_PER_MINUTE : Number(rate);
  if (!Number.isInteger(perMinute) || perMinute < 1 || perMinute > 10_000)
    throw new Error(`TABLEHOP_MAIL_PER_MINUTE must be a whole number from 1 to 10000, not ${JSON.stringify(rate)}`);
  return { smtpUrl: raw, from, perMinute };
}
