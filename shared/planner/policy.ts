/**
 * How much each preference counts when the planner weighs one seat against another, in one
 * place. Engine costs are "lower is better" and share one scale: a repeat meeting 40, a wish 30,
 * a known table-mate 10, a wish rank 1, a table of distance 0.01. Their order is the policy:
 * coverage (no avoidable repeat) before wishes, wishes before fresh table-mates, then the room's
 * rhythm. The draft and the slot choice keep their own, separate scales (see below).
 */

// Meetings and wishes (engine: fresh-seat.ts, fairness.ts, balance.ts; balance-byes.ts).

/**
 * Cost of a seat that turns a meeting into a repeat: one that meets a mentor the mentee's later
 * preferred seats meet anyway, or, in the final bye pass, a seat taken from someone who meets
 * that mentor nowhere else. Above WISH_WEIGHT so no wish is bought with a lost meeting.
 */
export const REPEAT_COST = 40;

/**
 * What a top wish met is worth, and what losing a wished seat costs (whatever its rank: a met
 * wish is not traded away lightly). Below REPEAT_COST (coverage first); it outweighs two known
 * table-mates (KNOWN_PEER_COST), and three cancel it.
 */
export const WISH_WEIGHT = 30;

/** Each rank below the top is worth this much less: a tie-break between wishes, well below a table-mate. */
export const WISH_RANK_STEP = 1;

/** No wish is worth less than this (reached at rank 20): a late wish still counts as much as a fresh table-mate. */
export const LEAST_WISH_WEIGHT = 10;

/** What meeting the mentee's wish of `rank` (0 = top) is worth in a seat's cost. */
export function wishWeight(rank: number): number {
  return Math.max(WISH_WEIGHT - WISH_RANK_STEP * rank, LEAST_WISH_WEIGHT);
}

/**
 * What a seat at a mentor met only at an earlier event is worth once every allowed mentor is met
 * (fresh-seat.ts): it is a repeat for the mentee, but a new meeting of this event, which the
 * coverage bound counts; so it beats meeting someone again from this event, as a lost meeting
 * (REPEAT_COST) would.
 */
export const EARLIER_EVENT_WEIGHT = REPEAT_COST;

/** Cost per table-mate the mentee has already sat with: fresh faces matter, but less than a wish. */
export const KNOWN_PEER_COST = 10;

/**
 * Cost per table between a seat and the one the mentee was heading for (preferred, or one on
 * from last round): only keeps the rotation's rhythm among otherwise equal seats. A hundredth so
 * that under 200 tables (distance at most T/2) it stays below one wish rank step.
 */
export const DISTANCE_COST = 0.01;

/**
 * Added to a seat found by moving a bystander elsewhere. Only such options carry it, so it does
 * not change which of them wins; it records that a move is dearer than a direct seat.
 */
export const DISPLACEMENT_COST = 1;

/**
 * Weight of a table's load when evening out empty seats: the mover comes from the fullest table
 * first, seat cost only orders movers at equally full tables (seat costs differ by less than
 * 1000 at tables of up to about 90).
 */
export const FULLEST_FIRST_WEIGHT = 1000;

/**
 * Cost, when a pinned meeting needs someone's seat (pin-enforce.ts), of sending that person to
 * sit out rather than elsewhere: above REPEAT_COST, as a seat, even a repeat, beats a bye (the
 * bye passes that follow may even it out, but only so far).
 */
export const PIN_BENCH_COST = 60;

// Byes (engine: fairness.ts; whole schedule: balance-byes.ts).

/**
 * Bye counts this far apart are unfair and call for a trade. Within one is the best an uneven
 * room allows, so a gap of one is never traded (that would only move the bye to someone else).
 */
export const BYE_GAP = 2;

/**
 * Weight of how many byes a seat holder is heading for when choosing whose seat a benched mentee
 * takes: the holder most owed a bye goes first; seat fit and wishes (tens) only order holders
 * equally owed.
 */
export const BYE_OWED_WEIGHT = 1e4;

// Slot choice (slot-assign.ts): a separate, integer scale.

/** What a slot passing the top wish scores; each lower rank half as much, so it beats the next two together. */
export const SLOT_TOP_WISH_SCORE = 64;

/** After this many halvings every further wish scores 1 (64 >> 6), so long wish lists still count. */
export const SLOT_WISH_HALVINGS = 6;

/** What a slot passing the mentee's wish of `rank` (0 = top) scores. */
export function slotWishScore(rank: number): number {
  return SLOT_TOP_WISH_SCORE >> Math.min(rank, SLOT_WISH_HALVINGS);
}

/** A slot is sought among those passing one of the top three wishes; later exchanges handle the rest. */
export const SLOT_CHOICE_WISHES = 3;

// Draft exchanges (draft-exchanges.ts): costs in repeated table-mates.

/**
 * Extra cost of moving to an empty seat rather than swapping: with equal table-mates a swap wins
 * (empty seats stay where the rotation spread them), but a move beats a swap that repeats one.
 */
export const DRAFT_MOVE_COST = 0.5;

/** Extra cost when a move needs a compensating move in another round: two people move instead of one. */
export const DRAFT_COMPENSATION_COST = 1;
