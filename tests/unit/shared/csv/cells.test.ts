import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { neutraliseCell, restoreCell } from '../../../../shared/csv';

describe('formula neutralisation', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+33 6 12', "'+33 6 12"],
    ['-5 years', "'-5 years"],
    ['@home', "'@home"],
    ['\tindented', "'\tindented"],
    ['\rcarriage', "'\rcarriage"],
    ['=1\n=2', "'=1\n=2"],
    ["'=already", "''=already"],
    ["''+x", "'''+x"],
    ['Ann', 'Ann'],
    ["'quoted", "'quoted"],
    ['a=b', 'a=b'],
    [' =x', ' =x'],
    ['', ''],
    ['李雷', '李雷'],
  ])('%j → %j', (value, written) => {
    expect(neutraliseCell(value)).toBe(written);
    expect(restoreCell(written)).toBe(value);
  });

  it('is undone exactly by restoreCell for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ') }), (s) => {
        expect(restoreCell(neutraliseCell(s))).toBe(s);
        expect(neutraliseCell(s)).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});
