import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../../shared/mail/message';
import { personMailOf, QR_CID, type MailSource } from '../../../../shared/mail/person-mail';
import type { ClockState } from '../../../../shared/schemas/clock';

// Saturday 14 June 2025, 16:00 UTC = 18:00 in Berlin (CEST) = 12:00 in New York (EDT).
const START = Date.UTC(2025, 5, 14, 16, 0);
const LINK = 'https://mentoring.example.org/p#token=abc_DEF-123';

const idle: ClockState = { status: 'idle', version: 0 };

/** Two mentors, three mentees, three rounds of 10 min with 1-min changeovers; Sam sits out round 2. */
function source(overrides: Partial<MailSource> = {}): MailSource {
  const mentors = [
    { id: 'm1', name: 'Grace Hopper', table: 'T1' },
    { id: 'm2', name: '李雷', table: 'T2' },
  ];
  const mentees = [
    { id: 'e1', name: 'Zoë Martin' },
    { id: 'e2', name: 'Sam <Okafor> & "friends"' },
    { id: 'e3', name: 'Priya Raman' },
  ];
  return {
    eventName: 'Spring Mentoring Night',
    mentors,
    mentees,
    schedule: {
      mentors,
      mentees,
      rounds: [
        {
          round: 1,
          tables: [
            { mentorId: 'm1', menteeIds: ['e1', 'e2'] },
            { mentorId: 'm2', menteeIds: ['e3'] },
          ],
          byes: [],
        },
        {
          round: 2,
          tables: [
            { mentorId: 'm1', menteeIds: ['e3'] },
            { mentorId: 'm2', menteeIds: ['e1'] },
          ],
          byes: ['e2'],
        },
        {
          round: 3,
          tables: [
            { mentorId: 'm1', menteeIds: [] },
            { mentorId: 'm2', menteeIds: ['e2', 'e3'] },
          ],
          byes: ['e1'],
        },
      ],
    },
    timing: { rounds: 3, roundSeconds: 600, changeoverSeconds: 60, breaks: [], plannedStartAt: START },
    clock: idle,
    ...overrides,
  };
}

const mailOf = (src: MailSource, id: string, zone = 'Europe/Berlin', now = START - 3_600_000) =>
  personMailOf(src, id, LINK, now, zone)!;

describe('a personal mail', () => {
  it("carries the event's name in the subject and the link in both bodies", () => {
    const m = mailOf(source(), 'e1');
    expect(m.subject).toBe('Your personal link for Spring Mentoring Night');
    expect(m.text).toContain(`\n${LINK}\n`);
    expect(m.html).toContain(`<a href="${LINK}">${LINK}</a>`);
    expect(m.html).toContain(`<img src="cid:${QR_CID}" alt="QR code of your personal page"`);
    expect(m.text).toMatch(/^Hello Zoë Martin,\n/);
  });

  it("writes a mentee's rounds with times in the event's time zone, the table and the mentor", () => {
    const m = mailOf(source(), 'e1');
    expect(m.text).toContain('Your schedule (times in Europe/Berlin, Saturday 14 June 2025):');
    expect(m.text).toContain('Round 1 · 18:00–18:10 · T1 · Grace Hopper');
    expect(m.text).toContain('Round 2 · 18:11–18:21 · T2 · 李雷');
    expect(m.text).toContain('Round 3 · 18:22–18:32 · sitting out');
    expect(m.html).toContain('<td style="padding:2px 12px 2px 0">18:11–18:21</td>');
  });

  it('writes the same instants in another zone as that zone reads them', () => {
    const m = mailOf(source(), 'e1', 'America/New_York');
    expect(m.text).toContain('times in America/New_York, Saturday 14 June 2025');
    expect(m.text).toContain('Round 1 · 12:00–12:10 · T1 · Grace Hopper');
    const kolkata = mailOf(source(), 'e1', 'Asia/Kolkata');
    expect(kolkata.text).toContain('Round 1 · 21:30–21:40 · T1 · Grace Hopper');
  });

  it("writes a mentor's table and who sits with them each round", () => {
    const m = mailOf(source(), 'm1');
    expect(m.text).toContain('You are a mentor at table T1');
    expect(m.text).toContain('Round 1 · 18:00–18:10 · Zoë Martin, Sam <Okafor> & "friends"');
    expect(m.text).toContain('Round 2 · 18:11–18:21 · Priya Raman');
    expect(m.text).toContain('Round 3 · 18:22–18:32 · nobody at your table');
    expect(m.html).toContain('<th scope="col" style="text-align:start;padding:2px 12px 2px 0">Mentees</th>');
  });

  it("invites a mentor to complete their profile (same token, the event's profile page); not a mentee", () => {
    const profile = LINK.replace('/p#token=', '/join/ev1/profile#token=');
    const m = mailOf(source({ eventId: 'ev1' }), 'm1');
    expect(m.text).toContain(`please complete your profile`);
    expect(m.text).toContain(profile);
    expect(m.html).toContain(`<a href="${profile}">Complete your profile</a>`);
    const e = mailOf(source({ eventId: 'ev1' }), 'e1');
    expect(e.text).not.toContain('/profile#');
    // Without the event's id (an older caller), no profile line.
    expect(mailOf(source(), 'm1').text).not.toContain('/profile#');
  });

  it('escapes names in the HTML and keeps them whole in the text', () => {
    const m = mailOf(source(), 'e2');
    expect(m.text).toMatch(/^Hello Sam <Okafor> & "friends",/);
    expect(m.html).toContain('Hello <bdi>Sam &#60;Okafor&#62; &#38; &#34;friends&#34;</bdi>,');
    expect(m.html).not.toContain('<Okafor>');
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe('&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;');
  });

  it('once the clock runs, times follow the clock (a pause moves them) and begun rounds have none', () => {
    // Round 1 began at START and is paused with 4 minutes left, an hour later.
    const now = START + 3_600_000;
    const paused: ClockState = { status: 'paused', version: 3, phaseIndex: 0, remainingMs: 240_000, startedAt: START };
    const m = mailOf(source({ clock: paused }), 'e1', 'Europe/Berlin', now);
    expect(m.text).toContain('Round 1 · T1 · Grace Hopper');
    // Round 2 starts after the 4 minutes left and the changeover: 19:00 + 4 + 1 min.
    expect(m.text).toContain('Round 2 · 19:05–19:15 · T2 · 李雷');
    expect(m.text).toContain('times in Europe/Berlin, Saturday 14 June 2025');
  });

  it('says the times are not set when there is no planned start', () => {
    const src = source();
    const m = mailOf({ ...src, timing: { ...src.timing, plannedStartAt: null } }, 'e1');
    expect(m.text).toContain('Your schedule:\nRound 1 · T1 · Grace Hopper\n');
    expect(m.text).toContain('The times are not set yet');
  });

  it('before the first plan says the schedule will come, with no rounds', () => {
    const m = mailOf(source({ schedule: null }), 'e1');
    expect(m.text).not.toContain('Round 1');
    expect(m.text).toContain('Your schedule is not planned yet: your page will show it once it is.');
    expect(m.html).not.toContain('<table');
  });

  it('names the day of a round that falls on another day than the first', () => {
    // 23:50 in Berlin: round 2 (00:01) is on Sunday.
    const src = source();
    const late = Date.UTC(2025, 5, 14, 21, 50);
    const m = mailOf({ ...src, timing: { ...src.timing, plannedStartAt: late } }, 'e1');
    expect(m.text).toContain('Round 1 · 23:50–00:00 · T1 · Grace Hopper');
    expect(m.text).toContain('Round 2 · Sun 15 Jun 00:01–00:11 · T2 · 李雷');
  });

  it('is null for someone not in the event', () => {
    expect(personMailOf(source(), 'nobody', LINK, START, 'UTC')).toBeNull();
  });
});
