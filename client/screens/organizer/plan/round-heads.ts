import { format } from 'date-fns';
import type { EventInfo } from '../../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../../shared/schemas/clock';
import { buildPhases, phaseStartTimes } from '../../../../shared/timeline';
import { consolePlanEdit } from '../../../i18n/catalogues/console-plan-edit';

const { t } = consolePlanEdit;

/** What the Plan matrix says above a round: when it starts, or that it has begun. */
export interface RoundHead {
  round: number;
  /** "18:24" (local time), "+24 min" (time from the start when no start time is known), or null. */
  time: string | null;
  /** The meeting has begun (or the event is over): its time is history. */
  begun: boolean;
}

/** A break between two rounds, shown as its own narrow column. */
export interface BreakHead {
  afterRound: number;
  minutes: number;
  time: string | null;
}

/** The round and break columns of the Plan matrix. */
export interface RoundHeads {
  rounds: RoundHead[];
  breaks: BreakHead[];
  /** Where the times come from, said once under the matrix. */
  basis: 'clock' | 'planned' | 'offset' | 'none';
}

/** Time from the start in words, "start", "+24 min", "+1 h 5 min", "+1 min 30 s": no clock time to confuse it with. */
const offset = (ms: number) => {
  const s = Math.round(ms / 1000);
  if (s === 0) return t('offsetStart');
  const [hours, minutes, seconds] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const parts = [
    hours && t('offsetHours', { hours }),
    minutes && t('offsetMinutes', { minutes }),
    seconds && t('offsetSeconds', { seconds }),
  ];
  return `+${parts.filter(Boolean).join(' ')}`;
};

/**
 * Pure: each round's start and each break, from the shared timeline as the phones count it
 * (`phaseStartTimes`): from the running clock (pauses and extensions move later rounds), else
 * from the planned start, else as time from the start. A round that has begun shows no time.
 * `clock` is the console's latest snapshot; `at` formats epoch ms in this browser's time zone.
 */
export function roundHeads(
  event: Pick<EventInfo, 'rounds' | 'roundSeconds' | 'changeoverSeconds' | 'breaks' | 'plannedStartAt'>,
  clock: ClockSnapshot,
  at: (ms: number) => string = (ms) => format(ms, 'HH:mm'),
): RoundHeads {
  const phases = buildPhases(event);
  const times = phaseStartTimes(clock, phases, clock.serverNow, event.plannedStartAt);
  const fromStart = clock.status === 'idle' && event.plannedStartAt === null;
  const starts: number[] = [];
  let elapsed = 0;
  for (const p of phases) {
    starts.push(elapsed);
    elapsed += p.seconds * 1000;
  }
  const timeOf = (i: number): string | null => {
    const t = times[i] ?? null;
    if (t !== null) return at(t);
    return fromStart ? offset(starts[i] ?? 0) : null;
  };
  const rounds: RoundHead[] = [];
  const breaks: BreakHead[] = [];
  phases.forEach((p, i) => {
    if (p.kind === 'meeting')
      rounds.push({ round: p.round, time: timeOf(i), begun: clock.status !== 'idle' && times[i] === null });
    if (p.kind === 'break')
      breaks.push({ afterRound: p.round - 1, minutes: Math.round(p.seconds / 60), time: timeOf(i) });
  });
  const basis =
    clock.status === 'running' || clock.status === 'paused'
      ? 'clock'
      : clock.status === 'idle'
        ? event.plannedStartAt === null
          ? 'offset'
          : 'planned'
        : 'none';
  return { rounds, breaks, basis };
}
