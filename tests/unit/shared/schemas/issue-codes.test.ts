import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { toIssues, type Issue } from '../../../../shared/schemas/errors';
import { ISSUE_CODES } from '../../../../shared/schemas/issue-codes';
import { addPeopleSchema } from '../../../../shared/schemas/people';
import { signupBodySchema } from '../../../../shared/schemas/registration';
import { eventSettingsSchema } from '../../../../shared/schemas/settings';

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  if (r.success) throw new Error('expected a refusal');
  return toIssues(r.error, schema);
};
const coded = (schema: z.ZodType, value: unknown) =>
  issuesOf(schema, value).map(({ path, code, params }) => ({ path, code, ...(params ? { params } : {}) }));

describe('stable issue codes beside the English message (issue 19)', () => {
  it('names what is wrong with a setting, with the limit as a parameter', () => {
    expect(
      coded(eventSettingsSchema, {
        name: 'x'.repeat(201),
        roundSeconds: 0,
        changeoverSeconds: 1.5,
        rounds: 201,
        tableCapacity: 'two',
        locale: 'pt',
        labels: { mentor: '   ', mentee: 'Founder' },
      }),
    ).toEqual([
      { path: 'name', code: 'tooLong', params: { max: 200 } },
      { path: 'roundSeconds', code: 'tooLow', params: { min: 1 } },
      { path: 'changeoverSeconds', code: 'notWhole' },
      { path: 'rounds', code: 'tooHigh', params: { max: 200 } },
      { path: 'tableCapacity', code: 'wrongType', params: { expected: 'number' } },
      { path: 'labels.mentor', code: 'empty' },
      { path: 'locale', code: 'notOneOf', params: { options: 'en, de, fr, es, ar, zh-Hans' } },
    ]);
  });

  it('says a missing field is required, and codes the refinements of text fields', () => {
    expect(coded(eventSettingsSchema, { roundSeconds: 60, changeoverSeconds: 10 })).toEqual([
      { path: 'name', code: 'required' },
    ]);
    expect(
      coded(addPeopleSchema, {
        mentors: [{ name: 'A; B', meetingUrl: 'http://x.org' }, { name: '\u200b' }, { name: 'Ann\u202e' }],
        mentees: [{ name: 'Sam', questions: Array.from({ length: 31 }, () => 'q') }],
      }),
    ).toEqual([
      { path: 'mentors.0.name', code: 'semicolonInName' },
      { path: 'mentors.0.meetingUrl', code: 'notHttps' },
      { path: 'mentors.1.name', code: 'noVisibleCharacter' },
      { path: 'mentors.2.name', code: 'bidiControl', params: { char: 'U+202E' } },
      { path: 'mentees.0.questions', code: 'tooMany', params: { max: 30 } },
    ]);
  });

  it('keeps the English message as it was', () => {
    const [issue] = issuesOf(eventSettingsSchema, { name: '', roundSeconds: 60, changeoverSeconds: 10 });
    expect(issue).toEqual({ path: 'name', message: 'must not be empty', code: 'empty' });
  });

  it('codes the sign-up form: consent to tick, an e-mail, too many wishes, an unknown field', () => {
    expect(
      coded(signupBodySchema, { name: 'Sam', email: 'sam@', wishes: ['a', 'b', 'c', 'd'], consent: false, age: 3 }),
    ).toEqual([
      { path: 'email', code: 'notEmail' },
      { path: 'wishes', code: 'tooMany', params: { max: 3 } },
      { path: 'consent', code: 'mustAccept' },
      { path: 'age', code: 'unknownField' },
    ]);
  });

  it('codes the breaks the settings refuse, with the round', () => {
    const settings = { name: 'Night', roundSeconds: 60, changeoverSeconds: 10, rounds: 3 };
    const breaks = [
      { afterRound: 1, seconds: 60 },
      { afterRound: 1, seconds: 60 },
      { afterRound: 3, seconds: 60 },
    ];
    expect(coded(eventSettingsSchema, { ...settings, breaks })).toEqual([
      { path: 'breaks.1.afterRound', code: 'breakTwice', params: { round: 1 } },
      { path: 'breaks.2.afterRound', code: 'breakAfterLast', params: { rounds: 3 } },
    ]);
  });

  it('every code is a listed one, and carries exactly its listed params', () => {
    const samples: Issue[] = [
      ...issuesOf(eventSettingsSchema, { name: 'x'.repeat(201), roundSeconds: 0, changeoverSeconds: 1.5, x: 1 }),
      ...issuesOf(addPeopleSchema, { mentors: [{ name: 'A; B', meetingUrl: 'http://x' }], mentees: [{ nam: 'S' }] }),
      ...issuesOf(signupBodySchema, { name: '\u0000', email: 'x', consent: 'yes' }),
    ];
    expect(samples.length).toBeGreaterThan(8);
    for (const i of samples) {
      expect(Object.keys(ISSUE_CODES), i.path).toContain(i.code);
      const listed: readonly string[] = ISSUE_CODES[i.code as keyof typeof ISSUE_CODES];
      expect(Object.keys(i.params ?? {}).sort(), `${i.path} ${i.code}`).toEqual([...listed].sort());
    }
  });
});
