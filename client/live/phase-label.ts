import type { ClockSnapshot } from '../../shared/schemas/clock';

/** The phase in words: "Round 3 of 8 — talk", "Move to your next table", "Break", … */
export function phaseLabel(clock: Pick<ClockSnapshot, 'status' | 'phase' | 'rounds'>): string {
  if (clock.status === 'idle') return 'Not started yet';
  if (clock.status === 'finished') return 'The event has ended';
  const p = clock.phase;
  if (!p) return '';
  const paused = clock.status === 'paused' ? ' (paused)' : '';
  switch (p.kind) {
    case 'meeting':
      return `Round ${p.round} of ${clock.rounds} — talk${paused}`;
    case 'changeover':
      return `Move to your next table${paused}`;
    case 'break':
      return `Break${paused}`;
  }
}
