import type { Cue } from './cues';

/** Vibration patterns (ms): a firm buzz for a new phase, two short taps for the warning. */
export const VIBRATION: Record<Cue, number[]> = { phase: [300], warning: [120, 100, 120] };

/**
 * Vibrate where the phone allows it (many browsers, e.g. Safari, do not); never throws.
 * Chromium refuses (with a console warning) until the person has touched the page once.
 */
export function vibrate(cue: Cue): boolean {
  try {
    if (typeof navigator === 'undefined' || typeof navigator.vibrate !== 'function') return false;
    const activation = (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } }).userActivation;
    if (activation && !activation.hasBeenActive) return false;
    return navigator.vibrate(VIBRATION[cue]);
  } catch {
    return false;
  }
}
