import { describe, expect, it } from 'vitest';
import { personMailOf, type MailSource } from '../../../../shared/mail/person-mail';
import { mailWordsOf } from '../../../../shared/mail/words';
import { LOCALES } from '../../../../shared/schemas/locale';
import type { ClockState } from '../../../../shared/schemas/clock';

// Saturday 14 June 2025, 16:00 UTC = 18:00 in Berlin.
const START = Date.UTC(2025, 5, 14, 16, 0);
const LINK = 'https://mentoring.example.org/p#token=abc';
const idle: ClockState = { status: 'idle', version: 0 };

/** One mentor, two mentees (Kim sits out round 2), two rounds of 10 min with 1-min changeovers. */
function source(overrides: Partial<MailSource> = {}): MailSource {
  const mentors = [{ id: 'm1', name: 'Grace Hopper', table: 'T1' }];
  const mentees = [
    { id: 'e1', name: 'Zoë Martin' },
    { id: 'e2', name: 'Kim & "Lee"' },
  ];
  return {
    eventId: 'ev1',
    eventName: 'Frühlingsabend',
    mentors,
    mentees,
    schedule: {
      mentors,
      mentees,
      rounds: [
        { round: 1, tables: [{ mentorId: 'm1', menteeIds: ['e1', 'e2'] }], byes: [] },
        { round: 2, tables: [{ mentorId: 'm1', menteeIds: ['e1'] }], byes: ['e2'] },
      ],
    },
    timing: { rounds: 2, roundSeconds: 600, changeoverSeconds: 60, breaks: [], plannedStartAt: START },
    clock: idle,
    ...overrides,
  };
}

const mailOf = (src: MailSource, id: string) => personMailOf(src, id, LINK, START - 3_600_000, 'Europe/Berlin')!;

describe('a personal mail in the reader’s language (issue 19)', () => {
  it('is German when the event’s default is German: subject, both bodies, the date in German', () => {
    const m = mailOf(source({ locale: 'de' }), 'e2');
    expect(m.subject).toBe('Ihr persönlicher Link für Frühlingsabend');
    expect(m.text).toMatch(/^Hallo Kim & "Lee",\n/);
    expect(m.text).toContain('Ihr Ablauf (Zeiten in Europe/Berlin, Samstag, 14. Juni 2025):');
    expect(m.text).toContain('Runde 1 · 18:00–18:10 · T1 · Grace Hopper');
    expect(m.text).toContain('Runde 2 · 18:11–18:21 · Sie setzen aus');
    expect(m.text).toContain('Ihre Rolle: Mentee.');
    expect(m.html).toContain('<html lang="de">');
    expect(m.html).toContain('<p>Hallo <bdi>Kim &#38; &#34;Lee&#34;</bdi>,</p>');
    expect(m.html).toContain('>Runde</th>');
    expect(m.html).toContain('>Mentor</th>');
    expect(m.text).not.toContain('Round');
  });

  it('takes the person’s own language over the event’s', () => {
    const src = source({ locale: 'de', mentees: [{ id: 'e1', name: 'Zoë Martin', locale: 'fr' }] });
    const m = mailOf(src, 'e1');
    expect(m.subject).toBe('Votre lien personnel pour Frühlingsabend');
    expect(m.text).toContain('Tour 1 · 18:00–18:10 · T1 · Grace Hopper');
    expect(m.text).toContain('samedi 14 juin 2025');
  });

  it('is Arabic right to left: the HTML says dir="rtl" lang="ar", times and tables as they are', () => {
    const m = mailOf(source({ locale: 'ar' }), 'm1');
    expect(m.subject).toBe('رابطك الشخصي لفعالية Frühlingsabend');
    expect(m.html).toContain('<html lang="ar" dir="rtl">');
    expect(m.text).toContain('دورك: مرشد على الطاولة T1.');
    expect(m.text).toContain('الجولة 1 · 18:00–18:10 · Zoë Martin, Kim & "Lee"');
    expect(m.html).toContain('>المسترشدون</th>');
    // A mentor is invited to their profile in Arabic too.
    expect(m.html).toContain('>أكمل ملفك الشخصي</a>');
    expect(m.text).toContain('يونيو');
  });

  it('keeps the event’s own role words as written in another language', () => {
    const labels = { mentor: 'Investor', mentee: 'Founder' };
    const m = mailOf(source({ locale: 'de', labels }), 'e1');
    expect(m.text).toContain('Ihre Rolle: Founder.');
    expect(m.html).toContain('>Investor</th>');
    const ar = mailOf(source({ locale: 'ar', labels }), 'm1');
    expect(ar.text).toContain('دورك: Investor على الطاولة T1. Founders يأتون إليك.');
  });

  it('stays English, word for word, with no language anywhere', () => {
    const plain = mailOf(source(), 'e1');
    expect(mailOf(source({ locale: 'en' }), 'e1')).toEqual(plain);
    expect(mailOf(source({ locale: null }), 'e1')).toEqual(plain);
    expect(plain.html).toContain('<html lang="en">');
  });

  it('has a mail in every language, each naming the event and the link, none with English sentences', () => {
    for (const locale of LOCALES) {
      const m = mailOf(source({ locale }), 'e2');
      expect(m.text).toContain(LINK);
      expect(m.subject).toContain('Frühlingsabend');
      expect(m.html).toContain(`lang="${mailWordsOf(locale).lang}"`);
      if (locale !== 'en') expect(m.text).not.toMatch(/\b(Your|Round|Hello|schedule)\b/);
    }
  });
});
