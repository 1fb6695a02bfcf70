/**
 * Who takes which place of a layout. A seeded shuffle first (the seed's whole say), then a
 * bounded local search that swaps two people's places when that brings wished pairs to an
 * earlier round and keeps avoiding pairs apart: a pair whose places never meet within the
 * planned rounds needs no repair later. The layout's guarantees hold for any assignment.
 */
import { permutation, type Rng } from '../prng';
import type { Layout } from './layout';
import type { PeerModel } from './model';

/** Swap attempts per person with a wish or an avoid; bounded so large rooms stay fast. */
const TRIES_PER_PERSON = 60;
const MAX_TRIES = 60_000;

/** One of a person's wishes or avoids, as seen from that person. */
interface Rule {
  other: number;
  avoid: boolean;
  /** How much a wish counts (avoids are absolute). */
  weight: number;
}

/**
 * The cost of one rule for places meeting first at `first` (−1 never) within `rounds` rounds:
 * a wish costs the round it is met in, or well over any round when it is not; an avoid that
 * meets costs more than all wishes together, and nothing when the places never meet.
 */
function ruleCost(rule: Rule, first: number, rounds: number): number {
  const met = first >= 0 && first < rounds;
  if (rule.avoid) return met ? 1_000_000 : 0;
  return rule.weight * (met ? first : 2 * rounds + 2);
}

/** place[person]: the layout place each person takes. */
export function assignPlaces(model: PeerModel, layout: Layout, rng: Rng): Int32Array {
  const n = model.n;
  const shuffle = permutation(n, rng);
  const place = new Int32Array(n);
  for (let i = 0; i < n; i++) place[i] = layout.places[shuffle[i]!]!;
  const rules: Rule[][] = Array.from({ length: n }, () => []);
  // Earlier wishes weigh more: the first wish counts three times, the second twice.
  for (const [a, b, rank] of model.wishes) {
    const weight = Math.max(1, 3 - rank);
    rules[a]!.push({ other: b, avoid: false, weight });
    rules[b]!.push({ other: a, avoid: false, weight });
  }
  for (const [a, b] of model.avoids) {
    rules[a]!.push({ other: b, avoid: true, weight: 1 });
    rules[b]!.push({ other: a, avoid: true, weight: 1 });
  }
  const ruled = [...rules.keys()].filter((i) => rules[i]!.length > 0);
  if (ruled.length === 0 || n < 3) return place;
  const rounds = Math.min(model.rounds, layout.rounds);
  // The cost of person a's rules if a sat at place `at` (the pair with `skip` left out).
  const costAt = (a: number, at: number, skip: number): number => {
    let c = 0;
    for (const rule of rules[a]!) {
      if (rule.other === skip) continue;
      c += ruleCost(rule, layout.firstMeeting(at, place[rule.other]!), rounds);
    }
    return c;
  };
  const who = new Map<number, number>();
  place.forEach((at, i) => {
    who.set(at, i);
  });
  // Half the proposals are aimed: a takes a place that meets one of a's wished peers in a
  // seeded early round (whoever holds that place takes a's); the rest are any two people.
  const aimed = (a: number): number => {
    const wished = rules[a]!.filter((rule) => !rule.avoid);
    if (wished.length === 0) return rng.int(n);
    const w = wished[rng.int(wished.length)]!.other;
    const options = layout.partners(place[w]!, rng.int(rounds));
    if (options.length === 0) return rng.int(n);
    return who.get(options[rng.int(options.length)]!) ?? rng.int(n);
  };
  const tries = Math.min(MAX_TRIES, TRIES_PER_PERSON * ruled.length);
  for (let t = 0; t < tries; t++) {
    const a = ruled[rng.int(ruled.length)]!;
    const b = rng.next() < 0.5 ? aimed(a) : rng.int(n);
    if (a === b) continue;
    const pa = place[a]!;
    const pb = place[b]!;
    const delta = costAt(a, pb, b) - costAt(a, pa, b) + costAt(b, pa, a) - costAt(b, pb, a);
    // Sideways moves too, so the search drifts across plateaus instead of stopping on them.
    if (delta <= 0) {
      place[a] = pb;
      place[b] = pa;
      who.set(pb, a);
      who.set(pa, b);
    }
  }
  return place;
}
