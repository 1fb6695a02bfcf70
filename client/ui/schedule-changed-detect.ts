import type { MyRound } from '../../shared/protocol/views';
import type { ClockSnapshot } from '../../shared/schemas/clock';
import { phone } from '../i18n/catalogues/phone';
import { tableAndMentor } from '../live/where-now';

/** A person's seat in one round, as a comparable key: the table and mentor (mentee), or who sits there (mentor). */
export function seatKey(role: 'mentor' | 'mentee', r: MyRound): string {
  return role === 'mentee'
    ? `${r.table ?? '-'}|${r.mentorId ?? '-'}`
    : `${r.table ?? '-'}|${r.mentees
        .map((m) => m.id)
        .sort()
        .join(',')}`;
}

/** Seat keys by round: what is remembered of the previous snapshot (plain data, safe from store updates). */
export function seatKeys(role: 'mentor' | 'mentee', rounds: readonly MyRound[]): Map<number, string> {
  return new Map(rounds.map((r) => [r.round, seatKey(role, r)] as const));
}

/**
 * The first round a person has not started yet, by the live clock: round 1 before the start,
 * the round after the meeting under way, the round people are moving to in a changeover or
 * break; null after the end. (The server's replans start at the same round.)
 */
export function upcomingRound(clock: Pick<ClockSnapshot, 'status' | 'phase'>): number | null {
  if (clock.status === 'finished') return null;
  if (clock.status === 'idle' || !clock.phase) return 1;
  return clock.phase.kind === 'meeting' ? clock.phase.round + 1 : clock.phase.round;
}

/** What changed for one person: the first changed round, their seat in it, and the round they go to next. */
export interface ScheduleChange {
  firstChanged: number;
  /** My entry in the first changed round. */
  changed: MyRound | null;
  /** My entry in the round I go to next (the first not yet begun). */
  next: MyRound | null;
}

/** Pure: whether the rounds ≥ `from` differ between the previous seats and the new rounds. */
export function scheduleChange(
  role: 'mentor' | 'mentee',
  before: ReadonlyMap<number, string>,
  after: readonly MyRound[],
  from: number,
): ScheduleChange | null {
  const entry = (n: number) => after.find((r) => r.round === n) ?? null;
  const rounds = [...new Set([...before.keys(), ...after.map((r) => r.round)])]
    .filter((n) => n >= from)
    .sort((a, b) => a - b);
  const first = rounds.find((n) => {
    const now = entry(n);
    return before.get(n) !== (now ? seatKey(role, now) : undefined);
  });
  return first === undefined ? null : { firstChanged: first, changed: entry(first), next: entry(from) };
}

/** The notice's words: "Your schedule changed" and where to go, from the first round that changed. */
export function changeText(role: 'mentor' | 'mentee', change: ScheduleChange): { title: string; detail: string } {
  const title = phone.t('changedTitle');
  const at = change.changed;
  if (!at) return { title, detail: phone.t('changedFrom', { round: change.firstChanged }) };
  const isNext = change.next?.round === at.round;
  const round = at.round;
  if (role === 'mentee') {
    if (!at.table) return { title, detail: phone.t('changedSitOut', { round }) };
    const seat = tableAndMentor(at);
    return {
      title,
      detail: isNext ? phone.t('changedNextGo', { seat, round }) : phone.t('changedGo', { seat, round }),
    };
  }
  if (!at.table || at.mentees.length === 0) return { title, detail: phone.t('changedNoOne', { round }) };
  const names = at.mentees.map((m) => m.name).join(', ');
  return {
    title,
    detail: isNext ? phone.t('changedNextAt', { round, names }) : phone.t('changedAt', { round, names }),
  };
}
