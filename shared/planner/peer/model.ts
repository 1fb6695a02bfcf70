/**
 * Validation and indexing of a peer input. Peers become numbers 0..n−1 in input order, and the
 * pair rules become one flag matrix, so every later step is array arithmetic with no lookups.
 */
import { PlanError } from '../errors';
import type { PeerInput, PlanPeer } from './types';

/** Rounds and table size are capped like the mentor planner's settings. */
export const MAX_PEER_SETTING = 1000;
/** Pair matrices are n × n bytes: 2000 peers is 4 MB each. */
export const MAX_PEERS = 2000;
/**
 * Rounds × peers. The heuristic's work grows with rounds × peers² where repeats cannot be
 * avoided (many rounds for the pool), about a second at the cap on a small machine; events with
 * rounds ≤ tables plan in tens of milliseconds even at 2000 peers.
 */
export const MAX_PEER_WORK = 60_000;

/** The pair flag of two peers where either avoids the other. */
export const AVOID = 1;
/** The pair flag of two peers where either wishes to meet the other. */
export const WISH = 2;

/** The indexed input every step of the peer planner works on. */
export interface PeerModel {
  n: number;
  rounds: number;
  tableSize: number;
  ids: string[];
  /** flags[a·n + b] (symmetric): AVOID and WISH bits. */
  flags: Uint8Array;
  /** Distinct wishes as [wisher, wished, rank], rank 0 = first wish. */
  wishes: [number, number, number][];
  /** Distinct unordered avoid pairs [a, b] with a < b. */
  avoids: [number, number][];
}

function whole(value: unknown, name: string, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > MAX_PEER_SETTING) {
    throw new PlanError(`${name} must be a whole number from ${min} to ${MAX_PEER_SETTING} (got ${String(value)})`);
  }
  return value;
}

function idList(peer: PlanPeer, field: 'wishes' | 'avoid'): string[] {
  const list = peer[field];
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new PlanError(`${field} of peer "${peer.id}" must be a list of peer ids`);
  return list;
}

/** Validate the input and index it; throws a PlanError that says what to change. */
export function buildPeerModel(input: PeerInput): PeerModel {
  if (!input || typeof input !== 'object') throw new PlanError('input missing: give settings and peers');
  const { settings, peers } = input;
  if (!settings || typeof settings !== 'object') throw new PlanError('settings missing: give rounds and tableSize');
  const rounds = whole(settings.rounds, 'rounds', 1);
  const tableSize = whole(settings.tableSize, 'tableSize', 2);
  if (!Array.isArray(peers)) throw new PlanError('peers must be a list (it may be empty)');
  const n = peers.length;
  if (n > MAX_PEERS) throw new PlanError(`too many peers: ${n}; Tablehop plans at most ${MAX_PEERS}, split the event`);
  if (rounds * n > MAX_PEER_WORK) {
    throw new PlanError(
      `the event is too large: ${rounds} rounds × ${n} peers is ${rounds * n}, and Tablehop plans at most ` +
        `${MAX_PEER_WORK}; plan fewer rounds or split the event`,
    );
  }
  const index = new Map<string, number>();
  peers.forEach((p, i) => {
    if (!p || typeof p.id !== 'string' || p.id.length === 0) throw new PlanError(`peer ${i + 1} has no id`);
    if (index.has(p.id)) throw new PlanError(`two peers share the id "${p.id}": every peer needs a unique id`);
    index.set(p.id, i);
  });
  const flags = new Uint8Array(n * n);
  const wishes: [number, number, number][] = [];
  const avoids: [number, number][] = [];
  peers.forEach((p, a) => {
    for (const field of ['wishes', 'avoid'] as const) {
      idList(p, field).forEach((id) => {
        const b = index.get(id);
        if (b === undefined)
          throw new PlanError(`peer "${p.id}" ${field === 'wishes' ? 'wishes' : 'avoids'} unknown peer "${id}"`);
      });
    }
    // Naming oneself is harmless and left out; a repeated id counts once.
    const seen = new Set<number>();
    for (const id of idList(p, 'wishes')) {
      const b = index.get(id)!;
      if (b === a || seen.has(b)) continue;
      seen.add(b);
      wishes.push([a, b, seen.size - 1]);
      flags[a * n + b] = flags[a * n + b]! | WISH;
      flags[b * n + a] = flags[b * n + a]! | WISH;
    }
    for (const id of idList(p, 'avoid')) {
      const b = index.get(id)!;
      if (b === a || flags[a * n + b]! & AVOID) continue;
      avoids.push(a < b ? [a, b] : [b, a]);
      flags[a * n + b] = flags[a * n + b]! | AVOID;
      flags[b * n + a] = flags[b * n + a]! | AVOID;
    }
  });
  return { n, rounds, tableSize, ids: peers.map((p) => p.id), flags, wishes, avoids };
}
