/**
 * Replaying the rounds that stay fixed into the engine's history, for the people present now:
 * who met whom, byes, table-mates, and where everyone sat last.
 */
import type { RoundSeating } from '../schemas/schedule';
import { recordMeeting, type EngineState } from './engine-state';
import type { Model } from './model';

/**
 * Feed fixed rounds into `state`. Byes are counted as they happened over the whole event: a
 * round a mentee was not there is no bye, so someone who has sat out rounds is seated before a
 * latecomer. A mentor absent from a fixed round is credited the average empty seats per mentor
 * of that round, so a late mentor's tables fill like the others' from now on. Everything depends
 * only on the fixed rounds, so replanning the same schedule again later decides the same way.
 */
export function replayHistory(model: Model, state: EngineState, past: RoundSeating[]): void {
  const { M, T, mentorIndex, allowedCount } = model;
  const menteeIndex = new Map(model.mentees.map((x, i) => [x.id, i] as const));
  const idleCredit = new Float64Array(T);
  for (const round of past) {
    const seen = new Uint8Array(M);
    const here = new Uint8Array(T);
    let empty = 0;
    for (const t of round.tables) {
      empty += Math.max(0, model.cap - t.menteeIds.length);
      const m = mentorIndex.get(t.mentorId) ?? -1;
      if (m >= 0) here[m] = 1;
      const group: number[] = [];
      for (const id of t.menteeIds) {
        const x = menteeIndex.get(id);
        if (x === undefined) continue;
        group.push(x);
        seen[x] = 1;
        if (m >= 0) recordMeeting(state, T, x, m);
        // A seat with a mentor who has left is still a seat, just not a table index any more.
        state.last[x] = m;
      }
      if (state.peers) state.peers.addGroup(group, 0, group.length);
      if (m >= 0) state.idle[m]! += Math.max(0, model.cap - t.menteeIds.length);
    }
    for (const id of round.byes) {
      const x = menteeIndex.get(id);
      if (x === undefined) continue;
      seen[x] = 1;
      if (allowedCount[x]! > 0) state.byes[x]!++;
      state.last[x] = -1;
    }
    for (let x = 0; x < M; x++) if (!seen[x]) state.last[x] = -1;
    for (let m = 0; m < T; m++) if (!here[m] && round.tables.length > 0) idleCredit[m]! += empty / round.tables.length;
  }
  for (let m = 0; m < T; m++) state.idle[m]! += Math.round(idleCredit[m]!);
}
