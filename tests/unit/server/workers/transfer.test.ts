import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlannerCall } from '../../../../shared/event/planner';
import { plan } from '../../../../shared/planner';
import { packCalls, packResult, unpackCalls, unpackResult } from '../../../../server/workers/transfer';

// A rehearsal's plans cross from the worker thread as bytes (seats as indices into an id table)
// and are rebuilt on the event loop a few rounds per turn: what comes out must be exactly what
// went in, whatever the event's shape.

const people = (mentors: number, mentees: number) => ({
  mentors: Array.from({ length: mentors }, (_, i) => ({ id: `m${i}`, name: `Mentor ${i}`, table: `T${i + 1}` })),
  mentees: Array.from({ length: mentees }, (_, i) => ({ id: `e${i}`, name: `Mentee ${i}`, wishes: [], avoid: [] })),
});

const turns = () => {
  const pauses = { count: 0 };
  return { pauses, pause: async () => void pauses.count++ };
};

describe('packCalls / unpackCalls', () => {
  it('gives back every planned schedule and refusal, in order, for events of any shape', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 12 }),
        fc.string(),
        async (mentors, mentees, tableCapacity, rounds, refusal) => {
          const p = people(mentors, mentees);
          const schedule = plan({ rounds, tableCapacity }, p.mentors, p.mentees, { seed: 3 });
          const calls: PlannerCall[] = [
            { key: 'plan:a', schedule },
            { key: 'replan:b', refused: refusal },
            { key: 'plan:c', schedule: { ...schedule, extra: { kept: true } } },
          ];
          const back = await unpackCalls(packCalls(calls), turns().pause);
          expect(back).toEqual(calls);
          // The same JSON text, key order included: a preview's digest is taken over it.
          expect(JSON.stringify(back)).toBe(JSON.stringify(calls));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps the table each mentor visits when mentors move, and the resting ones without one', async () => {
    const p = people(5, 9);
    const schedule = plan({ rounds: 6, tableCapacity: 3, moving: 'mentors' }, p.mentors, p.mentees, { seed: 2 });
    expect(schedule.rounds[0]!.tables.some((t) => t.table === undefined)).toBe(true); // 5 mentors, 3 tables
    const calls: PlannerCall[] = [{ key: 'plan:moving', schedule }];
    const back = await unpackCalls(packCalls(calls), turns().pause);
    expect(JSON.stringify(back)).toBe(JSON.stringify(calls));
  });

  it('lets the event loop turn between rounds while it rebuilds a long plan', async () => {
    const p = people(6, 18);
    const schedule = plan({ rounds: 40, tableCapacity: 3 }, p.mentors, p.mentees, { seed: 1 });
    const { pauses, pause } = turns();
    const back = await unpackCalls(packCalls([{ key: 'k', schedule }]), pause);
    expect(back).toEqual([{ key: 'k', schedule }]);
    expect(pauses.count).toBe(4); // 40 rounds, 8 per turn: a pause before rounds 9, 17, 25 and 33
  });

  it('reads a packed plan from inside a larger buffer (a Buffer slice, as Node hands them over)', async () => {
    const p = people(2, 5);
    const schedule = plan({ rounds: 3, tableCapacity: 2 }, p.mentors, p.mentees);
    const packed = packCalls([{ key: 'k', schedule }]);
    const bigger = new Uint8Array(packed.byteLength + 8);
    bigger.set(packed, 8);
    expect(await unpackCalls(bigger.subarray(8), turns().pause)).toEqual([{ key: 'k', schedule }]);
  });

  it('notices a damaged plan instead of seating people wrongly', async () => {
    const p = people(2, 5);
    const schedule = plan({ rounds: 3, tableCapacity: 2 }, p.mentors, p.mentees);
    const packed = packCalls([{ key: 'k', schedule }]);
    const cut = packed.slice(0, packed.byteLength - 4);
    await expect(unpackCalls(cut, turns().pause)).rejects.toThrow();
  });
});

describe('packResult / unpackResult', () => {
  const moved = (bytes: Uint8Array) => bytes;

  it('sends a preview as UTF-8 bytes, and a refused preview or any other result as it is', async () => {
    const json = JSON.stringify({ name: 'Zoë · عمر' });
    const packed = packResult('preview', { ok: true, json }, moved);
    expect(packed).toBeInstanceOf(Uint8Array);
    const back = (await unpackResult('preview', packed, turns().pause)) as { ok: true; json: Uint8Array };
    expect(new TextDecoder().decode(back.json)).toBe(json);
    const refused = { ok: false, error: { code: 'conflict', message: 'no' } };
    expect(packResult('preview', refused, moved)).toBe(refused);
    expect(await unpackResult('preview', refused, turns().pause)).toBe(refused);
    const csv = { text: 'a,b' };
    expect(packResult('export', csv, moved)).toBe(csv);
  });

  it('sends a rehearsal as bytes and gives back its calls', async () => {
    const p = people(3, 7);
    const calls: PlannerCall[] = [{ key: 'k', schedule: plan({ rounds: 3, tableCapacity: 3 }, p.mentors, p.mentees) }];
    const packed = packResult('rehearse', { calls }, moved);
    expect(packed).toBeInstanceOf(Uint8Array);
    expect(await unpackResult('rehearse', packed, turns().pause)).toEqual({ calls });
  });
});
