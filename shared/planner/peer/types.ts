/**
 * Public types of the peer-rounds planner: one pool of participants who meet each other at
 * small tables (tables of 2 are one-to-one rounds). Ids are opaque strings; `wishes` and
 * `avoid` name other peers by id. Everything here is plain JSON.
 */

/** A participant; `wishes`: peers they hope to meet (best first); `avoid`: peers they never share a table with. */
export interface PlanPeer {
  id: string;
  name: string;
  wishes?: string[];
  avoid?: string[];
}

/** How many rounds to plan and how many peers sit at a table (2 = one-to-one). */
export interface PeerSettings {
  rounds: number;
  tableSize: number;
}

/** Everything a peer plan is made from. */
export interface PeerInput {
  settings: PeerSettings;
  peers: PlanPeer[];
}

/** Options of `planPeers`; the seed only decides who takes which place, so equal inputs and seeds give equal plans. */
export interface PeerOptions {
  seed?: number | string;
}

/** One table in one round; `stays` is the peer who stays at this table from round to round, if any. */
export interface PeerTable {
  table: string;
  peerIds: string[];
  stays?: string;
}

/** One round: the tables in label order and the peers sitting it out (in input order). */
export interface PeerRound {
  round: number;
  tables: PeerTable[];
  byes: string[];
}

/** A whole peer plan, with the seed and settings it was made with. */
export interface PeerPlan {
  seed: number | string;
  settings: PeerSettings;
  rounds: PeerRound[];
}

/** What `peerQuality` reports about a plan. */
export interface PeerQuality {
  /** Distinct pairs that share a table at least once. */
  pairsCovered: number;
  /** The most distinct pairs any plan of these settings can reach (`peerPairsBound`). */
  pairsBound: number;
  /** Pairs that share a table more than once. */
  repeatedPairs: number;
  /** Meetings beyond each pair's first (a pair meeting three times counts two). */
  repeatMeetings: number;
  /** Rounds each peer sits out: fewest, most, and the difference. */
  byes: { min: number; max: number; spread: number };
  /** Wishes (distinct, not for oneself) whose pair shares a table at least once. */
  wishesMet: number;
  wishesTotal: number;
  /** Pairs at one table in one round where either avoids the other (a hard rule: 0). */
  avoidBreaks: number;
  /** Peers not exactly once in a round (missing, twice, or unknown), summed over rounds (a hard rule: 0). */
  placementBreaks: number;
  /** Smallest and largest table over all rounds (0 and 0 when there is none). */
  tableSizes: { min: number; max: number };
}
