/**
 * The affine-plane layout for tables of k ≥ 3 when the table count g = ⌈n/k⌉ is prime and
 * k ≤ g. Places are (x, s) for x in 0..g − 1 and slot s in 0..k − 1; in round r place (x, s)
 * sits at table x + s·r (mod g). Two places in different slots meet exactly when
 * r ≡ (x₂ − x₁)/(s₁ − s₂), once in g rounds, so nobody meets anyone twice for g rounds. When
 * k = g and every table is full (or one short) the slots themselves make one more round, g + 1.
 *
 * When n < g·k the missing people are phantom places, all in the last slot: each table has one
 * place per slot, so a table loses at most one seat and holds k or k − 1.
 *
 * Movement: slot s moves s tables on each round, so slot 0 stays at its table all along
 * (`stays`), and every phone can say "move s tables on" with the same s all event.
 */
import { isPrime, mod, modInverse } from '../number-theory';
import type { Layout, LayoutRound } from './layout';

/** The affine layout for n peers at tables of k, or null when the numbers do not allow it. */
export function affineLayout(n: number, k: number): Layout | null {
  if (k < 3 || n < 2) return null;
  const g = Math.ceil(n / k);
  if (!isPrime(g) || k > g) return null;
  const missing = g * k - n; // < k ≤ g, all phantoms in the last slot
  const phantom = (place: number) => place >= g * k - missing;
  const places: number[] = [];
  for (let p = 0; p < g * k; p++) if (!phantom(p)) places.push(p);
  const columns = k === g && missing <= 1; // the extra parallel class keeps tables of k or k − 1
  const inverse = Array.from({ length: g }, (_, d) => (d === 0 ? -1 : modInverse(d, g)));
  const seat = (r: number): LayoutRound => {
    const out: LayoutRound = { tables: [], stays: [], byes: [] };
    if (r < g) {
      for (let t = 0; t < g; t++) {
        const table: number[] = [];
        for (let s = 0; s < k; s++) {
          const place = s * g + mod(t - s * r, g);
          if (!phantom(place)) table.push(place);
        }
        out.tables.push(table);
        out.stays.push(true);
      }
    } else {
      for (let s = 0; s < k; s++) {
        const table: number[] = [];
        for (let x = 0; x < g; x++) if (!phantom(s * g + x)) table.push(s * g + x);
        out.tables.push(table);
        out.stays.push(false);
      }
    }
    return out;
  };
  const firstMeeting = (a: number, b: number): number => {
    const sa = Math.floor(a / g);
    const sb = Math.floor(b / g);
    if (a === b) return -1;
    if (sa === sb) return columns ? g : -1;
    return mod((b - sb * g - (a - sa * g)) * inverse[mod(sa - sb, g)]!, g);
  };
  const partners = (p: number, r: number): number[] => {
    const s = Math.floor(p / g);
    if (r >= g) return places.filter((q) => q !== p && Math.floor(q / g) === s);
    const t = mod(p - s * g + s * r, g);
    const out: number[] = [];
    for (let o = 0; o < k; o++) {
      const q = o * g + mod(t - o * r, g);
      if (o !== s && !phantom(q)) out.push(q);
    }
    return out;
  };
  return { places, rounds: columns ? g + 1 : g, seat, firstMeeting, partners };
}
