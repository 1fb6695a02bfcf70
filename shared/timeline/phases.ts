import type { PhaseKind } from '../schemas/clock';
import type { Break } from '../schemas/settings';

/** A phase of the event with its length. */
export interface Phase {
  index: number;
  kind: PhaseKind;
  /** Meeting: its round. Changeover or break: the round people are moving to. */
  round: number;
  seconds: number;
}

/** The timing settings the timeline needs (rounds already resolved to a number). */
export interface TimingSettings {
  rounds: number;
  roundSeconds: number;
  changeoverSeconds: number;
  breaks: Break[];
}

/**
 * The phases of an event: meeting 1, changeover, meeting 2, …, meeting N.
 * A break configured after round k replaces that changeover.
 */
export function buildPhases(t: TimingSettings): Phase[] {
  const breakAfter = new Map(t.breaks.map((b) => [b.afterRound, b.seconds]));
  const phases: Phase[] = [];
  for (let round = 1; round <= t.rounds; round++) {
    if (round > 1) {
      const pause = breakAfter.get(round - 1);
      phases.push(
        pause !== undefined
          ? { index: phases.length, kind: 'break', round, seconds: pause }
          : { index: phases.length, kind: 'changeover', round, seconds: t.changeoverSeconds },
      );
    }
    phases.push({ index: phases.length, kind: 'meeting', round, seconds: t.roundSeconds });
  }
  return phases;
}

/** The index of round `round`'s meeting phase. */
export function meetingPhaseIndex(round: number): number {
  return (round - 1) * 2;
}

/**
 * The first round whose seating may still change at phase `phaseIndex`: the current
 * meeting's round has begun, but during a changeover or break the coming round has not.
 */
export function firstOpenRound(phases: Phase[], phaseIndex: number | null): number {
  if (phaseIndex === null) return 1;
  const phase = phases[phaseIndex];
  if (!phase) return phases.length === 0 ? 1 : phases[phases.length - 1]!.round + 1;
  return phase.kind === 'meeting' ? phase.round + 1 : phase.round;
}
