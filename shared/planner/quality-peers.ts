/** Quality figures about movement through the room: repeated table-mates and one-table-on moves. */
import type { Schedule } from '../schemas/schedule';

/** Pairs of mentees who shared a table in two or more rounds, and the share of one-table-on moves. */
export function peerAndMoveFigures(schedule: Schedule): {
  repeatedPeerPairs: number;
  oneTableOn: { moves: number; total: number; share: number };
} {
  const index = new Map<string, number>();
  const idOf = (id: string) => index.get(id) ?? index.set(id, index.size).get(id)!;
  for (const x of schedule.mentees) idOf(x.id);
  const shared = new Map<number, number>();
  let repeated = 0;
  for (const round of schedule.rounds) {
    for (const t of round.tables) {
      const ids = t.menteeIds.map(idOf);
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const [a, b] = ids[i]! < ids[j]! ? [ids[i]!, ids[j]!] : [ids[j]!, ids[i]!];
          // Keys a·2^21 + b stay exact doubles for up to two million people.
          const key = a * 2_097_152 + b;
          const n = (shared.get(key) ?? 0) + 1;
          shared.set(key, n);
          if (n === 2) repeated++;
        }
      }
    }
  }
  let moves = 0;
  let total = 0;
  let prev = new Map<string, string>();
  schedule.rounds.forEach((round, ri) => {
    const at = new Map<string, string>();
    for (const t of round.tables) for (const id of t.menteeIds) at.set(id, t.mentorId);
    if (ri > 0) {
      const position = new Map(round.tables.map((t, i) => [t.mentorId, i] as const));
      const n = round.tables.length;
      for (const [id, now] of at) {
        const before = prev.get(id);
        if (before === undefined) continue;
        total++;
        const i = position.get(before);
        if (i !== undefined && round.tables[(i + 1) % n]!.mentorId === now) moves++;
      }
    }
    prev = at;
  });
  return { repeatedPeerPairs: repeated, oneTableOn: { moves, total, share: total > 0 ? moves / total : 0 } };
}
