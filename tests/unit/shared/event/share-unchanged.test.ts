import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareUnchanged } from '../../../../shared/event/share-unchanged';
import { createEventState, type EventState } from '../../../../shared/event/state';

const T = 1_800_000_000_000;

function event(): EventState {
  const base = createEventState(
    'ev',
    { name: 'Evening', roundSeconds: 300, changeoverSeconds: 60, rounds: 2, tableCapacity: 1, breaks: [] },
    T,
    'seed',
  );
  return {
    ...base,
    mentors: [
      { id: 'm1', name: 'Ada', table: 'T1', topics: ['a'], attendance: 'expected' },
      { id: 'm2', name: 'Grace', table: 'T2', topics: [], attendance: 'expected' },
    ],
    mentees: [
      { id: 'e1', name: 'Zoë', questions: ['Q'], wishes: ['m1'], avoid: [], attendance: 'expected' },
      { id: 'e2', name: 'Li', questions: [], wishes: [], avoid: [], attendance: 'present' },
    ],
    feedback: { e1: { sharing: { share: 'none', contact: null }, given: [] } },
  } as EventState;
}

/** The state as the database gives it back: equal, sharing no object with the one in memory. */
const reread = (s: EventState): EventState => JSON.parse(JSON.stringify(s));

describe('shareUnchanged: a state read back from the database keeps the parts that did not change', () => {
  it('nothing changed: the state in memory itself', () => {
    const prev = event();
    expect(shareUnchanged(prev, reread(prev))).toBe(prev);
  });

  it('one mentee and the clock changed: only they are new objects, the rest is the old one', () => {
    const prev = event();
    const changed = reread(prev);
    changed.mentees[1] = { ...changed.mentees[1]!, attendance: 'absent' };
    changed.clock = { status: 'running', version: 1, phaseIndex: 0, phaseEndsAt: T + 300_000, startedAt: T };
    const next = shareUnchanged(prev, changed);
    expect(next).toEqual(changed);
    expect(next.mentors).toBe(prev.mentors);
    expect(next.settings).toBe(prev.settings);
    expect(next.feedback).toBe(prev.feedback);
    expect(next.mentees).not.toBe(prev.mentees);
    expect(next.mentees[0]).toBe(prev.mentees[0]);
    expect(next.mentees[1]).not.toBe(prev.mentees[1]);
    expect(next.clock).not.toBe(prev.clock);
  });

  it('any change of names, attendance, order: equal to what was read, sharing exactly the equal parts', () => {
    const status = fc.constantFrom('expected', 'present', 'absent');
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.string({ maxLength: 5 }), attendance: status }), { minLength: 2, maxLength: 2 }),
        fc.boolean(),
        (mentees, swap) => {
          const prev = event();
          const read = reread(prev);
          read.mentees = read.mentees.map((m, i) => ({ ...m, ...mentees[i]! })) as EventState['mentees'];
          if (swap) read.mentees.reverse();
          const next = shareUnchanged(prev, read);
          expect(next).toEqual(read);
          for (const m of next.mentees) {
            const old = prev.mentees.find((o) => o.id === m.id)!;
            expect(m === old).toBe(JSON.stringify(m) === JSON.stringify(old));
          }
          expect(next.mentors).toBe(prev.mentors);
        },
      ),
    );
  });
});
