/**
 * planPeers: the peer-rounds planner. Tables of 2 follow the circle method; tables of k follow
 * the affine plane when the table count is a prime ≥ k; otherwise, and for rounds beyond what
 * the affine plane covers, a greedy round with local swaps. Every round is then mended so no
 * avoiding pair shares a table. Pure and deterministic: the seed decides who takes which place
 * and breaks the greedy's ties.
 */
import { createRng, permutation } from '../prng';
import { affineLayout } from './affine';
import { assignPlaces } from './assign-places';
import { circleLayout } from './circle';
import { type Draft, PairCounts } from './draft';
import { greedyRound } from './greedy';
import { improveRepeats } from './improve-repeats';
import type { Layout } from './layout';
import { buildPeerModel, type PeerModel } from './model';
import { repairAvoids } from './repair-avoids';
import { peerTableShape } from './table-sizes';
import type { PeerInput, PeerOptions, PeerPlan, PeerRound } from './types';

/** The seed used when none is given, so an unseeded plan is still reproducible. */
export const DEFAULT_PEER_SEED = 1;

/** The rounds a layout seats, in person numbers, each mended for avoids against all the others. */
function layoutDrafts(model: PeerModel, layout: Layout, place: Int32Array, counts: PairCounts): Draft[] {
  const person = new Int32Array(Math.max(...layout.places) + 1).fill(-1);
  place.forEach((at, i) => {
    person[at] = i;
  });
  const drafts: Draft[] = [];
  for (let r = 0; r < Math.min(model.rounds, layout.rounds); r++) {
    const seat = layout.seat(r);
    const tables = seat.tables.map((t) => t.map((at) => person[at]!));
    drafts.push({
      tables,
      stays: seat.stays.map((s, i) => (s ? tables[i]![0]! : -1)),
      byes: seat.byes.map((at) => person[at]!),
    });
  }
  for (const d of drafts) counts.addRound(d, 1);
  if (model.avoids.length > 0) {
    for (const d of drafts) {
      counts.addRound(d, -1);
      repairAvoids(d, model, counts);
      counts.addRound(d, 1);
    }
  }
  return drafts;
}

function draftRounds(model: PeerModel, seed: number | string): Draft[] {
  const { n, rounds, tableSize } = model;
  if (n < 2) return Array.from({ length: rounds }, () => ({ tables: [], stays: [], byes: [...Array(n).keys()] }));
  const rng = createRng(seed);
  const counts = new PairCounts(n);
  const layout = tableSize === 2 ? circleLayout(n) : affineLayout(n, tableSize);
  const drafts = layout ? layoutDrafts(model, layout, assignPlaces(model, layout, rng), counts) : [];
  const { sizes } = peerTableShape(n, tableSize);
  // Without a layout and with no more rounds than tables, one host a table stays put all event
  // (as slot 0 does in the affine plane); hosts never meet each other, which costs nothing
  // while rounds ≤ tables because nobody can meet everyone then anyway.
  const hosts = !layout && rounds <= sizes.length ? [...permutation(n, rng).slice(0, sizes.length)] : null;
  const greedyFrom = drafts.length;
  while (drafts.length < rounds) {
    const d = greedyRound(model, sizes, counts, rng, hosts);
    repairAvoids(d, model, counts);
    counts.addRound(d, 1);
    drafts.push(d);
  }
  if (greedyFrom < rounds) improveRepeats(drafts, greedyFrom, model, counts, rng, hosts);
  return drafts;
}

/** Plan `settings.rounds` rounds in which every peer meets as many others as the rounds allow. */
export function planPeers(input: PeerInput, options: PeerOptions = {}): PeerPlan {
  const model = buildPeerModel(input);
  const seed = options.seed ?? DEFAULT_PEER_SEED;
  const drafts = draftRounds(model, seed);
  const { ids } = model;
  const rounds: PeerRound[] = drafts.map((d, r) => ({
    round: r + 1,
    tables: d.tables.flatMap((t, i) => {
      if (t.length === 0) return [];
      const stays = d.stays[i]!;
      // The one who stays sits first; the others in seat order (the circle's A then B side).
      const seated = stays >= 0 ? [stays, ...t.filter((p) => p !== stays)] : t;
      const table = { table: `T${i + 1}`, peerIds: seated.map((p) => ids[p]!) };
      return [stays >= 0 ? { ...table, stays: ids[stays]! } : table];
    }),
    byes: [...d.byes].sort((a, b) => a - b).map((p) => ids[p]!),
  }));
  return { seed, settings: { rounds: model.rounds, tableSize: model.tableSize }, rounds };
}
