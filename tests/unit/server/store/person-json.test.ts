import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mentee, Mentor } from '../../../../shared/schemas/people';
import { personJsonOf, preparePeopleJson } from '../../../../server/store/person-json';

const mentee = (i: number, questions: string[] = []): Mentee => ({
  id: `e${i}`,
  name: `Mentee ${i}`,
  questions,
  wishes: [`t${i % 3}`],
  avoid: [],
  attendance: 'expected',
});
const mentor = (i: number): Mentor => ({
  id: `t${i}`,
  name: `Mentor ${i}`,
  table: `T${i}`,
  topics: [],
  attendance: 'present',
});

describe('person JSON text', () => {
  it('is exactly JSON.stringify of the person, prepared or not (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.string(), { maxLength: 3 }), { maxLength: 30 }), async (questionLists) => {
        const people = [...questionLists.map((q, i) => mentee(i, q)), mentor(1)];
        const unprepared = people.map(personJsonOf);
        await preparePeopleJson(people, async () => {});
        expect(people.map(personJsonOf)).toEqual(unprepared);
        expect(unprepared).toEqual(people.map((p) => JSON.stringify(p)));
      }),
    );
  });

  it('pauses once per thousand people it turns into text, and not for the ones it already has', async () => {
    const people = Array.from({ length: 2500 }, (_, i) => mentee(i));
    let pauses = 0;
    await preparePeopleJson(people, async () => void pauses++);
    expect(pauses).toBe(2);
    await preparePeopleJson(people, async () => void pauses++);
    expect(pauses).toBe(2);
    // An edited person is a new object: only they are made again.
    const edited = [...people.slice(0, -1), { ...people.at(-1)!, name: 'Renamed' }];
    await preparePeopleJson(edited, async () => void pauses++);
    expect(personJsonOf(edited.at(-1)!)).toContain('"Renamed"');
  });
});
