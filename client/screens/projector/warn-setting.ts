/** The default warning before a round ends, in seconds. */
export const DEFAULT_WARN_SECONDS = 60;
export const WARN_STORAGE_KEY = 'tablehop.projector.warnSeconds';

/**
 * Pure: the warning time in seconds from the page's `?warn=` setting, else the remembered
 * value, else 60. 0 turns the warning off; values are clamped to 0…3600.
 */
export function parseWarnSeconds(search: string, stored: string | null): number {
  const fromQuery = new URLSearchParams(search).get('warn');
  for (const raw of [fromQuery, stored]) {
    if (raw === null || raw.trim() === '') continue;
    const n = Number(raw);
    if (Number.isFinite(n)) return Math.min(3600, Math.max(0, Math.round(n)));
  }
  return DEFAULT_WARN_SECONDS;
}
