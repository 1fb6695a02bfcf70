import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseParticipantsCsv,
  participantsToCsv,
  type MenteeCsvRow,
  type MentorCsvRow,
  type ParsedParticipants,
} from '../../../../shared/csv';
import {
  hasVisibleCharacter,
  nameKey,
  normalizeName,
  normalizeText,
  unsafeTextProblem,
} from '../../../../shared/schemas/text';

// Text made of the characters that break naive CSV handling, plus any grapheme at all.
// CR is left out: the reader treats every CR or CRLF as a newline, so it comes back as \n.
const tricky = fc.constantFrom(
  ',',
  '"',
  "'",
  '\n',
  ' ',
  '=',
  '+',
  '-',
  '@',
  '\t',
  ';',
  '|',
  'Zoë',
  'e\u0301',
  '李雷',
  'عمر',
  '😀',
  'ß',
  '\u00a0',
);
const char = fc.oneof(
  tricky,
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }).filter((c) => !c.includes('\r')),
);
// Only text the schemas accept, as they store it: one-line fields (names, tables, topics, email)
// without tabs or line breaks and normalised like a name; bios and questions as multi-line text.
const text = (max: number, without = '', kind: 'line' | 'lines' = 'line') =>
  fc
    .string({ unit: char, minLength: 1, maxLength: 12 })
    .map((s) => {
      const kept = [...s].filter((c) => !without.includes(c) && (kind === 'lines' || !/[\t\n]/.test(c))).join('');
      return kind === 'line' ? normalizeName(kept) : normalizeText(kept);
    })
    // Checked again after normalising: NFC turns some characters into excluded ones (U+037E,
    // the Greek question mark, is `;`).
    .filter((s) => s.length > 0 && s.length <= max && hasVisibleCharacter(s) && !unsafeTextProblem(s, kind))
    .filter((s) => ![...without].some((c) => s.includes(c)));
const key = nameKey;
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Mentors with unique names (no `;`, since wishes are `;`-separated) and unique explicit tables. */
const mentorsArb = fc
  .uniqueArray(fc.record({ name: text(120, ';'), table: optional(text(20)) }), {
    selector: (m) => key(m.name),
    minLength: 1,
    maxLength: 6,
  })
  .chain((base) =>
    fc.tuple(
      fc.constant(base),
      fc.array(
        fc.record({
          bio: optional(text(2000, '', 'lines')),
          topics: fc.array(text(80, ';'), { maxLength: 4 }),
          email: optional(text(320)),
        }),
        {
          minLength: base.length,
          maxLength: base.length,
        },
      ),
    ),
  )
  .map(([base, extra]) => {
    const seen = new Set<string>();
    return base.map((m, i): MentorCsvRow => {
      const table = m.table !== undefined && !seen.has(key(m.table)) ? m.table : undefined;
      if (table !== undefined) seen.add(key(table));
      return { ...m, ...extra[i], table };
    });
  });

const peopleArb = mentorsArb.chain((mentors) => {
  const mentorNames = mentors.map((m) => m.name);
  const choices = fc
    .tuple(fc.shuffledSubarray(mentorNames), fc.shuffledSubarray(mentorNames))
    .map(([wishes, avoid]) => ({ wishes, avoid: avoid.filter((a) => !wishes.includes(a)) }));
  const mentee = fc
    .record({
      name: text(120, ';'),
      questions: fc.array(text(500, '|', 'lines'), { maxLength: 4 }),
      email: optional(text(320)),
    })
    .chain((m) => choices.map((c): MenteeCsvRow => ({ ...m, ...c })));
  return fc.tuple(fc.constant(mentors), fc.uniqueArray(mentee, { selector: (m) => key(m.name), maxLength: 8 }));
});

const withoutLines = (p: ParsedParticipants) => ({
  mentors: p.mentors.map(({ line: _line, ...m }) => m),
  mentees: p.mentees.map(({ line: _line, ...m }) => m),
});

describe('participants CSV round trip', () => {
  it('participantsToCsv → parseParticipantsCsv gives the same people back', () => {
    fc.assert(
      fc.property(peopleArb, fc.boolean(), ([mentors, mentees], crlf) => {
        const csv = participantsToCsv(mentors, mentees, { newline: crlf ? '\r\n' : '\n', bom: crlf });
        const parsed = parseParticipantsCsv(csv);
        if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
        expect(parsed.mentors.map((m) => m.name)).toEqual(mentors.map((m) => m.name));
        expect(parsed.mentors.map((m) => m.bio)).toEqual(mentors.map((m) => m.bio));
        expect(parsed.mentors.map((m) => m.topics)).toEqual(mentors.map((m) => m.topics));
        expect(parsed.mentors.map((m) => m.email)).toEqual(mentors.map((m) => m.email));
        mentors.forEach((m, i) => {
          if (m.table !== undefined) expect(parsed.mentors[i]!.table).toBe(m.table);
        });
        expect(new Set(parsed.mentors.map((m) => key(m.table))).size).toBe(mentors.length);
        expect(withoutLines(parsed).mentees).toEqual(
          mentees.map((m) => ({
            name: m.name,
            questions: m.questions,
            wishes: m.wishes,
            avoid: m.avoid,
            ...(m.email ? { email: m.email } : {}),
          })),
        );
        // Once tables are filled in, an export of what was read reads back identically.
        const again = parseParticipantsCsv(participantsToCsv(parsed.mentors, parsed.mentees));
        expect(again.ok && withoutLines(again)).toEqual(withoutLines(parsed));
      }),
      { numRuns: 200 },
    );
  });

  it('writes the documented columns with neutralised formula cells', () => {
    const csv = participantsToCsv(
      [{ name: '=Ann', table: 'T1', topics: ['ux', 'ops'] }],
      [{ name: 'Bo', wishes: ['=Ann'], questions: ['-why?', 'how?'] }],
    );
    expect(csv.split('\r\n')).toEqual([
      'role,name,table,topics,bio,questions,wishes,avoid,email,group,priority',
      "mentor,'=Ann,T1,ux; ops,,,,,,,",
      "mentee,Bo,,,,'-why?| how?,'=Ann,,,,",
      '',
    ]);
  });
});
