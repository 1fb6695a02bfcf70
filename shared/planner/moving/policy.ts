/**
 * The weights of the moving-mentors planner, in one place. Lower cost is better. Their order is
 * the policy: hard rules (avoids) before coverage (no repeat), coverage before wishes, wishes
 * before the one-table-on rhythm.
 */

/** What a wish of each rank (0 = first) is worth to a group; later ranks weigh the last value. */
const WISH_WEIGHTS = [8, 4, 3, 2] as const;

/** The worth of a mentee's wish of `rank` when the mentor visits their table. */
export function wishWeight(rank: number): number {
  return WISH_WEIGHTS[Math.min(rank, WISH_WEIGHTS.length - 1)]!;
}

/**
 * Cost of seating a mentee at a table an avoided mentor's track passes (the rotation must then
 * turn that mentor aside, breaking the rhythm and maybe a wish): above a first wish, so groups
 * are formed with avoids kept easy.
 */
export const AVOID_ON_TRACK = 12;

/** A tie-break toward emptier tables while groups are formed, so they fill evenly. */
export const SIZE_TIE = 0.01;

/**
 * Cost, per round, of a mentor's track crossing a table that blocks them (a later swap or a
 * bye): above everything a swap could gain, since a hard rule will have to give way there.
 */
export const TRACK_BLOCKED = 40;

/** Cost, per round, of a track visit to a table that mentor has met already (a lost meeting). */
export const TRACK_REPEAT = 20;

/** Replan: cost of a mentor not going one table on from where they sat before the replan. */
export const RHYTHM_BREAK = 30;

/** Replan: cost, per rest above or below the average, of a track for a mentor. */
export const REST_GAP = 25;
