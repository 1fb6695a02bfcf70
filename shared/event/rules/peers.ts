/**
 * Adding and changing the people of a peer event (issue 17, `pairing: 'peer'`). Peers are stored
 * as the event's mentees (so pages, tokens, attendance and the door work unchanged), and their
 * wishes and avoids name other peers, existing or in the same batch, rather than mentors.
 */
import { didYouMean, nameSuggester } from '../../csv/did-you-mean';
import type { Issue } from '../../schemas/errors';
import type { AddPeople, Mentee } from '../../schemas/people';
import { ok, refuse, type Outcome } from '../domain-error';
import type { EventState } from '../state';
import { nameKey, nameTaken, registerNames, type NotFound } from './names';

/** Resolves peer names to ids; `error` says what is wrong with a name (unknown, with a likely typo). */
export function peerIndex(peers: readonly { id: string; name: string }[]) {
  const byKey = new Map<string, string>();
  for (const p of peers) if (!byKey.has(nameKey(p.name))) byKey.set(nameKey(p.name), p.id);
  let suggest: ReturnType<typeof nameSuggester> | undefined;
  return (name: string): { id: string } | NotFound => {
    const id = byKey.get(nameKey(name));
    if (id !== undefined) return { id };
    suggest ??= nameSuggester(peers.map((p) => p.name));
    const error = `no peer named ${JSON.stringify(name)}${didYouMean(suggest.closest(name))}`;
    return { error, code: 'noOneNamed', params: { name, role: 'peer' } };
  };
}

type Find = ReturnType<typeof peerIndex>;

/** Peer names to ids (one issue per unknown name at `${path}.${i}`); naming oneself is refused too. */
export function resolvePeers(names: string[], find: Find, self: string, path: string, issues: Issue[]): string[] {
  const ids = new Set<string>();
  names.forEach((name, i) => {
    const found = find(name);
    const at = `${path}.${i}`;
    if ('error' in found)
      issues.push({
        path: at,
        message: found.error,
        code: found.code,
        ...(found.params ? { params: found.params } : {}),
      });
    else if (found.id === self) issues.push({ path: at, message: 'that is this peer themself', code: 'selfChosen' });
    else ids.add(found.id);
  });
  return [...ids];
}

/** A wish and an avoid of the same peer cannot both hold. */
export function checkPeerWishAvoid(wishes: string[], avoid: string[], path: string, issues: Issue[]): void {
  const avoided = new Set(avoid);
  if (wishes.some((w) => avoided.has(w)))
    issues.push({
      path,
      message: 'a peer cannot be both wished for and avoided',
      code: 'wishedAndAvoided',
      params: { role: 'peer' },
    });
}

/** Why a batch does not fit the event's pairing (mentors in a peer event, peers in a mentor-mentee one), or null. */
export function pairingIssues(peerEvent: boolean, input: AddPeople): Issue[] {
  if (peerEvent) {
    return [
      ...(input.mentors.length
        ? [
            {
              path: 'mentors',
              message: 'a peer event has no mentors: add everyone as peers',
              code: 'peerEventNoMentors',
            },
          ]
        : []),
      ...(input.mentees.length ? [{ path: 'mentees', message: 'this is a peer event: add everyone as peers' }] : []),
    ];
  }
  return input.peers?.length
    ? [{ path: 'peers', message: 'this event pairs mentors and mentees: set pairing to "peer" to add peers' }]
    : [];
}

/**
 * Add peers: names unique among the peers (by `nameKey`), wishes and avoids naming other peers of
 * the event or of the batch. Every problem is listed at its path (`peers.2.wishes.0`); nothing is
 * added then. Added peers are returned as mentees, which is how they are stored.
 */
export function addPeers(
  state: EventState,
  input: NonNullable<AddPeople['peers']>,
  attendance: Mentee['attendance'],
  newId: () => string,
): Outcome<Mentee[]> {
  const issues: Issue[] = [];
  const names = registerNames(state.mentees);
  const ids = input.map(() => newId());
  input.forEach((p, i) => {
    const duplicate = nameTaken(names, p.name, 'peer');
    if (duplicate !== undefined) issues.push({ path: `peers.${i}.name`, ...duplicate });
    else names.set(nameKey(p.name), { name: p.name, at: `peers.${i}` });
  });
  const find = peerIndex([...state.mentees, ...input.map((p, i) => ({ id: ids[i]!, name: p.name }))]);
  const added: Mentee[] = input.map((p, i) => {
    const at = `peers.${i}`;
    const wishes = resolvePeers(p.wishes ?? [], find, ids[i]!, `${at}.wishes`, issues);
    const avoid = resolvePeers(p.avoid ?? [], find, ids[i]!, `${at}.avoid`, issues);
    checkPeerWishAvoid(wishes, avoid, `${at}.avoid`, issues);
    return {
      id: ids[i]!,
      name: p.name,
      questions: [],
      wishes,
      avoid,
      ...(p.email ? { email: p.email } : {}),
      ...(p.locale ? { locale: p.locale } : {}),
      attendance,
    };
  });
  if (issues.length > 0)
    return refuse.invalid(
      `${issues.length} problem${issues.length === 1 ? '' : 's'} with the people; nothing was added`,
      issues,
    );
  return ok(added);
}
