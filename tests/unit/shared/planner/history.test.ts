/**
 * Pairs that met at earlier events (issue 18) count as met: fresh mentors come first, and a
 * mentor met before is met again only once no fresh allowed mentor is left. The coverage bound
 * still counts meetings in this event.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatQuality, plan, quality, replan, type MetBefore, type PlanInput } from '../../../../shared/planner';
import { avoidableHistoryRepeats, handCaseArb } from './hand-support';
import { hardRuleProblems, makeInput, meetings } from './support';

/** Meetings in the schedule of pairs in `metBefore`, counted here. */
function again(schedule: ReturnType<typeof plan>, metBefore: MetBefore[]): string[] {
  const pairs = new Set(metBefore.map((p) => `${p.menteeId}|${p.mentorId}`));
  const out: string[] = [];
  for (const r of schedule.rounds)
    for (const t of r.tables)
      for (const id of t.menteeIds) if (pairs.has(`${id}|${t.mentorId}`)) out.push(`${r.round}:${id}`);
  return out;
}

/** Mentee e(i+1) met mentors m(i+1) and m(i+2) before (wrapping). */
const ringHistory = (mentees: number, mentors: number): MetBefore[] =>
  Array.from({ length: mentees }, (_, i) => [
    { menteeId: `e${i + 1}`, mentorId: `m${(i % mentors) + 1}` },
    { menteeId: `e${i + 1}`, mentorId: `m${((i + 1) % mentors) + 1}` },
  ]).flat();

describe('pairs met at earlier events', () => {
  it('are not met again while fresh mentors remain, and coverage of this event stays at the bound', () => {
    const input = makeInput(6, 6, 4, 2);
    const metBefore = ringHistory(6, 6);
    for (let seed = 1; seed <= 25; seed++) {
      const s = plan(input.settings, input.mentors, input.mentees, { seed, metBefore });
      expect(again(s, metBefore), `seed ${seed}`).toEqual([]);
      const q = quality(s, input, { metBefore });
      expect(q.distinctMeetings).toBe(q.coverageBound);
      expect(q.repeatsFromHistory).toBe(0);
      expect(q.metBeforePairs).toBe(12);
    }
    // Without the history the same plan meets some of those pairs.
    const plain = plan(input.settings, input.mentors, input.mentees, { seed: 1 });
    expect(again(plain, metBefore).length).toBeGreaterThan(0);
  });

  it('are met again once every fresh allowed mentor is met (3 mentors, 3 rounds): a seat beats a bye', () => {
    const input = makeInput(3, 3, 3, 1);
    const metBefore = input.mentees.map((x, i) => ({ menteeId: x.id, mentorId: `m${i + 1}` }));
    const s = plan(input.settings, input.mentors, input.mentees, { seed: 4, metBefore });
    expect(hardRuleProblems(s, input)).toEqual([]);
    const q = quality(s, input, { metBefore });
    expect(q.distinctMeetings).toBe(9);
    expect(q.repeatsFromHistory).toBe(3);
    // The earlier mentor comes last: both fresh ones first.
    for (const [i, x] of input.mentees.entries()) {
      const last = s.rounds[2]!.tables.find((t) => t.menteeIds.includes(x.id))!.mentorId;
      expect(last).toBe(`m${i + 1}`);
    }
  });

  it('count in a replan too, and quality reports them; wishes for a mentor met before are left out', () => {
    const input = makeInput(6, 6, 4, 2);
    input.mentees[0]!.wishes = ['m1', 'm3'];
    const metBefore = ringHistory(6, 6);
    const s = plan(input.settings, input.mentors, input.mentees, { seed: 2 });
    // Pairs met before alone change nothing that must change (like a new wish): the schedule stands.
    expect(JSON.stringify(replan(s, 2, input, { metBefore }).rounds)).toBe(JSON.stringify(s.rounds));
    // With a change at the door (e6 leaves) the rounds replanned avoid them.
    const now = { ...input, mentees: input.mentees.slice(0, 5) };
    const after = replan(s, 2, now, { metBefore });
    expect(again(after, metBefore).filter((k) => Number(k.split(':')[0]) >= 2)).toEqual([]);
    expect(again(s, metBefore).filter((k) => Number(k.split(':')[0]) >= 2).length).toBeGreaterThan(0);
    const q = quality(after, now, { metBefore, fromRound: 2 });
    expect(q.repeatsFromHistory).toBe(again(after, metBefore).filter((k) => !k.endsWith(':e6')).length);
    // e1 met m1 before: only m3 counts as a wish.
    expect(q.wishes.total).toBe(1);
    expect(quality(after, now).wishes.total).toBe(2);
    expect(formatQuality(q).some((l) => l.startsWith('  Met at earlier events:'))).toBe(true);
    expect(formatQuality(quality(after, now)).some((l) => l.startsWith('  Met at earlier events:'))).toBe(false);
  });

  it('property: no meeting again with a mentor met before while a free seat at a fresh allowed mentor waits', () => {
    let repeats = 0;
    fc.assert(
      fc.property(handCaseArb(false), ({ input, opts }) => {
        const s = plan(input.settings, input.mentors, input.mentees, opts);
        expect(avoidableHistoryRepeats(s, input, opts)).toEqual([]);
        expect(hardRuleProblems(s, input)).toEqual([]);
        expect(JSON.stringify(plan(input.settings, input.mentors, input.mentees, opts))).toBe(JSON.stringify(s));
        repeats += quality(s, input, opts).repeatsFromHistory;
        // Pairs met before never lower the bound: it counts meetings in this event.
        expect(quality(s, input, opts).coverageBound).toBe(quality(s, input).coverageBound);
      }),
      { numRuns: 200, seed: 1803 },
    );
    // Tight rooms do force some (a seat beats a bye): the check above is what must never happen.
    expect(repeats).toBeGreaterThan(0);
  });

  it('a large room with short histories meets nobody again', () => {
    const input: PlanInput = makeInput(40, 120, 8, 3);
    const metBefore = input.mentees.flatMap((x, i) => [
      { menteeId: x.id, mentorId: `m${(i % 40) + 1}` },
      { menteeId: x.id, mentorId: `m${((i * 7) % 40) + 1}` },
    ]);
    const s = plan(input.settings, input.mentors, input.mentees, { seed: 9, metBefore });
    const q = quality(s, input, { metBefore });
    expect(q.repeatsFromHistory).toBe(0);
    expect(q.coverageRatio).toBe(1);
    expect(meetings(s).size).toBe(120);
  });
});
