import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan } from '../../../../shared/planner';
import { preparedJsonOf, prepareScheduleJson, scheduleJsonOf } from '../../../../server/store/schedule-json';

// A large schedule's JSON text is built in steps and remembered: it must be exactly the text
// JSON.stringify makes (the store keeps it, digests and answers are taken over it).

const people = (mentors: number, mentees: number) => ({
  mentors: Array.from({ length: mentors }, (_, i) => ({ id: `m${i}`, name: `Mentör "${i}"`, table: `T${i + 1}` })),
  mentees: Array.from({ length: mentees }, (_, i) => ({ id: `e${i}`, name: `عمر ${i}`, wishes: [], avoid: [] })),
});

describe('prepareScheduleJson', () => {
  it('makes exactly JSON.stringify’s text, whatever the schedule, pausing every 16 rounds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 40 }),
        async (mentors, mentees, rounds) => {
          const p = people(mentors, mentees);
          const schedule = { ...plan({ rounds, tableCapacity: 2 }, p.mentors, p.mentees), note: undefined };
          let pauses = 0;
          await prepareScheduleJson(schedule, async () => void pauses++);
          expect(scheduleJsonOf(schedule)).toBe(JSON.stringify(schedule));
          expect(preparedJsonOf(schedule)).toBe(JSON.stringify(schedule));
          expect(pauses).toBe(Math.floor((rounds - 1) / 16));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('remembers only prepared schedules; any other value is stringified when asked', () => {
    const p = people(2, 3);
    const schedule = plan({ rounds: 2, tableCapacity: 2 }, p.mentors, p.mentees);
    expect(preparedJsonOf(schedule)).toBeUndefined();
    expect(preparedJsonOf(null)).toBeUndefined();
    expect(preparedJsonOf('text')).toBeUndefined();
    expect(scheduleJsonOf(schedule)).toBe(JSON.stringify(schedule));
  });
});
