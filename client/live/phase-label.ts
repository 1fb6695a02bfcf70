import type { ClockSnapshot } from '../../shared/schemas/clock';

/** What a label needs from a clock snapshot. */
export type LabelClock = {
  status: ClockSnapshot['status'];
  phase: Pick<NonNullable<ClockSnapshot['phase']>, 'kind' | 'round'> | null;
  rounds: number;
};

/** The words a screen uses for each state of the clock; `of` is "3 of 8" for round 3. */
export interface PhaseWords {
  idle: string;
  finished: string;
  meeting: (of: string) => string;
  changeover: (of: string) => string;
  break: (of: string) => string;
}

/** The phase in a screen's own words, with " (paused)" while paused. */
export function phaseText(clock: LabelClock, words: PhaseWords): string {
  if (clock.status === 'idle') return words.idle;
  if (clock.status === 'finished') return words.finished;
  const p = clock.phase;
  if (!p) return '';
  const of = `${p.round} of ${clock.rounds}`;
  const paused = clock.status === 'paused' ? ' (paused)' : '';
  return words[p.kind](of) + paused;
}

// The organizer's words; the phones say each phase in their own (phone-phrases.ts).
const CONSOLE_WORDS: PhaseWords = {
  idle: 'Not started yet',
  finished: 'The event has ended',
  meeting: (of) => `Round ${of} — talk`,
  changeover: () => 'Move to your next table',
  break: () => 'Break',
};

/** The phase in words: "Round 3 of 8 — talk", "Move to your next table", "Break", … */
export function phaseLabel(clock: LabelClock): string {
  return phaseText(clock, CONSOLE_WORDS);
}
