/**
 * peerQuality: the figures of a peer plan, recounted from the plan itself (never from the
 * planner's own bookkeeping), so it also judges plans edited by hand or stored earlier.
 */
import { peerPairsBound } from './bound';
import type { PeerInput, PeerPlan, PeerQuality } from './types';

/** Coverage, repeats, byes, wishes and the hard rules of `plan` for `input`'s peers. */
export function peerQuality(plan: PeerPlan, input: PeerInput): PeerQuality {
  const peers = input.peers;
  const n = peers.length;
  const index = new Map(peers.map((p, i) => [p.id, i] as const));
  const meetings = new Map<number, number>(); // a·n + b (a < b) → times at one table
  const avoid = new Set<number>();
  peers.forEach((p, a) => {
    for (const id of p.avoid ?? []) {
      const b = index.get(id);
      if (b !== undefined && b !== a) avoid.add(Math.min(a, b) * n + Math.max(a, b));
    }
  });
  const byes = new Array<number>(n).fill(0);
  let avoidBreaks = 0;
  let placementBreaks = 0;
  let minSize = Number.POSITIVE_INFINITY;
  let maxSize = 0;
  for (const round of plan.rounds) {
    const seen = new Array<number>(n).fill(0);
    const mark = (id: string) => {
      const i = index.get(id);
      if (i === undefined) placementBreaks++;
      else seen[i]!++;
      return i;
    };
    for (const t of round.tables) {
      minSize = Math.min(minSize, t.peerIds.length);
      maxSize = Math.max(maxSize, t.peerIds.length);
      const at = t.peerIds.map(mark).filter((i): i is number => i !== undefined);
      for (let x = 0; x < at.length; x++) {
        for (let y = x + 1; y < at.length; y++) {
          const a = Math.min(at[x]!, at[y]!);
          const b = Math.max(at[x]!, at[y]!);
          if (a === b) continue;
          const key = a * n + b;
          meetings.set(key, (meetings.get(key) ?? 0) + 1);
          if (avoid.has(key)) avoidBreaks++;
        }
      }
    }
    for (const id of round.byes) {
      const i = mark(id);
      if (i !== undefined) byes[i]!++;
    }
    for (const s of seen) if (s !== 1) placementBreaks++;
  }
  let repeatedPairs = 0;
  let repeatMeetings = 0;
  for (const times of meetings.values()) {
    if (times > 1) {
      repeatedPairs++;
      repeatMeetings += times - 1;
    }
  }
  let wishesMet = 0;
  let wishesTotal = 0;
  peers.forEach((p, a) => {
    for (const id of new Set(p.wishes ?? [])) {
      const b = index.get(id);
      if (b === undefined || b === a) continue;
      wishesTotal++;
      if (meetings.has(Math.min(a, b) * n + Math.max(a, b))) wishesMet++;
    }
  });
  const minBye = n ? Math.min(...byes) : 0;
  const maxBye = n ? Math.max(...byes) : 0;
  return {
    pairsCovered: meetings.size,
    pairsBound: peerPairsBound(n, { rounds: plan.rounds.length, tableSize: input.settings.tableSize }),
    repeatedPairs,
    repeatMeetings,
    byes: { min: minBye, max: maxBye, spread: maxBye - minBye },
    wishesMet,
    wishesTotal,
    avoidBreaks,
    placementBreaks,
    tableSizes: maxSize === 0 ? { min: 0, max: 0 } : { min: minSize, max: maxSize },
  };
}
