import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toIssues } from '../../../../shared/schemas/errors';
import { addPeopleSchema, questionsBodySchema } from '../../../../shared/schemas/people';
import { clockCommandSchema } from '../../../../shared/schemas/clock';
import { eventSettingsSchema } from '../../../../shared/schemas/settings';
import {
  closestField,
  knownFieldsAt,
  MAX_UNKNOWN_LISTED,
  unknownFieldMessage,
} from '../../../../shared/schemas/unknown-fields';

const MENTEE = ['name', 'questions', 'wishes', 'avoid', 'email', 'group', 'priority', 'table', 'locale'];
const SETTINGS = ['name', 'roundSeconds', 'changeoverSeconds', 'rounds', 'tableCapacity', 'breaks', 'plannedStartAt'];

describe('closestField', () => {
  it.each([
    ['wishs', MENTEE, 'wishes'], // a letter missing
    ['wihses', MENTEE, 'wishes'], // two letters swapped
    ['question', MENTEE, 'questions'],
    ['mail', MENTEE, 'email'],
    ['Avoid', MENTEE, 'avoid'], // case
    ['table_capacity', SETTINGS, 'tableCapacity'], // snake case
    ['round-seconds', SETTINGS, 'roundSeconds'],
    ['round', SETTINGS, 'rounds'],
    ['capacity', SETTINGS, 'tableCapacity'], // the only field containing it
    ['plannedStart', SETTINGS, 'plannedStartAt'],
  ])('%s → %s', (key, known, meant) => {
    expect(closestField(key, known)).toBe(meant);
  });

  it.each([
    ['colour', SETTINGS],
    ['age', MENTEE],
    ['id', MENTEE],
    ['token', MENTEE],
    ['seconds', SETTINGS], // in two fields: no guess
    ['', MENTEE],
    ['__proto__', MENTEE],
    ['w'.repeat(10_000), MENTEE],
    ['wishes', []],
  ])('%s: no suggestion', (key, known) => {
    expect(closestField(key, known)).toBeUndefined();
  });
});

describe('unknownFieldMessage', () => {
  it('says the field is unknown, and which one was probably meant', () => {
    expect(unknownFieldMessage('wishs', MENTEE)).toBe('unknown field; did you mean "wishes"?');
    expect(unknownFieldMessage('colour', SETTINGS)).toBe('unknown field');
  });
});

describe('knownFieldsAt', () => {
  it('finds the object at a path through arrays, defaults, optionals and unions', () => {
    expect(knownFieldsAt(addPeopleSchema, [])).toEqual(['mentors', 'mentees', 'peers']);
    expect(knownFieldsAt(addPeopleSchema, ['mentees', 3]).sort()).toEqual([...MENTEE].sort());
    expect(knownFieldsAt(eventSettingsSchema, ['breaks', 0]).sort()).toEqual(['afterRound', 'seconds']);
    expect(knownFieldsAt(clockCommandSchema, []).sort()).toEqual(['action', 'expectedPhase', 'seconds']);
    const nested = z.object({
      a: z.array(z.object({ b: z.object({ c: z.number() }).nullable().optional() })).default([]),
    });
    expect(knownFieldsAt(nested, ['a', 0, 'b'])).toEqual(['c']);
  });

  it('is empty where the path leads to no object', () => {
    expect(knownFieldsAt(addPeopleSchema, ['nobody'])).toEqual([]);
    expect(knownFieldsAt(addPeopleSchema, ['mentees', 'x'])).toEqual([]);
    expect(knownFieldsAt(questionsBodySchema, ['questions'])).toEqual([]);
    expect(knownFieldsAt(addPeopleSchema, ['__proto__'])).toEqual([]);
  });
});

describe('toIssues with unknown fields', () => {
  const issuesOf = (schema: z.ZodType, value: unknown, withSchema = true) => {
    const r = schema.safeParse(value);
    if (r.success) throw new Error('expected a refusal');
    return toIssues(r.error, withSchema ? schema : undefined);
  };

  it('gives each unknown field its own path, beside the other problems', () => {
    expect(issuesOf(addPeopleSchema, { mentees: [{ name: '', wishs: ['A'], shoe: 42 }] })).toEqual([
      { path: 'mentees.0.name', message: 'must not be empty', code: 'empty' },
      {
        path: 'mentees.0.wishs',
        message: 'unknown field; did you mean "wishes"?',
        code: 'unknownFieldMeant',
        params: { suggestion: 'wishes' },
      },
      { path: 'mentees.0.shoe', message: 'unknown field', code: 'unknownField' },
    ]);
  });

  it('refuses a __proto__ key like any other', () => {
    expect(issuesOf(questionsBodySchema, JSON.parse('{"questions":[],"__proto__":{"x":1}}'))).toEqual([
      { path: '__proto__', message: 'unknown field', code: 'unknownField' },
    ]);
  });

  it('without the schema: the same paths, no suggestion', () => {
    expect(issuesOf(addPeopleSchema, { mentees: [{ name: 'Sam', wishs: [] }] }, false)).toEqual([
      { path: 'mentees.0.wishs', message: 'unknown field', code: 'unknownField' },
    ]);
  });

  it('suggests for the first 100 unknown fields only (an error answer lists no more)', () => {
    const issues = issuesOf(addPeopleSchema, {
      mentees: Array.from({ length: 150 }, (_, i) => ({ name: `M${i}`, wishs: [] })),
    });
    expect(issues).toHaveLength(150);
    expect(issues[99]).toEqual({
      path: 'mentees.99.wishs',
      message: 'unknown field; did you mean "wishes"?',
      code: 'unknownFieldMeant',
      params: { suggestion: 'wishes' },
    });
    expect(issues[100]).toEqual({ path: 'mentees.100.wishs', message: 'unknown field', code: 'unknownField' });
  });

  it(`lists ${MAX_UNKNOWN_LISTED} unknown fields of one object, then counts the rest`, () => {
    const body = { questions: [], ...Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`k${i}`, i])) };
    const issues = issuesOf(questionsBodySchema, body);
    expect(issues).toHaveLength(MAX_UNKNOWN_LISTED + 1);
    expect(issues[0]).toEqual({ path: 'k0', message: 'unknown field', code: 'unknownField' });
    expect(issues.at(-1)).toEqual({
      path: '(root)',
      message: `and ${3000 - MAX_UNKNOWN_LISTED} more unknown fields`,
      code: 'moreUnknownFields',
      params: { count: 3000 - MAX_UNKNOWN_LISTED },
    });
  });
});
