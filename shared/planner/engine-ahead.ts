/**
 * Meetings ahead in places that cannot change (a locked round, a pinned seat): the engine
 * counts them as met from the start, so nobody meets that mentor in an earlier round and then
 * again there, and a mentee whose only unmet mentors are ahead counts as having met them all.
 */
import type { EngineCtx, EngineState } from './engine-state';
import type { Model } from './model';

/**
 * Record the meetings in fixed places of rounds [from, R) as ahead: `fixed[r]` a locked round's
 * seat per mentee (or null), `pinned` the pinned seats at prefs. Pairs met already are not.
 */
export function markAhead(
  model: Model,
  state: EngineState,
  from: number,
  fixed: readonly (Int32Array | null)[] | undefined,
  pinned: Uint8Array | undefined,
  prefs: Int32Array,
): void {
  const { M, T, R } = model;
  if (!fixed?.some(Boolean) && !pinned) return;
  const ahead = new Uint8Array(M * T);
  const count = new Int32Array(M);
  const add = (x: number, m: number) => {
    const i = x * T + m;
    if (m < 0 || ahead[i] || state.meet[i]! > 0) return;
    ahead[i] = 1;
    count[x]!++;
  };
  for (let r = from; r < R; r++) {
    const seat = fixed?.[r];
    for (let x = 0; x < M; x++) {
      if (seat) add(x, seat[x]!);
      else if (pinned?.[r * M + x]) add(x, prefs[r * M + x]!);
    }
  }
  state.ahead = ahead;
  state.aheadCount = count;
}

/** Whether x may sit at m and has not met m, nor meets m later in a fixed place. */
export function isFresh(ctx: EngineCtx, x: number, m: number): boolean {
  const i = x * ctx.model.T + m;
  return ctx.model.avoid[i] === 0 && ctx.state.meet[i] === 0 && !ctx.state.ahead?.[i];
}
