/**
 * A layout is a seating pattern over abstract places, fixed before anyone is put in a place:
 * the circle method for tables of 2, the affine plane for a prime number of tables. Who takes
 * which place is chosen afterwards (`assign-places.ts`), so wishes and avoids steer people to
 * places that meet early or never, without touching the pattern's guarantees.
 */

/** One round of a layout, in places. */
export interface LayoutRound {
  /** Places at each table, in table-label order; the first may be the one who stays. */
  tables: number[][];
  /** Whether the first place of each table stays at that table every round. */
  stays: boolean[];
  /** Places sitting out. */
  byes: number[];
}

/** A seating pattern over `places.length` places (each a person), valid for `rounds` rounds. */
export interface Layout {
  /** The place ids people are given, one per person. */
  places: number[];
  /** How many rounds the pattern seats (Infinity when it cycles on). */
  rounds: number;
  /** Table labels are T1… by index; a round's table i is label i + 1. */
  seat(round: number): LayoutRound;
  /** The first round index (from 0) at which two places share a table, or −1 if never. */
  firstMeeting(a: number, b: number): number;
  /** The places sharing a table with `place` in round index `round` (phantoms left out). */
  partners(place: number, round: number): number[];
}
