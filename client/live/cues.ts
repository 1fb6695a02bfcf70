import type { ClockSnapshot } from '../../shared/schemas/clock';
import { remainingAt } from './countdown-text';

/** When a phone buzzes its warning and its countdown turns to "Last minute": a minute before a meeting ends. */
export const PHONE_WARNING_MS = 60_000;

/** What a screen should signal: a new phase began, or the meeting is about to end. */
export type Cue = 'phase' | 'warning';

/** What the cue tracker remembers between two looks at the clock. */
export interface CueState {
  key: string;
  remainingMs: number;
}

/** Which phase the clock is in, ignoring pause/resume (those are not phase changes). */
function phaseKey(clock: Pick<ClockSnapshot, 'status' | 'phase'>): string {
  if (clock.status === 'idle' || clock.status === 'finished' || !clock.phase) return clock.status;
  return `phase-${clock.phase.index}`;
}

/**
 * Pure: given the previous look and the clock at `serverNow`, whether to signal now.
 * 'phase' when the phase changed since the last look (never on the first look: opening a
 * page is not a phase change); 'warning' when a running meeting's remaining time crosses
 * `warnMs` (0 turns the warning off).
 */
export function nextCue(
  prev: CueState | null,
  clock: ClockSnapshot,
  serverNow: number,
  warnMs: number,
): { state: CueState; cue: Cue | null } {
  const state = { key: phaseKey(clock), remainingMs: remainingAt(clock, serverNow) };
  if (!prev) return { state, cue: null };
  if (prev.key !== state.key) return { state, cue: state.key === 'idle' ? null : 'phase' };
  const warns =
    warnMs > 0 &&
    clock.status === 'running' &&
    clock.phase?.kind === 'meeting' &&
    prev.remainingMs > warnMs &&
    state.remainingMs <= warnMs &&
    state.remainingMs > 0;
  return { state, cue: warns ? 'warning' : null };
}

/**
 * What the countdown shows beside its digits, as a colour and a word: the clock is stopped
 * ('paused'), or a running meeting is in its last `warnMs` ('last-minute'; 0 turns it off).
 */
export type ClockCue = 'paused' | 'last-minute' | null;

/** Pure: the countdown's cue for the clock at `serverNow`. */
export function clockCue(
  clock: Pick<ClockSnapshot, 'status' | 'phase' | 'phaseEndsAt' | 'remainingMs'>,
  serverNow: number,
  warnMs: number,
): ClockCue {
  if (clock.status === 'paused') return 'paused';
  if (clock.status !== 'running' || clock.phase?.kind !== 'meeting' || warnMs <= 0) return null;
  const left = remainingAt(clock, serverNow);
  return left > 0 && left <= warnMs ? 'last-minute' : null;
}

/** The cue in words: "Paused", or "Last minute" (or "Ending soon" for a warning of more than a minute). */
export function clockCueText(cue: ClockCue, warnMs: number): string {
  if (cue === 'paused') return 'Paused';
  if (cue === 'last-minute') return warnMs > 60_000 ? 'Ending soon' : 'Last minute';
  return '';
}
