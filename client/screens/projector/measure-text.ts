import { estimateEm, type MeasureEm } from './text-lines';

/**
 * Text widths as the browser draws them (a canvas in the board's font, at 100 px), so the
 * board knows where a long name wraps. Bold is measured at the heaviest weight a card uses
 * (800, the table label). Falls back to an estimate where there is no canvas (tests in a
 * DOM without layout). Cached: the board asks for the same words at every size it tries.
 */
export function textMeasure(fontFamily: string): MeasureEm {
  const contexts = [400, 800].map((weight) => {
    try {
      const ctx = document.createElement('canvas').getContext('2d');
      if (!ctx) return null;
      ctx.font = `${weight} 100px ${fontFamily}`;
      return ctx;
    } catch {
      return null;
    }
  });
  const cache = new Map<string, number>();
  return (text, bold) => {
    const key = `${bold ? 'b' : 'n'}${text}`;
    let em = cache.get(key);
    if (em === undefined) {
      const ctx = contexts[bold ? 1 : 0];
      const px = ctx ? ctx.measureText(text).width : Number.NaN;
      em = Number.isFinite(px) && px > 0 ? px / 100 : estimateEm(text, bold);
      cache.set(key, em);
    }
    return em;
  };
}
