import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { MEETINGS_CSV_COLUMNS, meetingsCsv } from '../../../../../shared/event/views/meetings-csv';
import { foldIcsLine, icsText, icsUtc, meetingsIcs } from '../../../../../shared/event/views/meetings-ics';
import type { Meeting, MeetingsAnswer } from '../../../../../shared/protocol/after-talk';

const T0 = Date.UTC(2030, 0, 15, 18, 0);
const STAMP = Date.UTC(2030, 0, 16, 9, 30, 15);

const meeting = (over: Partial<Meeting> & Pick<Meeting, 'round'>): Meeting => ({
  startsAt: T0 + (over.round - 1) * 660_000,
  table: `T${over.round}`,
  with: { id: `p${over.round}`, name: `Person ${over.round}`, role: 'mentor', questions: [] },
  feedback: null,
  mutual: false,
  contact: null,
  ...over,
});

const answer = (meetings: Meeting[]): MeetingsAnswer => ({
  meetings,
  sharing: { share: 'none', contact: null },
  hasEmail: false,
  feedbackClosesAt: null,
  feedbackOpen: true,
});

/** An iCalendar text as its logical lines: CRLF split, folded lines joined (RFC 5545 §3.1). */
function unfold(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  const out: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) out[out.length - 1] += line.slice(1);
    else out.push(line);
  }
  return out;
}
/** The value of property `name` in each VEVENT. */
const props = (text: string, name: string) =>
  unfold(text)
    .filter((l) => l.startsWith(`${name}:`))
    .map((l) => l.slice(name.length + 1));
/** Undo TEXT escaping (for checking what a calendar would show). */
const unescapeText = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('meetingsIcs', () => {
  it('writes one VEVENT per meeting with a known start, in UTC, with a UID each', () => {
    const ics = meetingsIcs(
      answer([
        meeting({ round: 1 }),
        meeting({ round: 2, startsAt: null }),
        meeting({ round: 3, table: null, with: { id: 'e9', name: 'Eve', role: 'mentee', questions: [] } }),
      ]),
      'Night',
      600,
      STAMP,
      'alice.ev1.tablehop',
    );
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(2);
    expect(props(ics, 'UID')).toEqual(['r1-p1@alice.ev1.tablehop', 'r3-e9@alice.ev1.tablehop']);
    expect(props(ics, 'DTSTAMP')).toEqual(['20300116T093015Z', '20300116T093015Z']);
    expect(props(ics, 'DTSTART')).toEqual(['20300115T180000Z', '20300115T182200Z']);
    expect(props(ics, 'DTEND')).toEqual(['20300115T181000Z', '20300115T183200Z']);
    expect(props(ics, 'SUMMARY')).toEqual(['Tablehop: Person 1 (round 1\\, table T1)', 'Tablehop: Eve (round 3)']);
    expect(props(ics, 'LOCATION')).toEqual(['Table T1']);
    // Every physical line ends in CRLF: no bare LF or CR anywhere.
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('puts the other’s questions in the description, and the contact only when mutual', () => {
    const questions = ['How do I start?', 'Which stack,\nand why?'];
    const withEve = { id: 'e1', name: 'Eve', role: 'mentee' as const, questions };
    const ics = meetingsIcs(
      answer([
        meeting({ round: 1, with: withEve, mutual: true, contact: 'eve@example.org' }),
        meeting({ round: 2, mutual: false, contact: null }),
        meeting({ round: 3, mutual: true, contact: null }),
      ]),
      'Spring night',
      600,
      STAMP,
      'x',
    );
    const [first, second, third] = props(ics, 'DESCRIPTION').map(unescapeText);
    expect(first).toBe(
      'Spring night: round 1 with Eve (mentee).\n\nTheir questions:\n- How do I start?\n- Which stack,\nand why?\n\n' +
        'You both want to stay in touch. Contact: eve@example.org',
    );
    expect(second).toBe('Spring night: round 2 with Person 2 (mentor).');
    expect(third).toBe('Spring night: round 3 with Person 3 (mentor).\n\nYou both want to stay in touch.');
  });

  it('escapes backslash, semicolon, comma and line breaks, so no value can start a property', () => {
    expect(icsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(icsText('tab\there\u0000\u001b\u007f!')).toBe('tab\there!');
    const evil = 'Mallory\r\nATTENDEE:mailto:x@evil\nEND:VEVENT';
    const ics = meetingsIcs(
      answer([meeting({ round: 1, with: { id: 'id;1', name: evil, role: 'mentor', questions: [] }, table: 'T,1' })]),
      'Night; with, "quotes" \\',
      600,
      STAMP,
      'x',
    );
    const lines = unfold(ics);
    expect(lines.some((l) => l.startsWith('ATTENDEE'))).toBe(false);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(1);
    expect(props(ics, 'SUMMARY')[0]).toBe(
      'Tablehop: Mallory\\nATTENDEE:mailto:x@evil\\nEND:VEVENT (round 1\\, table T\\,1)',
    );
    expect(props(ics, 'UID')[0]).toBe('r1-id\\;1@x');
    expect(props(ics, 'X-WR-CALNAME')[0]).toBe('Tablehop: Night\\; with\\, "quotes" \\\\');
    expect(unescapeText(props(ics, 'SUMMARY')[0]!)).toBe(
      `Tablehop: ${evil.replace(/\r\n/, '\n')} (round 1, table T,1)`,
    );
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const name = `Zoë 李雷 🎉 ${'long name '.repeat(20)}end`;
    const questions = [`${'é'.repeat(100)}${'漢'.repeat(60)}`];
    const ics = meetingsIcs(
      answer([meeting({ round: 1, with: { id: 'e1', name, role: 'mentee', questions } })]),
      'Night',
      600,
      STAMP,
      'x',
    );
    const physical = ics.slice(0, -2).split('\r\n');
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    for (const l of physical) {
      expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
      expect(l).not.toMatch(/[\uD800-\uDBFF]$/); // no surrogate pair cut in two
      expect(l).not.toContain('\uFFFD');
    }
    expect(unescapeText(props(ics, 'SUMMARY')[0]!)).toBe(`Tablehop: ${name} (round 1, table T1)`);
    expect(unescapeText(props(ics, 'DESCRIPTION')[0]!)).toContain(questions[0]);
    // The folding itself: exactly 75 octets stays whole, 76 folds, a continuation holds 74 octets after its space.
    expect(foldIcsLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldIcsLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
    expect(foldIcsLine('a'.repeat(75 + 74 + 1))).toBe(`${'a'.repeat(75)}\r\n ${'a'.repeat(74)}\r\n a`);
    // A 3-octet character that would cross octet 75 moves whole to the next line.
    expect(foldIcsLine(`${'a'.repeat(73)}李`)).toBe(`${'a'.repeat(73)}\r\n 李`);
  });

  it('writes UTC times and an empty calendar when no start is known', () => {
    expect(icsUtc(Date.UTC(2031, 11, 31, 23, 59, 59, 999))).toBe('20311231T235959Z');
    const ics = meetingsIcs(answer([meeting({ round: 1, startsAt: null })]), 'Night', 600, STAMP, 'x');
    expect(unfold(ics).some((l) => l === 'BEGIN:VEVENT')).toBe(false);
    expect(unfold(ics).at(-1)).toBe('END:VCALENDAR');
  });
});

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/\r\n$/, ''), { newline: '\r\n' }).data;

describe('meetingsCsv', () => {
  it('writes a header and a row per meeting with what the person gave', () => {
    const csv = meetingsCsv(
      answer([
        meeting({
          round: 1,
          with: { id: 'e1', name: 'Eve', role: 'mentee', questions: ['How to start?', 'Which stack?'] },
          feedback: { rating: 4, followUp: true, note: 'Send her the book list' },
          mutual: true,
          contact: 'eve@example.org',
        }),
        meeting({ round: 2, startsAt: null, table: null }),
      ]),
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parse(csv)).toEqual([
      [...MEETINGS_CSV_COLUMNS],
      [
        '1',
        '2030-01-15T18:00:00.000Z',
        'T1',
        'Eve',
        'mentee',
        '4',
        'yes',
        'yes',
        'eve@example.org',
        'Send her the book list',
        'How to start? | Which stack?',
      ],
      ['2', '', '', 'Person 2', 'mentor', '', 'no', 'no', '', '', ''],
    ]);
    expect(MEETINGS_CSV_COLUMNS).toEqual([
      'round',
      'starts_at',
      'table',
      'with',
      'role',
      'rating',
      'stay_in_touch',
      'mutual',
      'contact',
      'note',
      'questions',
    ]);
  });

  it('neutralises formula cells and quotes commas, quotes and line breaks', () => {
    const csv = meetingsCsv(
      answer([
        meeting({
          round: 1,
          table: '+T1',
          with: { id: 'e1', name: '=HYPERLINK("http://evil","x")', role: 'mentee', questions: ['-2+3', 'ok'] },
          feedback: { rating: null, followUp: false, note: '@SUM(A1)\nsecond, "line"' },
          mutual: true,
          contact: '\t=cmd',
        }),
      ]),
    );
    const row = parse(csv)[1]!;
    expect(row[2]).toBe("'+T1");
    expect(row[3]).toBe('\'=HYPERLINK("http://evil","x")');
    expect(row[8]).toBe("'\t=cmd");
    expect(row[9]).toBe('\'@SUM(A1)\nsecond, "line"');
    expect(row[10]).toBe("'-2+3 | ok");
    expect(row).toHaveLength(MEETINGS_CSV_COLUMNS.length);
  });
});
