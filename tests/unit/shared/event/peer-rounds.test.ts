/**
 * Peer rounds (issue 17, part 2), the event rules: `settings.pairing: 'peer'` plans with the peer
 * planner (peers are the event's mentees, wishes and avoids name peers), mentors are refused in
 * a peer event and peers elsewhere, the setting changes before the start (a replan) and is
 * refused with 409 once started, and a peer's page names the table and the table-mates.
 */
import { describe, expect, it } from 'vitest';
import { apply } from '../../../../shared/event/apply';
import type { EventState } from '../../../../shared/event/state';
import { eventInfo } from '../../../../shared/event/views/event-info';
import { meView } from '../../../../shared/event/views/me-view';
import { projectorView } from '../../../../shared/event/views/projector-view';
import { isPeerSchedule } from '../../../../shared/planner';
import { T0, cmd, emptyEvent, makeEnv, must, withPeople } from './support';

const PEERS = ['Ana', 'Bo', 'Cy', 'Di', 'Ed'].map((name) => ({ name }));

/** Five peers at tables of 2 (ids p1…p5); rounds unset: 5 (an odd pool sits one out each round). */
const peerEvent = (extra: { wishes?: string[] } = {}) =>
  withPeople(emptyEvent({ pairing: 'peer', tableCapacity: 2 }), {
    peers: [{ ...PEERS[0]!, wishes: extra.wishes ?? [] }, ...PEERS.slice(1)],
  });
const planned = (s: EventState) => must(s, cmd({ type: 'schedule.plan' }), T0 - 1_000);
const started = (s: EventState) => must(planned(s), cmd({ type: 'clock.command', command: { action: 'start' } }), T0);

describe('settings.pairing', () => {
  it('plans peer rounds: everyone meets everyone once, each sits out once', () => {
    const s = planned(peerEvent());
    expect(s.mentors).toEqual([]);
    expect(isPeerSchedule(s.schedule)).toBe(true);
    expect(s.schedule!.rounds).toHaveLength(5);
    const pairs = s.schedule!.rounds.flatMap((r) => r.tables.map((t) => [...t.peerIds!].sort().join('|')));
    expect(new Set(pairs).size).toBe(10);
    const byes = s.schedule!.rounds.flatMap((r) => r.byes).sort();
    expect(byes).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(eventInfo(s).pairing).toBe('peer');
    expect(projectorView(s, T0).event.pairing).toBe('peer');
    expect(eventInfo(planned(withPeople(emptyEvent(), { mentors: [{ name: 'M' }] })))).not.toHaveProperty('pairing');
  });

  it('resolves wishes against peers and refuses unknown names, mentors, and peers elsewhere', () => {
    expect(peerEvent({ wishes: ['Bo'] }).mentees[0]!.wishes).toEqual(['p2']);
    const unknown = apply(
      peerEvent(),
      cmd({ type: 'people.add', people: { peers: [{ name: 'Flo', wishes: ['Zed'] }] } }),
      T0,
      makeEnv('q'),
    );
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.issues?.[0]).toMatchObject({ path: 'peers.0.wishes.0' });
    const mentor = apply(
      peerEvent(),
      cmd({ type: 'people.add', people: { mentors: [{ name: 'Grace' }] } }),
      T0,
      makeEnv('q'),
    );
    expect(mentor.ok).toBe(false);
    if (!mentor.ok) expect(mentor.error.message).toMatch(/peer event has no mentors/);
    const peer = apply(
      emptyEvent(),
      cmd({ type: 'people.add', people: { peers: [{ name: 'Ana' }] } }),
      T0,
      makeEnv('q'),
    );
    expect(peer.ok).toBe(false);
    if (!peer.ok) expect(peer.error.message).toMatch(/set pairing to "peer"/);
  });

  it('changes before the start (a replan) and is refused with 409 after it', () => {
    const mentees = withPeople(emptyEvent({ tableCapacity: 2 }), { mentees: PEERS });
    const switched = must(mentees, cmd({ type: 'settings.patch', patch: { pairing: 'peer' } }), T0 - 2_000);
    expect(switched.settings.pairing).toBe('peer');
    const s = started(switched);
    expect(isPeerSchedule(s.schedule)).toBe(true);
    const late = apply(
      s,
      cmd({ type: 'settings.patch', patch: { pairing: 'mentor-mentee' } }),
      T0 + 1_000,
      makeEnv('x'),
    );
    expect(late.ok).toBe(false);
    if (!late.ok) {
      expect(late.error.code).toBe('conflict');
      expect(late.error.message).toMatch(/pairing can change only before the start/);
    }
    // Back before the start: a replan as mentors and mentees, and the setting is left out again.
    const planBefore = planned(switched);
    const back = must(planBefore, cmd({ type: 'settings.patch', patch: { pairing: 'mentor-mentee' } }), T0 - 500);
    expect(back.settings).not.toHaveProperty('pairing');
    const withMentors = withPeople(emptyEvent(), { mentors: [{ name: 'M' }] });
    const refused = apply(withMentors, cmd({ type: 'settings.patch', patch: { pairing: 'peer' } }), T0, makeEnv('x'));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/remove the 1 mentor first/);
  });

  it('a peer’s page names each round’s table and table-mate; a sit-out has no table', () => {
    const s = started(peerEvent());
    const me = meView(s, 'p1', T0 + 1)!;
    expect(me.role).toBe('mentee');
    expect(me.rounds).toHaveLength(5);
    const seated = me.rounds.filter((r) => r.table !== null);
    expect(seated).toHaveLength(4);
    for (const r of seated) {
      expect(r.mentorId).toBeNull();
      expect(r.mentees).toHaveLength(1);
      expect(r.mentees[0]!.id).not.toBe('p1');
    }
    const mates = new Set(seated.map((r) => r.mentees[0]!.id));
    expect(mates.size).toBe(4);
  });
});
