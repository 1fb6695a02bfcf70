/**
 * The text rules (shared/schemas/text.ts) and the schemas that apply them: how names are
 * normalised and compared, which characters every text field refuses (each at its field
 * path), and the timestamp range. One name rule for the JSON API, the CSV import and backups.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { BACKUP_FORMAT, backupFileSchema, backupIssues, type BackupEvent } from '../../../../shared/backup';
import { parseParticipantsCsv } from '../../../../shared/csv';
import { toIssues } from '../../../../shared/schemas/errors';
import { addPeopleSchema, personPatchSchema, questionsBodySchema } from '../../../../shared/schemas/people';
import { eventSettingsPatchSchema, eventSettingsSchema } from '../../../../shared/schemas/settings';
import {
  hasVisibleCharacter,
  nameKey,
  normalizeName,
  quoteText,
  unsafeTextProblem,
} from '../../../../shared/schemas/text';

const T = Date.UTC(2030, 0, 1);
const SETTINGS = { name: 'Night', roundSeconds: 600, changeoverSeconds: 60 };

/** The issues a schema finds, as `path: message` lines (what a 400 lists). */
const refusals = (schema: z.ZodType, value: unknown): string[] => {
  const r = schema.safeParse(value);
  return r.success ? [] : toIssues(r.error, schema).map((i) => `${i.path}: ${i.message}`);
};

describe('nameKey: one name, however it is written', () => {
  it.each([
    ['case', 'Grace', 'grace'],
    ['case and accents', 'Zoë', 'ZOË'],
    ['NFC and NFD', 'Zoë', 'Zoe\u0308'],
    ['a zero-width space', 'Zoë', 'Zo\u200Bë'],
    ['a soft hyphen, a BOM, a word joiner', 'Grace', '\uFEFFGra\u00ADce\u2060'],
    ['no accent at all (accent-insensitive)', 'Zoe', 'Zoë'],
    ['outer and inner white space', ' Grace   Hopper ', 'grace hopper'],
    ['a no-break and an ideographic space', 'Grace\u00A0Hopper', 'Grace\u3000Hopper'],
    ['full case folding (ß is ss)', 'Straße', 'STRASSE'],
    ['Turkish dotted capital I', 'İlker', 'ilker'],
    ['Greek with tonos and final sigma', 'Ἀχιλλεύς', 'ΑΧΙΛΛΕΥΣ'],
    ['Vietnamese stacked accents', 'Nguyễn', 'nguyen'],
    ['Arabic vowel points', 'مُحَمَّد', 'محمد'],
    ['full-width letters (compatibility forms)', 'Ｇｒａｃｅ', 'Grace'],
    ['a right-to-left mark', 'עמית\u200F', 'עמית'],
  ])('%s: %j is %j', (_, a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['Devanagari vowel signs are letters', 'राम', 'रमा'],
    ['ø is a letter, not an accented o', 'Søren', 'Soren'],
    ['a Japanese voicing mark changes the sound', 'ガ', 'カ'],
    ['a space inside counts', 'Jo Ann', 'JoAnn'],
    ['different names', 'Ann', 'Anne'],
    ['different scripts', 'Lee', '李'],
  ])('%s: %j is not %j', (_, a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});

describe('normalizeName and hasVisibleCharacter', () => {
  it.each([
    ['  Grace  Hopper  ', 'Grace Hopper'],
    ['Zoe\u0308', 'Zoë'],
    ['Ada\u00A0\u2003Lovelace', 'Ada Lovelace'],
    ['Zo\u200Bë', 'Zo\u200Bë'], // invisible characters are kept as written, only ignored when comparing
    ['👩🏽‍💻 Ada', '👩🏽‍💻 Ada'],
  ])('%j is stored as %j', (raw, stored) => {
    expect(normalizeName(raw)).toBe(stored);
  });

  it.each([
    ['\u200B', false],
    ['\u200B\u200C\u200D\uFEFF\u00AD', false],
    ['\u3164', false], // Hangul filler
    ['\u2800', false], // braille blank
    ['\u0301', false], // a lone combining accent
    ['\u200E\u200F', false],
    ['a', true],
    ['.', true],
    ['李', true],
    ['😀', true],
  ])('%j has a visible character: %s', (text, visible) => {
    expect(hasVisibleCharacter(text)).toBe(visible);
  });
});

describe('unsafeTextProblem', () => {
  it.each([
    ['NUL', 'a\u0000b', 'line', 'contains a control character (U+0000)', 'controlCharacter'],
    ['BEL', 'a\u0007b', 'lines', 'contains a control character (U+0007)', 'controlCharacter'],
    ['DEL', 'a\u007Fb', 'line', 'contains a control character (U+007F)', 'controlCharacter'],
    ['a C1 control (NEL)', 'a\u0085b', 'lines', 'contains a control character (U+0085)', 'controlCharacter'],
    [
      'a line break in one line',
      'a\nb',
      'line',
      'contains a line break or tab (U+000A); this field is a single line',
      'lineBreak',
    ],
    [
      'a tab in one line',
      'a\tb',
      'line',
      'contains a line break or tab (U+0009); this field is a single line',
      'lineBreak',
    ],
    [
      'a lone high surrogate',
      '\uD800',
      'line',
      'contains a lone surrogate (U+D800), which is not text',
      'loneSurrogate',
    ],
    [
      'a lone low surrogate',
      'x\uDC00',
      'lines',
      'contains a lone surrogate (U+DC00), which is not text',
      'loneSurrogate',
    ],
    [
      'a right-to-left override',
      'abc\u202Etxt.exe',
      'line',
      'contains a bidirectional override or isolate (U+202E), which can disguise text',
      'bidiControl',
    ],
    [
      'a left-to-right embedding',
      '\u202Ax',
      'lines',
      'contains a bidirectional override or isolate (U+202A), which can disguise text',
      'bidiControl',
    ],
    [
      'a first-strong isolate',
      'x\u2068y',
      'line',
      'contains a bidirectional override or isolate (U+2068), which can disguise text',
      'bidiControl',
    ],
  ] as const)('refuses %s', (_, text, kind, message, code) => {
    // The code is stable (issue 19) and the character is named as the message names it.
    const char = /U\+[0-9A-F]{4}/.exec(message)![0];
    expect(unsafeTextProblem(text, kind)).toEqual({ message, code, char });
  });

  it.each([
    ['line breaks and tabs in several lines', 'one\n\ttwo\r\nthree', 'lines'],
    ['a right-to-left mark', 'עמית\u200F', 'line'],
    ['a zero-width joiner', '👩🏽‍💻', 'line'],
    ['a surrogate pair', '😀', 'line'],
    ['markup', '<script>alert(1)</script>', 'line'],
  ] as const)('allows %s', (_, text, kind) => {
    expect(unsafeTextProblem(text, kind)).toBeUndefined();
  });
});

describe('every text field refuses unsafe text, at its field path', () => {
  const people = (mentees: unknown[], mentors: unknown[] = []) => ({ mentors, mentees });
  it.each([
    [
      'NUL in the third mentee name',
      addPeopleSchema,
      people([{ name: 'A' }, { name: 'B' }, { name: 'C\u0000' }]),
      'mentees.2.name: contains a control character (U+0000)',
    ],
    [
      'a lone surrogate in a mentor name',
      addPeopleSchema,
      people([], [{ name: '\uD800' }]),
      'mentors.0.name: contains a lone surrogate (U+D800), which is not text',
    ],
    [
      'a bidi override in a mentor name',
      addPeopleSchema,
      people([], [{ name: 'Ann\u202Enna' }]),
      'mentors.0.name: contains a bidirectional override or isolate (U+202E), which can disguise text',
    ],
    [
      'an isolate in a table label',
      addPeopleSchema,
      people([], [{ name: 'Ann', table: 'T\u20661' }]),
      'mentors.0.table: contains a bidirectional override or isolate (U+2066), which can disguise text',
    ],
    [
      'a control character in a topic',
      addPeopleSchema,
      people([], [{ name: 'Ann', topics: ['ok', 'u\u001Bx'] }]),
      'mentors.0.topics.1: contains a control character (U+001B)',
    ],
    [
      'a control character in a bio',
      addPeopleSchema,
      people([], [{ name: 'Ann', bio: 'Hi\u0007' }]),
      'mentors.0.bio: contains a control character (U+0007)',
    ],
    [
      'a line break in an email',
      addPeopleSchema,
      people([{ name: 'Cy', email: 'cy@x.org\nBcc: all@x.org' }]),
      'mentees.0.email: contains a line break or tab (U+000A); this field is a single line',
    ],
    [
      'a line break inside a name',
      addPeopleSchema,
      people([{ name: 'Cy\nLee' }]),
      'mentees.0.name: contains a line break or tab (U+000A); this field is a single line',
    ],
    [
      'a C1 control in a question',
      addPeopleSchema,
      people([{ name: 'Cy', questions: ['Why\u009B?'] }]),
      'mentees.0.questions.0: contains a control character (U+009B)',
    ],
    [
      'a bidi override in a wish',
      addPeopleSchema,
      people([{ name: 'Cy', wishes: ['\u202DAnn'] }]),
      'mentees.0.wishes.0: contains a bidirectional override or isolate (U+202D), which can disguise text',
    ],
    [
      'a name of only invisible characters',
      addPeopleSchema,
      people([{ name: '\u200B\u200D\uFEFF' }]),
      'mentees.0.name: must contain a visible character (not only spaces or invisible characters)',
    ],
    [
      'a name of a Hangul filler',
      addPeopleSchema,
      people([{ name: '\u3164' }]),
      'mentees.0.name: must contain a visible character (not only spaces or invisible characters)',
    ],
    ['a name of spaces', addPeopleSchema, people([{ name: ' \u00A0 ' }]), 'mentees.0.name: must not be empty'],
    [
      'a ";" in a name (it separates wishes)',
      addPeopleSchema,
      people([], [{ name: 'Smith; Ann' }]),
      'mentors.0.name: must not contain ";" (it separates names in wishes and avoid)',
    ],
    ['NUL in a renamed person', personPatchSchema, { name: 'x\u0000' }, 'name: contains a control character (U+0000)'],
    [
      'a bidi isolate in a patched question',
      personPatchSchema,
      { questions: ['\u2067why'] },
      'questions.0: contains a bidirectional override or isolate (U+2067), which can disguise text',
    ],
    [
      'a lone surrogate in my questions',
      questionsBodySchema,
      { questions: ['ok', 'x\uDFFF'] },
      'questions.1: contains a lone surrogate (U+DFFF), which is not text',
    ],
    [
      'a control character in the event name',
      eventSettingsSchema,
      { ...SETTINGS, name: 'Night\u0000' },
      'name: contains a control character (U+0000)',
    ],
    [
      'an invisible event name',
      eventSettingsPatchSchema,
      { name: '\u2060' },
      'name: must contain a visible character (not only spaces or invisible characters)',
    ],
  ])('%s', (_, schema, value, refusal) => {
    expect(refusals(schema, value)).toEqual([refusal]);
  });

  it('stores names normalised and keeps line breaks where text may have several lines', () => {
    const r = addPeopleSchema.parse({
      mentors: [{ name: '  Zoe\u0308   Smith ', table: ' T\u00A01 ', bio: ' One\r\n\ttwo\rthree ', topics: [' ux '] }],
      mentees: [{ name: 'عمر الفاروق', questions: ['How?\nWhy?'], wishes: ['zoë  smith'], email: ' c@x.org ' }],
    });
    expect(r.mentors[0]).toEqual({ name: 'Zoë Smith', table: 'T 1', bio: 'One\n\ttwo\nthree', topics: ['ux'] });
    expect(r.mentees[0]).toEqual({
      name: 'عمر الفاروق',
      questions: ['How?\nWhy?'],
      wishes: ['zoë smith'],
      avoid: [],
      email: 'c@x.org',
    });
  });

  it('refuses a huge value before normalising it, with the usual message', () => {
    expect(refusals(addPeopleSchema, people([{ name: 'x'.repeat(200_000) }]))).toEqual([
      'mentees.0.name: must be at most 120 characters',
    ]);
  });
});

describe('timestamps are times of 2000–2100', () => {
  const RANGE = 'must be a time between 2000 and 2100 (epoch milliseconds)';
  it.each([
    ['9e15', 9e15, RANGE],
    ['negative', -1, RANGE],
    ['1970', 0, RANGE],
    ['2100-01-01 plus 1 ms', Date.UTC(2100, 0, 1) + 1, RANGE],
    ['a fraction', T + 0.5, 'must be a whole number of milliseconds'],
    ['a string', '2030-01-01', RANGE],
  ])('plannedStartAt %s is refused on create and patch', (_, plannedStartAt, message) => {
    expect(refusals(eventSettingsSchema, { ...SETTINGS, plannedStartAt })).toEqual([`plannedStartAt: ${message}`]);
    expect(refusals(eventSettingsPatchSchema, { plannedStartAt })).toEqual([`plannedStartAt: ${message}`]);
  });

  it.each([
    ['2000-01-01', Date.UTC(2000, 0, 1)],
    ['2030', T],
    ['2100-01-01', Date.UTC(2100, 0, 1)],
    ['none', null],
  ])('plannedStartAt %s is accepted', (_, plannedStartAt) => {
    expect(refusals(eventSettingsSchema, { ...SETTINGS, plannedStartAt })).toEqual([]);
    expect(refusals(eventSettingsPatchSchema, { plannedStartAt })).toEqual([]);
  });
});

/** A minimal backup file (not sealed: the schema does not check the digest). */
const backup = (event: Partial<BackupEvent> = {}, file: Record<string, unknown> = {}) => ({
  format: BACKUP_FORMAT,
  version: 1,
  exportedAt: T,
  event: {
    id: 'ev1',
    createdAt: T,
    settings: { ...SETTINGS, rounds: null, tableCapacity: 1, breaks: [], plannedStartAt: null },
    seed: 7,
    mentors: [{ id: 'm1', name: 'Ann', table: 'T1', topics: [], attendance: 'expected' }],
    mentees: [{ id: 'e1', name: 'Cy', questions: [], wishes: [], avoid: [], attendance: 'expected' }],
    schedule: null,
    scheduleVersion: 0,
    clock: { status: 'idle', version: 0 },
    clockHistory: [],
    ...event,
  },
  integrity: { algorithm: 'SHA-256', digest: '0'.repeat(64) },
  ...file,
});

describe('backups: the same text rules and time range', () => {
  const RANGE = 'must be a time between 2000 and 2100 (epoch milliseconds)';
  it('accepts the minimal backup', () => {
    expect(refusals(backupFileSchema, backup())).toEqual([]);
  });

  it.each([
    ['exportedAt', backup({}, { exportedAt: 9e15 }), `exportedAt: ${RANGE}`],
    ['createdAt', backup({ createdAt: -5 }), `event.createdAt: ${RANGE}`],
    [
      'plannedStartAt',
      backup({ settings: { ...backup().event.settings, plannedStartAt: 9e15 } }),
      `event.settings.plannedStartAt: ${RANGE}`,
    ],
    [
      'a running clock',
      backup({ clock: { status: 'running', version: 1, phaseIndex: 0, phaseEndsAt: 9e15, startedAt: T } }),
      `event.clock.phaseEndsAt: ${RANGE}`,
    ],
    [
      'a finished clock',
      backup({ clock: { status: 'finished', version: 1, endedAt: T, startedAt: 1 } }),
      `event.clock.startedAt: ${RANGE}`,
    ],
    [
      'a paused clock with a century left',
      backup({ clock: { status: 'paused', version: 1, phaseIndex: 0, remainingMs: 3e12, startedAt: T } }),
      'event.clock.remainingMs: must be at most a year',
    ],
    [
      'the clock history',
      backup({ clockHistory: [{ at: 12, action: 'start', phaseIndex: null, version: 1 }] }),
      `event.clockHistory.0.at: ${RANGE}`,
    ],
    [
      'a mentor name',
      backup({ mentors: [{ id: 'm1', name: 'A\u202Enn', table: 'T1', topics: [], attendance: 'expected' }] }),
      'event.mentors.0.name: contains a bidirectional override or isolate (U+202E), which can disguise text',
    ],
    [
      'a question',
      backup({
        mentees: [{ id: 'e1', name: 'Cy', questions: ['\u0000'], wishes: [], avoid: [], attendance: 'expected' }],
      }),
      'event.mentees.0.questions.0: contains a control character (U+0000)',
    ],
    [
      'the event name',
      backup({ settings: { ...backup().event.settings, name: '\u200B' } }),
      'event.settings.name: must contain a visible character (not only spaces or invisible characters)',
    ],
    ['a seed', backup({ seed: 'x\u0000' }), 'event.seed: contains a control character (U+0000)'],
    [
      'a schedule name',
      backup({ schedule: { mentors: [{ id: 'm1', name: '\uD800', table: 'T1' }], mentees: [], rounds: [] } }),
      'event.schedule.mentors.0.name: contains a lone surrogate (U+D800), which is not text',
    ],
  ])('refuses a bad %s', (_, file, refusal) => {
    expect(refusals(backupFileSchema, file)).toEqual([refusal]);
  });

  it('refuses two people of one role with one name, as the API does (a mentor and a mentee may share one)', () => {
    const ev = backupFileSchema.parse(
      backup({
        mentors: [
          { id: 'm1', name: 'Zoë', table: 'T1', topics: [], attendance: 'expected' },
          { id: 'm2', name: 'ZOE', table: 'T2', topics: [], attendance: 'expected' },
        ],
        mentees: [
          { id: 'e1', name: 'Zoë', questions: [], wishes: [], avoid: [], attendance: 'expected' },
          { id: 'e2', name: 'Zoe\u0308', questions: [], wishes: [], avoid: [], attendance: 'expected' },
        ],
      }),
    ).event;
    expect(backupIssues(ev)).toEqual([
      { path: 'event.mentors.1.name', message: '"ZOE" is already mentor 1, spelled "Zoë"' },
      { path: 'event.mentees.1.name', message: '"Zoë" is already mentee 1' },
    ]);
  });
});

describe('the CSV import compares names with the same nameKey', () => {
  it('refuses the same duplicates the JSON API refuses, by line', () => {
    const csv = ['role,name', 'mentee,Zoë', 'mentee,Zoe\u0308', 'mentee,zo\u200Bë', 'mentee,Zoe', 'mentor,Zoe'].join(
      '\n',
    );
    const r = parseParticipantsCsv(csv);
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'line 3: name: "Zoë" is already a mentee on line 2',
      'line 4: name: "zo\\u200Bë" is already a mentee on line 2',
      'line 5: name: "Zoe" is already a mentee on line 2',
    ]);
  });

  it('resolves a wish for "Zoe" to the mentor Zoë, and refuses a NUL as the API does', () => {
    const ok = parseParticipantsCsv('role,name,wishes\nmentor,Zoë\nmentee,Cy,zoe');
    expect(ok.ok && ok.mentees[0]!.wishes).toEqual(['Zoë']);
    const bad = parseParticipantsCsv('role,name\nmentee,"C\u0000y"');
    expect(bad.ok ? [] : bad.issues).toEqual([
      {
        path: 'line 2',
        message: 'name: contains a control character (U+0000)',
        code: 'controlCharacter',
        params: { char: 'U+0000', field: 'name' },
      },
    ]);
  });
});

describe('quoteText', () => {
  it.each([
    ['Grace', '"Grace"'],
    ['Zo\u200Bë', '"Zo\\u200Bë"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['a\u0000b\u202E', '"a\\u0000b\\u202E"'],
    ['x\u{E0041}', '"x\\u{E0041}"'],
    ['two\nlines', '"two lines"'],
    ['x'.repeat(50), `"${'x'.repeat(39)}…"`],
  ])('%j is shown as %s', (value, shown) => {
    expect(quoteText(value)).toBe(shown);
  });
});
