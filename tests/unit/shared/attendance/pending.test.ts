import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pendingChanges } from '../../../../shared/attendance/pending';
import type { Attendance } from '../../../../shared/schemas/people';
import type { Schedule } from '../../../../shared/schemas/schedule';

const ATTENDANCE: Attendance[] = ['expected', 'present', 'absent', 'left'];
const takesPart = (a: Attendance) => a !== 'absent' && a !== 'left';

/** The definition, spelled out the slow way: scan every table of every open round for each person. */
function reference(schedule: Schedule, people: { mentors: P[]; mentees: P[] }, fromRound: number) {
  const open = schedule.rounds.filter((r) => r.round >= fromRound);
  if (open.length === 0) return [];
  const out: { personId: string; change: 'seat' | 'unseat' }[] = [];
  for (const [role, list] of [
    ['mentor', people.mentors],
    ['mentee', people.mentees],
  ] as const) {
    for (const p of list) {
      const placedIn = open.map((r) =>
        role === 'mentor'
          ? r.tables.some((t) => t.mentorId === p.id)
          : r.byes.includes(p.id) || r.tables.some((t) => t.menteeIds.includes(p.id)),
      );
      if (takesPart(p.attendance) && placedIn.includes(false)) out.push({ personId: p.id, change: 'seat' });
      else if (!takesPart(p.attendance) && placedIn.includes(true)) out.push({ personId: p.id, change: 'unseat' });
    }
  }
  return out;
}
type P = { id: string; name: string; attendance: Attendance };

const schedule: Schedule = {
  mentors: [
    { id: 't1', name: 'Ann', table: 'T1' },
    { id: 't2', name: 'Bo', table: 'T2' },
  ],
  mentees: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
    { id: 'c', name: 'C' },
  ],
  rounds: [
    {
      round: 1,
      tables: [
        { mentorId: 't1', menteeIds: ['a'] },
        { mentorId: 't2', menteeIds: ['b'] },
      ],
      byes: ['c'],
    },
    {
      round: 2,
      tables: [
        { mentorId: 't1', menteeIds: ['b'] },
        { mentorId: 't2', menteeIds: ['c'] },
      ],
      byes: ['a'],
    },
  ],
};

describe('pendingChanges', () => {
  it('lists who takes part but is not placed, and who is placed but does not take part, in the open rounds', () => {
    const people = {
      mentors: [
        { id: 't1', name: 'Ann', attendance: 'present' as const },
        { id: 't2', name: 'Bo', attendance: 'left' as const },
      ],
      mentees: [
        { id: 'a', name: 'A', attendance: 'absent' as const },
        { id: 'b', name: 'B', attendance: 'present' as const },
        { id: 'late', name: 'Late', attendance: 'present' as const },
      ],
    };
    expect(pendingChanges(schedule, people, 2).map((p) => [p.personId, p.change])).toEqual([
      ['t2', 'unseat'],
      ['a', 'unseat'],
      ['late', 'seat'],
    ]);
    expect(pendingChanges(schedule, people, 3)).toEqual([]);
    expect(pendingChanges(null, people, 1)).toEqual([]);
  });

  it('agrees with the definition for any attendance and any open round (property)', () => {
    const person = (id: string) =>
      fc.constantFrom(...ATTENDANCE).map((attendance) => ({ id, name: id.toUpperCase(), attendance }));
    fc.assert(
      fc.property(
        fc.tuple(person('t1'), person('t2'), person('t3')),
        fc.tuple(person('a'), person('b'), person('c'), person('late')),
        fc.integer({ min: 1, max: 3 }),
        (mentors, mentees, from) => {
          const people = { mentors: [...mentors], mentees: [...mentees] };
          expect(pendingChanges(schedule, people, from).map(({ personId, change }) => ({ personId, change }))).toEqual(
            reference(schedule, people, from),
          );
        },
      ),
    );
  });
});
