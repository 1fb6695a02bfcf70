import { describe, expect, it } from 'vitest';
import type { ParamArgs, ParamsOf, TagsOf } from '../../../client/i18n/message-params';

// Type-level: `tsc --noEmit` (npm test) fails if a placeholder's name or value type is not
// worked out of the English text. The @ts-expect-error lines are the wrong calls it must refuse.

type Plural = ParamsOf<'{count, plural, one {# round} other {# rounds}}'>;
type Simple = ParamsOf<'Round {n} of {total}'>;
type Nested = ParamsOf<'{role, select, mentor {Mentor} other {{name}, mentee}} at {table}'>;
type Ordinal = ParamsOf<'Your {rank, selectordinal, one {#st} other {#th}} wish'>;

const plural: Plural = { count: 2 };
const simple: Simple = { n: 1, total: '3' };
const nested: Nested = { role: 'mentor', name: 'Ann', table: 'T1' };
const ordinal: Ordinal = { rank: 1 };
const none: ParamArgs<'Sign up'> = [];
const tag: TagsOf<'Your link. <link>Open your page</link>.'> = 'link';

// @ts-expect-error a misspelt placeholder
const misspelt: Simple = { n: 1, totl: 3 };
// @ts-expect-error a missing placeholder
const missing: Simple = { n: 1 };
// @ts-expect-error a plural needs a number
const wrongType: Plural = { count: 'two' };
// @ts-expect-error a message without placeholders takes none
const extra: ParamArgs<'Sign up'> = [{ n: 1 }];
// @ts-expect-error option texts ("Mentor") are not placeholders
const notAnArg: Nested['Mentor'] = 'x';

describe('placeholder types from ICU text', () => {
  it('compiles the right calls (the checks are the types above)', () => {
    expect([plural, simple, nested, ordinal, none, tag]).toHaveLength(6);
    expect([misspelt, missing, wrongType, extra, notAnArg]).toHaveLength(5);
  });
});
