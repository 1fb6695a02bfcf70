import type { Phase } from '../../../shared/timeline';
import type { ClockSeen } from './load-protocol';

/** A phase boundary as the server's timeline says it happens: when, into which phase, which version. */
export interface Boundary {
  at: number;
  version: number;
  status: 'running' | 'finished';
  phaseIndex: number | null;
  phaseEndsAt: number | null;
}

/**
 * Every boundary still to come of a clock that runs untouched from `start` (no pause, skip or
 * extend): each phase ends its own length after the previous one ended, and each boundary is
 * one new clock version (shared/timeline `advance`).
 */
export function boundariesFrom(start: { phaseIndex: number; phaseEndsAt: number; version: number }, phases: Phase[]) {
  const out: Boundary[] = [];
  let endsAt = start.phaseEndsAt;
  let version = start.version;
  for (let i = start.phaseIndex + 1; i < phases.length; i++) {
    const at = endsAt;
    endsAt += phases[i]!.seconds * 1000;
    out.push({ at, version: ++version, status: 'running', phaseIndex: i, phaseEndsAt: endsAt });
  }
  out.push({ at: endsAt, version: version + 1, status: 'finished', phaseIndex: null, phaseEndsAt: null });
  return out;
}

export interface ClockCheck {
  /** Boundaries between `from` and `until`. */
  boundaries: number;
  /** The latest any phone heard a boundary after it happened, ms. */
  worstLateMs: number;
  problems: string[];
}

/**
 * The clock stayed exact over (from, until]: every boundary in it was heard by every phone once,
 * with the phase and `phaseEndsAt` the timeline says, at most `lateMs` after it happened (never
 * before), and no phone heard a clock change the timeline does not have.
 */
export function checkClock(
  boundaries: Boundary[],
  seen: ClockSeen[],
  phones: number,
  span: { from: number; until: number },
  lateMs: number,
): ClockCheck {
  const problems: string[] = [];
  const due = boundaries.filter((b) => b.at > span.from && b.at <= span.until);
  let worstLateMs = 0;
  for (const b of due) {
    for (let p = 0; p < phones; p++) {
      const heard = seen.filter((s) => s.phone === p && s.version === b.version);
      const what = `phone ${p}, boundary into ${b.phaseIndex ?? 'the end'} (version ${b.version})`;
      if (heard.length !== 1) {
        problems.push(`${what}: heard ${heard.length} times`);
        continue;
      }
      const h = heard[0]!;
      if (h.status !== b.status || h.phaseIndex !== b.phaseIndex || h.phaseEndsAt !== b.phaseEndsAt)
        problems.push(`${what}: heard ${JSON.stringify(h)}, expected ${JSON.stringify(b)}`);
      const late = h.at - b.at;
      worstLateMs = Math.max(worstLateMs, late);
      if (late < 0 || late > lateMs) problems.push(`${what}: heard ${late} ms after it happened`);
    }
  }
  const known = new Set(boundaries.map((b) => b.version));
  const first = boundaries[0]?.version ?? 0;
  for (const s of seen)
    if (s.at > span.from && s.at <= span.until + lateMs && (!known.has(s.version) || s.version < first))
      problems.push(`phone ${s.phone} heard a clock change the timeline does not have: ${JSON.stringify(s)}`);
  return { boundaries: due.length, worstLateMs, problems: problems.slice(0, 20) };
}
