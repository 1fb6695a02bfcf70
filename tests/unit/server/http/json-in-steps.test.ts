import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonListsInSteps } from '../../../../server/http/json-in-steps';

describe('jsonListsInSteps', () => {
  it('gives exactly JSON.stringify of the mapped lists (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string(), fc.array(fc.jsonValue(), { maxLength: 20 })), async (lists) => {
        const each = (x: unknown) => ({ x });
        const whole = JSON.stringify(Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, v.map(each)])));
        expect(await jsonListsInSteps(lists, each, async () => {})).toBe(whole);
      }),
    );
  });

  it('writes null for an item that maps to nothing, as JSON.stringify does in an array', async () => {
    expect(
      await jsonListsInSteps(
        { a: [1, 2] },
        () => undefined,
        async () => {},
      ),
    ).toBe('{"a":[null,null]}');
  });

  it('pauses between batches of 500 items', async () => {
    let pauses = 0;
    await jsonListsInSteps(
      { a: Array(700).fill(1), b: Array(400).fill(2) },
      (x) => x,
      async () => void pauses++,
    );
    expect(pauses).toBe(2);
  });
});
