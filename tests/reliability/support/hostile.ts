import fc from 'fast-check';

/**
 * Hostile inputs for the fuzz tests: wrong types, huge and strange strings, deep nesting,
 * prototype keys, and near-valid bodies with one field replaced by any of those.
 */

/** Strings a name or question field should survive (or refuse cleanly). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) }, // lone surrogates, controls
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\u0000',
      '\u200b',
      '\u202e',
      '\ufeff',
      'Zoë 李雷 عمر 👩🏽‍💻',
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      '=HYPERLINK("http://evil","x")',
      '@SUM(1)',
      '+1',
      '-1',
      "'; DROP TABLE people; --",
      '__proto__',
      'constructor',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${…}, probing template injection
      '${7*7}',
      '{{7*7}}',
      '../../etc/passwd',
      '%00',
      '\\',
      '\r\n\r\n',
      'a'.repeat(501),
      'T1',
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1_000, max: 200_000 })
      .chain((n) => fc.constantFrom('x', 'é', '李', '👩🏽‍💻', '\u0000').map((c) => c.repeat(n))),
  },
);

/** A value of any JSON type, including hostile strings and awkward numbers. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(0, -0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.5, 3601, 86_401),
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], { '': '' }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 31, max: 3000 }).map((n) => Array.from({ length: n }, (_, i) => `item ${i}`)),
  },
  { weight: 1, arbitrary: fc.integer({ min: 2, max: 2000 }).map((depth) => nest(depth)) },
);

/** `[[[…]]]` `depth` levels deep (JSON parsers and validators must not blow their stack). */
export function nest(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** Keys that trip naive merging code. */
const nastyKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  '0',
  'id',
  'token',
  'role',
  'eventId',
  'attendance',
);

/** A hostile object: random keys (some nasty) to hostile values. */
export const hostileObject: fc.Arbitrary<Record<string, unknown>> = fc
  .array(fc.tuple(fc.oneof(nastyKey, fc.string({ maxLength: 12 })), hostileValue), { maxLength: 6 })
  .map((entries) => {
    const o: Record<string, unknown> = {};
    for (const [k, v] of entries)
      Object.defineProperty(o, k, { value: v, enumerable: true, configurable: true, writable: true });
    return o;
  });

/**
 * A near-valid body: `template` with some fields replaced, removed or added, each by a hostile
 * value. Most such bodies are invalid, and they reach deeper than random JSON does.
 */
export function mutate(
  template: Record<string, unknown>,
  extraKeys: string[] = [],
): fc.Arbitrary<Record<string, unknown>> {
  const keys = [...new Set([...Object.keys(template), ...extraKeys])];
  return fc
    .array(
      fc.tuple(fc.constantFrom(...keys, '__proto__', 'unknownField'), fc.oneof(hostileValue, fc.constant(undefined))),
      { minLength: 1, maxLength: 3 },
    )
    .map((edits) => {
      const o: Record<string, unknown> = { ...template };
      for (const [k, v] of edits) {
        if (v === undefined) delete o[k];
        else Object.defineProperty(o, k, { value: v, enumerable: true, configurable: true, writable: true });
      }
      return o;
    });
}

/** A body as it goes on the wire: JSON of a value, or raw text that is not quite JSON. */
export type WireBody = { kind: 'json'; value: unknown } | { kind: 'raw'; text: string; contentType: string };

const brokenJson: fc.Arbitrary<WireBody> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }).chain((v) => {
    const text = JSON.stringify(v) ?? 'null';
    return fc.integer({ min: 0, max: Math.max(0, text.length - 1) }).map((cut) => ({
      kind: 'raw' as const,
      text: text.slice(0, cut) + (cut < text.length ? '' : '}'),
      contentType: 'application/json',
    }));
  }),
  fc
    .constantFrom(
      '{',
      '{"a":}',
      "{'a':1}",
      '{"a":1,}',
      'NaN',
      'undefined',
      '\u0000',
      '[1,2',
      '{"a":"\\x41"}',
      '{"a":1}{"b":2}',
      '\ufeff{}',
      '{"a":"\ud800"}',
      '1e99999',
    )
    .map((text) => ({ kind: 'raw' as const, text, contentType: 'application/json' })),
  fc.integer({ min: 5_000, max: 60_000 }).map((depth) => ({
    kind: 'raw' as const,
    text: '['.repeat(depth) + ']'.repeat(depth),
    contentType: 'application/json',
  })),
  fc.integer({ min: 5_000, max: 60_000 }).map((depth) => ({
    kind: 'raw' as const,
    text: `{"questions":${'['.repeat(depth)}${']'.repeat(depth)}}`,
    contentType: 'application/json',
  })),
);

/** A JSON body sent with another content type: the server must say so, not ignore it. */
const wrongType: fc.Arbitrary<WireBody> = fc
  .tuple(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/xml',
      'multipart/form-data; boundary=x',
      'application/octet-stream',
    ),
  )
  .map(([v, contentType]) => ({ kind: 'raw' as const, text: JSON.stringify(v) ?? '{}', contentType }));

/**
 * The template with one field's value replaced by raw nesting thousands of levels deep (as
 * text: building it as an object would overflow the test's own JSON.stringify).
 */
const deepField = (template: Record<string, unknown>): fc.Arbitrary<WireBody> =>
  fc.tuple(fc.constantFrom(...Object.keys(template)), fc.integer({ min: 5_000, max: 100_000 })).map(([key, depth]) => ({
    kind: 'raw' as const,
    text: JSON.stringify({ ...template, [key]: '__DEEP__' }).replace(
      '"__DEEP__"',
      '['.repeat(depth) + ']'.repeat(depth),
    ),
    contentType: 'application/json',
  }));

/** Any hostile body for a JSON endpoint whose valid shape is `template`. */
export function hostileBody(template: Record<string, unknown>, extraKeys: string[] = []): fc.Arbitrary<WireBody> {
  return fc.oneof(
    { weight: 1, arbitrary: deepField(template) },
    { weight: 5, arbitrary: mutate(template, extraKeys).map((value) => ({ kind: 'json' as const, value })) },
    { weight: 2, arbitrary: hostileObject.map((value) => ({ kind: 'json' as const, value })) },
    { weight: 1, arbitrary: hostileValue.map((value) => ({ kind: 'json' as const, value })) },
    { weight: 2, arbitrary: brokenJson },
    { weight: 1, arbitrary: wrongType },
  );
}

const csvCell: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'mentor',
      'mentee',
      'Mentor',
      'boss',
      '',
      'Grace Hopper',
      'Sam',
      'T1',
      'a;b',
      'x|y|z',
      '"',
      '""',
      '"quoted"',
      '"un',
      'a,b',
      '\r',
      '\n',
      '\u0000',
      '=1+1',
      '@x',
      '\ufeff',
      '<b>x</b>',
    ),
  },
  { weight: 3, arbitrary: hostileString.filter((s) => s.length < 2000) },
);
const header = fc.oneof(
  fc.constant('role,name,table,topics,questions,wishes,avoid,email'),
  fc.constant('role,name'),
  fc
    .shuffledSubarray(
      [
        'role',
        'name',
        'table',
        'topics',
        'questions',
        'wishes',
        'avoid',
        'email',
        'bio',
        'extra',
        'ROLE',
        'Name',
        '',
        'name',
      ],
      { minLength: 0, maxLength: 9 },
    )
    .map((h) => h.join(',')),
);

/** Malformed (and sometimes well-formed) participants CSV. */
export const hostileCsv: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    header,
    fc.array(
      fc.array(csvCell, { maxLength: 10 }).map((cells) => cells.join(',')),
      { maxLength: 30 },
    ),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([bom, h, rows, nl]) => `${bom ? '\ufeff' : ''}${[h, ...rows].join(nl)}`);
