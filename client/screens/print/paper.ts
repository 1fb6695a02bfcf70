/** The paper sizes the printables are laid out for. */
export type Paper = 'a4' | 'letter';
export type Orientation = 'portrait' | 'landscape';

/** Sheet sizes in millimetres (portrait) and what the picker calls them. */
export const PAPERS: Record<Paper, { label: string; css: string; width: number; height: number }> = {
  a4: { label: 'A4', css: 'A4', width: 210, height: 297 },
  letter: { label: 'US Letter', css: 'letter', width: 215.9, height: 279.4 },
};

/** The printer margin on every side, mm (inside what most printers can reach). */
export const MARGIN_MM = 10;

export const isPaper = (v: unknown): v is Paper => v === 'a4' || v === 'letter';

/** Countries (and so locales) that print on US Letter; everyone else uses A4. */
const LETTER_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'CL',
  'CO',
  'VE',
  'GT',
  'CR',
  'PA',
  'DO',
  'PR',
  'SV',
  'NI',
  'HN',
  'BO',
]);

/** The paper to start with: `?paper=` in the address, else the last choice, else by the browser's region. */
export function initialPaper(search: string, stored: string | null, language: string): Paper {
  const asked = new URLSearchParams(search).get('paper');
  if (isPaper(asked)) return asked;
  if (isPaper(stored)) return stored;
  const region = /[-_]([A-Za-z]{2})\b/.exec(language)?.[1]?.toUpperCase();
  return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}

/** The printable area of one page in mm (the sheet less the margins), for the layout. */
export function pageArea(paper: Paper, orientation: Orientation): { width: number; height: number } {
  const p = PAPERS[paper];
  const [w, h] = orientation === 'portrait' ? [p.width, p.height] : [p.height, p.width];
  return { width: w - 2 * MARGIN_MM, height: h - 2 * MARGIN_MM };
}

/** The CSS `@page` rule for a paper and orientation. */
export function pageRule(paper: Paper, orientation: Orientation): string {
  return `@page { size: ${PAPERS[paper].css} ${orientation}; margin: ${MARGIN_MM}mm; }`;
}
