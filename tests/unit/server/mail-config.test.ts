import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../../server/config';
import { mailConfigFromEnv } from '../../../server/mail/mail-config';
import { describeSmtpUrl } from '../../../server/mail/transport';

describe('TABLEHOP_SMTP_URL and TABLEHOP_MAIL_FROM', () => {
  it('no SMTP URL: e-mail is not set up', () => {
    expect(mailConfigFromEnv({})).toBeNull();
    expect(configFromEnv({}).mail).toBeNull();
  });

  it('reads the URL, the sender and the rate cap (default 30 a minute)', () => {
    expect(
      mailConfigFromEnv({
        TABLEHOP_SMTP_URL: 'smtps://user:secret@smtp.example.org:465',
        TABLEHOP_MAIL_FROM: 'Spring Night <events@example.org>',
      }),
    ).toEqual({
      smtpUrl: 'smtps://user:secret@smtp.example.org:465',
      from: 'Spring Night <events@example.org>',
      perMinute: 30,
    });
    expect(
      mailConfigFromEnv({
        TABLEHOP_SMTP_URL: 'smtp://127.0.0.1:2525',
        TABLEHOP_MAIL_FROM: 'events@example.org',
        TABLEHOP_MAIL_PER_MINUTE: '5',
      })?.perMinute,
    ).toBe(5);
  });

  it('takes the SMTP user as the sender when it is an address and no sender is given', () => {
    expect(mailConfigFromEnv({ TABLEHOP_SMTP_URL: 'smtps://me%40example.org:pw@smtp.example.org' })?.from).toBe(
      'me@example.org',
    );
  });

  it('refuses what cannot work, saying what to set', () => {
    expect(() => mailConfigFromEnv({ TABLEHOP_SMTP_URL: 'smtp://host:25' })).toThrow(/TABLEHOP_MAIL_FROM must be set/);
    expect(() => mailConfigFromEnv({ TABLEHOP_SMTP_URL: 'http://host', TABLEHOP_MAIL_FROM: 'a@b.c' })).toThrow(
      /smtp:\/\/ or smtps:\/\//,
    );
    expect(() => mailConfigFromEnv({ TABLEHOP_SMTP_URL: 'not a url', TABLEHOP_MAIL_FROM: 'a@b.c' })).toThrow(
      /must be a URL/,
    );
    expect(() => mailConfigFromEnv({ TABLEHOP_SMTP_URL: 'smtp://h', TABLEHOP_MAIL_FROM: 'a@b.c, d@e.f' })).toThrow(
      /TABLEHOP_MAIL_FROM must be an address/,
    );
    for (const n of ['0', '-1', '2.5', 'lots'])
      expect(() =>
        mailConfigFromEnv({ TABLEHOP_SMTP_URL: 'smtp://h', TABLEHOP_MAIL_FROM: 'a@b.c', TABLEHOP_MAIL_PER_MINUTE: n }),
      ).toThrow(/TABLEHOP_MAIL_PER_MINUTE/);
  });

  it('describes the server without its password (the start-up line)', () => {
    expect(describeSmtpUrl('smtps://user:secret@smtp.example.org:465')).toBe('smtps://smtp.example.org:465');
  });
});
