import { describe, expect, it } from 'vitest';
import { diffSchedules, plan, replan, type PlanInput } from '../../../../shared/planner';
import { makeInput } from './support';

describe('diffSchedules', () => {
  it('is empty for the same schedule', () => {
    const input = makeInput(4, 6, 4, 2);
    const s = plan(input.settings, input.mentors, input.mentees);
    const d = diffSchedules(s, s);
    expect(d.seats).toEqual([]);
    expect(d.tables).toEqual([]);
    expect(d.affectedMentees).toEqual([]);
    expect(d.rounds).toEqual([1, 2, 3, 4].map((round) => ({ round, seatChanges: 0 })));
  });

  it('lists who moves where, per round, from a round on', () => {
    const input = makeInput(5, 5, 5);
    const before = plan(input.settings, input.mentors, input.mentees);
    const changes: PlanInput = {
      ...input,
      mentors: input.mentors.filter((m) => m.id !== 'm2'),
      mentees: [...input.mentees.slice(1), { id: 'n1', name: 'New', wishes: [], avoid: [] }],
    };
    const after = replan(before, 3, changes);
    const d = diffSchedules(before, after, 3);
    expect(d.fromRound).toBe(3);
    expect(d.rounds.map((r) => r.round)).toEqual([3, 4, 5]);
    expect(d.seats.every((c) => c.round >= 3)).toBe(true);
    // e1 left: absent from round 3 on; the newcomer appears.
    expect(d.seats.filter((c) => c.menteeId === 'e1').map((c) => c.after)).toEqual([
      { kind: 'absent' },
      { kind: 'absent' },
      { kind: 'absent' },
    ]);
    expect(
      d.seats.filter((c) => c.menteeId === 'n1').every((c) => c.before.kind === 'absent' && c.after.kind !== 'absent'),
    ).toBe(true);
    expect(d.tables).toEqual([3, 4, 5].map((round) => ({ round, mentorId: 'm2', change: 'removed' })));
    expect(d.affectedMentees).toContain('e1');
    expect(d.rounds.reduce((a, r) => a + r.seatChanges, 0)).toBe(d.seats.length);
    const moved = d.seats.find((c) => c.before.kind === 'table' && c.after.kind === 'table');
    if (moved && moved.after.kind === 'table') expect(moved.after.table).toMatch(/^T\d$/);
  });

  it('reports rounds added or removed at the end', () => {
    const input = makeInput(3, 3, 3);
    const s = plan(input.settings, input.mentors, input.mentees);
    const longer = replan(s, 4, { ...input, settings: { rounds: 4, tableCapacity: 1 } });
    expect(diffSchedules(s, longer).roundsAdded).toEqual([4]);
    expect(diffSchedules(longer, s).roundsRemoved).toEqual([4]);
    expect(diffSchedules(s, longer).seats.every((c) => c.round === 4 && c.before.kind === 'absent')).toBe(true);
  });
});
