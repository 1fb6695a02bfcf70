/** The peers of a parsed participants CSV as planner input (issue 17): ids p1, p2, … in file order. */
import { nameKey } from './cells';
import type { ParsedParticipants } from './parse-participants';

/** Peers with wishes and avoids as peer ids; the CSV checks already made sure every name is a peer's. */
export function toPeerPlanInput(parsed: ParsedParticipants, idPrefix = '') {
  const peers = parsed.peers ?? [];
  const ids = new Map(peers.map((p, i) => [nameKey(p.name), `${idPrefix}p${i + 1}`] as const));
  const toIds = (names: string[]) => names.flatMap((n) => (ids.has(nameKey(n)) ? [ids.get(nameKey(n))!] : []));
  return peers.map((p, i) => ({
    id: `${idPrefix}p${i + 1}`,
    name: p.name,
    wishes: toIds(p.wishes),
    avoid: toIds(p.avoid),
  }));
}
