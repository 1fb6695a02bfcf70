import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Issue 19: right to left, every screen mirrors. A side written as left or right (margin-left,
 * text-align: left, a sticky `left: 0`) stays on the left in Arabic too; the logical properties
 * (margin-inline-start, text-align: start, inset-inline-start) follow the page's direction.
 * Centring (`left: 50%` with a translate) reads the same both ways and is allowed.
 */
const SIDES = [
  '(?:margin|padding|border)-(?:left|right)(?:-\\w+)?',
  'text-align:\\s*(?:left|right)',
  'float:\\s*(?:left|right)',
  '(?:left|right):\\s*(?!\\s|50%)[^;]+',
];
const PHYSICAL = new RegExp(`(?:^|[;{\\s])(${SIDES.join('|')})`);

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return cssFiles(path);
    return e.name.endsWith('.css') ? [path] : [];
  });
}

describe('the client’s CSS is written in logical directions', () => {
  const files = cssFiles('client');

  it('finds the stylesheets', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('has no left or right side that would not mirror right to left', () => {
    const found = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => {
          const m = PHYSICAL.exec(line.replace(/\/\*.*?\*\//g, ''));
          return m ? [`${f}:${i + 1}: ${m[1]!.trim()}`] : [];
        }),
    );
    expect(found).toEqual([]);
  });

  it('catches a physical side (the check itself)', () => {
    for (const bad of ['  margin-left: 4px;', '  text-align: right;', '  left: 0;', '  border-right-width: 1px;'])
      expect(PHYSICAL.test(bad), bad).toBe(true);
    for (const good of [
      '  margin-inline-start: 4px;',
      '  left: 50%;',
      '  text-align: start;',
      '  inset-inline-start: 0;',
    ])
      expect(PHYSICAL.test(good), good).toBe(false);
  });
});
