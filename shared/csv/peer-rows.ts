/**
 * The CSV's `peer` rows (issue 17, peer rounds): a peer has a name, wishes and avoid (naming other
 * peers of the file) and an email. A file holds either peers or mentors and mentees, since one
 * event pairs people one way.
 */
import { quote, nameKey } from './cells';
import { avoidWished, type LineProblem } from './cross-checks';
import { didYouMean, nameSuggester } from './did-you-mean';
import { columnProblem, csvProblem, shown } from './problem';
import type { MenteeRow, RowResult } from './rows';

type PeerResult = Extract<RowResult, { role: 'mentee' | 'peer' }>;

/** What a peer row may not hold (a mentee's fields that mean nothing between peers). */
const NOT_FOR_PEERS = ['questions', 'priority', 'table', 'group'] as const;

/** Problems of the peer rows: fields peers do not have, a file mixing peers with mentors or mentees, unknown names. */
export function peerProblems(rows: RowResult[]): LineProblem[] {
  const peers = rows.filter((r): r is PeerResult => r.role === 'peer');
  if (peers.length === 0) return [];
  const problems: LineProblem[] = [];
  const other = rows.find((r) => r.role === 'mentor' || r.role === 'mentee');
  if (other)
    problems.push({
      line: Math.max(other.line, peers[0]!.line),
      ...csvProblem(
        'a file holds either peers or mentors and mentees, not both (one event pairs people one way)',
        'csvPeersMixed',
      ),
    });
  for (const row of peers) {
    const p = row.person as (MenteeRow & Record<string, unknown>) | undefined;
    for (const field of NOT_FOR_PEERS) {
      const value = p?.[field];
      if (value !== undefined && !(Array.isArray(value) && value.length === 0))
        problems.push({
          line: row.line,
          ...columnProblem(field, 'peers have none; this row is a peer', 'csvNotForPeers'),
        });
    }
  }
  const names = new Map(peers.map((r) => [nameKey(r.name), r.name] as const));
  const suggest = nameSuggester(names.values());
  for (const row of peers) {
    for (const field of ['wishes', 'avoid'] as const) {
      for (const written of row[field]) {
        const key = nameKey(written);
        if (!names.has(key)) problems.push({ line: row.line, ...noPeer(field, written, suggest.closest(written)) });
        else if (key === nameKey(row.name))
          problems.push({ line: row.line, ...columnProblem(field, 'names the peer themself', 'csvNamesSelf') });
      }
    }
    const wished = new Set(row.wishes.map(nameKey));
    for (const a of row.avoid) if (wished.has(nameKey(a))) problems.push({ line: row.line, ...avoidWished(a) });
  }
  return problems;
}

/** A wish or avoid naming no peer of the file, with the one probably meant. */
function noPeer(field: 'wishes' | 'avoid', written: string, meant: string | undefined) {
  const says = `${quote(written)} names no peer${didYouMean(meant)}`;
  const name = shown(written);
  if (meant === undefined) return columnProblem(field, says, 'csvNoPeer', { name });
  return columnProblem(field, says, 'csvNoPeerMeant', { name, suggestion: shown(meant) });
}

/** The peers of the file: name, wishes and avoid as the peer rows spell the names, email. */
export function peerRowsOf(rows: RowResult[]) {
  const spelled = new Map(rows.filter((r) => r.role === 'peer').map((r) => [nameKey(r.name), r.name] as const));
  const canonical = (list: string[]) => [...new Set(list.map((n) => spelled.get(nameKey(n)) ?? n))];
  return rows.flatMap((r) =>
    r.role === 'peer' && r.person
      ? [
          {
            line: r.line,
            name: r.person.name,
            wishes: canonical(r.person.wishes),
            avoid: canonical(r.person.avoid),
            ...(r.person.email ? { email: r.person.email } : {}),
          },
        ]
      : [],
  );
}
