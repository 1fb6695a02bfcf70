/** A person's group and a mentee's priority (issue 18) as people.add and person.patch store them. */
import { describe, expect, it } from 'vitest';
import { apply } from '../../../../../shared/event/apply';
import { cmd, emptyEvent, makeEnv, T0, withPeople } from '../support';

const base = () =>
  withPeople(emptyEvent(), {
    mentors: [{ name: 'Ann', group: '  ACME   Corp ' }, { name: 'Gus' }],
    mentees: [{ name: 'Bo', group: 'Uni', priority: 2 }, { name: 'Cy', priority: 0 }, { name: 'Di' }],
  });

const patch = (personId: string, p: Record<string, unknown>) => {
  const r = apply(base(), cmd({ type: 'person.patch', personId, patch: p }), T0, makeEnv());
  if (!r.ok) throw new Error(r.error.message);
  return r.result;
};

describe('group and priority of a person', () => {
  it('people.add stores them trimmed; a priority of 0 and no group are left out', () => {
    const s = base();
    expect(s.mentors[0]!.group).toBe('ACME Corp');
    expect(s.mentors[1]).not.toHaveProperty('group');
    expect(s.mentees[0]).toMatchObject({ group: 'Uni', priority: 2 });
    expect(s.mentees[1]).not.toHaveProperty('priority');
    expect(s.mentees[2]).not.toHaveProperty('group');
  });

  it('person.patch sets a group, and an empty group removes it', () => {
    expect(patch('p2', { group: ' Lab ' })).toMatchObject({ name: 'Gus', group: 'Lab' });
    expect(patch('p1', { group: '' })).not.toHaveProperty('group');
    expect(patch('p3', { group: '' })).not.toHaveProperty('group');
  });

  it('person.patch sets a priority; 0 removes it', () => {
    expect(patch('p4', { priority: -3 })).toMatchObject({ name: 'Cy', priority: -3 });
    expect(patch('p3', { priority: 0 })).not.toHaveProperty('priority');
    expect(patch('p3', { name: 'Bob' })).toMatchObject({ name: 'Bob', group: 'Uni', priority: 2 });
  });

  it('a mentor has no priority', () => {
    const r = apply(base(), cmd({ type: 'person.patch', personId: 'p1', patch: { priority: 1 } }), T0, makeEnv());
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid', issues: [{ path: 'priority' }] });
  });
});
