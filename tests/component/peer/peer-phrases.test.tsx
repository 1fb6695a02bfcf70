/**
 * The peer phone's words (issue 17, peer rounds): "Stay at T1" when the table is the one of the
 * round before, "Go to T5" otherwise; the table-mates by name; the one sitting out told so, with
 * their next table. Also the schedule cell and the default round count of a peer event.
 */
import { cleanup, render, screen } from '@solidjs/testing-library';
import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createFeedbackOutbox } from '../../../client/live/feedback-outbox';
import { FeedbackCard } from '../../../client/screens/feedback/feedback-card';
import { fakeSenders } from '../support/feedback-fixtures';
import type { MyRound } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { menteePhrases } from '../../../client/live/phone-phrases';
import { peerSeatText } from '../../../client/live/peer-phrases';
import { whereNow } from '../../../client/live/where-now';
import { peerDefaultRounds } from '../../../shared/planner';

const at = (round: number, table: string | null, mates: string[] = []): MyRound => ({
  round,
  table,
  mentorId: null,
  mentorName: null,
  topics: [],
  mentees: mates.map((name, i) => ({ id: `x${i}`, name })),
});
const ROUNDS = [at(1, 'T1', ['Ana']), at(2, 'T1', ['Bo']), at(3, 'T5', ['Cy', 'Di']), at(4, null)];
const clockAt = (kind: 'meeting' | 'changeover' | 'break', round: number): Pick<ClockSnapshot, 'status' | 'phase'> =>
  ({ status: 'running', phase: { kind, round, index: 0, endsAt: 0, startedAt: 0 } }) as never;

function words(kind: 'meeting' | 'changeover' | 'break', round: number) {
  const where = whereNow(ROUNDS, clockAt(kind, round));
  return menteePhrases({ where, rounds: 4, peers: true, previous: ROUNDS.find((r) => r.round === round - 1) ?? null });
}

describe('peer phone phrases', () => {
  it('says stay when the table is the one of the round before', () => {
    const p = words('changeover', 2);
    expect(p.label).toBe('Round 2 of 4 — stay at T1');
    expect(p.lead).toBe('Stay at');
    expect(p.announcement).toContain('Stay at T1 with Bo.');
    expect(p.next).toBe('Round 3: go to T5 with Cy, Di');
  });

  it('says go to Tn for a new table, and names the table-mates', () => {
    const p = words('changeover', 3);
    expect(p.label).toBe('Round 3 of 4 — go to T5');
    expect(p.lead).toBe('Go to');
    expect(p.announcement).toContain('Go to T5 with Cy, Di.');
    expect(p.next).toBe('Round 4: you sit out.');
    expect(words('break', 3).lead).toBe('After the break, go to');
  });

  it('while talking, says the table and what comes next', () => {
    const p = words('meeting', 1);
    expect(p.label).toBe('Round 1 of 4 — talk at T1');
    expect(p.next).toBe('Round 2: stay at T1 with Bo');
  });

  it('tells the one sitting out, with no more meetings after the last', () => {
    const p = words('meeting', 4);
    expect(p.label).toBe('Round 4 of 4 — you sit out');
    expect(p.lead).toBe('You sit out round 4');
    expect(p.detail).toBe('You have no more meetings. Thank you for taking part!');
    const early = menteePhrases({
      where: whereNow([at(1, null), at(2, 'T3', ['Ed'])], clockAt('meeting', 1)),
      rounds: 2,
      peers: true,
    });
    expect(early.detail).toBe('Your next table: round 2, T3 with Ed.');
  });

  it('writes a schedule cell, and a default round count that meets everyone once', () => {
    expect(peerSeatText(at(3, 'T5', ['Cy', 'Di']))).toBe('T5 · Cy, Di');
    expect(peerDefaultRounds(9, 2)).toBe(9);
    expect(peerDefaultRounds(8, 1)).toBe(7);
    expect(peerDefaultRounds(9, 3)).toBe(4);
  });
});

describe('after the talk in a peer event', () => {
  it('names the one met a peer, not a mentee', () => {
    const outbox = createRoot(() => createFeedbackOutbox({ ...fakeSenders(), online: () => false, store: null }));
    const person = { id: 'e2', name: 'Bo', role: 'mentee' as const, feedback: null, mutual: false, contact: null };
    render(() => <FeedbackCard round={1} person={person} outbox={outbox} peer />);
    expect(screen.getByText('Peer')).toBeInTheDocument();
    expect(screen.queryByText('Mentee')).toBeNull();
    cleanup();
    render(() => <FeedbackCard round={1} person={person} outbox={outbox} />);
    expect(screen.getByText('Mentee')).toBeInTheDocument();
    cleanup();
  });
});
