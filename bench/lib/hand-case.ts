/**
 * The organizer's-hand bench case (issue 18), from a seeded generator: 200 mentors at tables of
 * 5, 1000 mentees, 20 rounds; every mentor and mentee in one of 20 companies (10 mentors and 50
 * mentees each); mentees with 3 wishes, 2 avoids and priorities 0, 1 and 2 in turn; 1–2 mentors
 * each mentee met at an earlier event; 200 pins for 200 different mentees, half of them to a
 * round, each to a mentor the mentee may meet (not avoided, not of their company) and has not
 * met before.
 */
import type { MetBefore, PlanInput, PlanMentee, PlanPin } from '../../shared/planner';
import { createRng } from '../../shared/planner/prng';

export const HAND_CASE = {
  label: '200 tables of 5 × 1000 mentees × 20 rounds, 20 companies, 200 pins, history',
  mentors: 200,
  mentees: 1000,
  tableCapacity: 5,
  rounds: 20,
  companies: 20,
  pins: 200,
};

/** The input and the options (pins, pairs met before) of the case. */
export function handCase(seed: number): { input: PlanInput; pins: PlanPin[]; metBefore: MetBefore[] } {
  const c = HAND_CASE;
  const rng = createRng(seed);
  const company = (i: number) => `Company ${1 + (i % c.companies)}`;
  const mentors = Array.from({ length: c.mentors }, (_, i) => ({
    id: `m${i + 1}`,
    name: `Mentor ${i + 1}`,
    table: `T${i + 1}`,
    group: company(i),
  }));
  const pick = (n: number, not: Set<number>) => {
    const picked = new Set<number>();
    while (picked.size < n) {
      const k = rng.int(c.mentors);
      if (!not.has(k)) picked.add(k);
    }
    return [...picked];
  };
  const metBefore: MetBefore[] = [];
  const earlier: number[][] = [];
  const mentees: PlanMentee[] = Array.from({ length: c.mentees }, (_, i) => {
    const ids = pick(5, new Set()).map((k) => `m${k + 1}`);
    const id = `e${i + 1}`;
    earlier.push(pick(1 + rng.int(2), new Set()));
    for (const k of earlier[i]!) metBefore.push({ menteeId: id, mentorId: `m${k + 1}` });
    return {
      id,
      name: `Mentee ${i + 1}`,
      wishes: ids.slice(0, 3),
      avoid: ids.slice(3, 5),
      group: company(i),
      priority: i % 3,
    };
  });
  const pins: PlanPin[] = [];
  const pinned = new Set<number>();
  while (pins.length < c.pins) {
    const x = rng.int(c.mentees);
    if (pinned.has(x)) continue;
    pinned.add(x);
    const mentee = mentees[x]!;
    // A mentor the mentee may meet and has not met before: not avoided, not of their company.
    const not = new Set([...mentee.avoid.map((id) => Number(id.slice(1)) - 1), ...earlier[x]!]);
    for (let k = 0; k < c.mentors; k++) if (k % c.companies === x % c.companies) not.add(k);
    const [k] = pick(1, not);
    const pin: PlanPin = { menteeId: mentee.id, mentorId: `m${k! + 1}` };
    if (pins.length % 2 === 0) pin.round = 1 + rng.int(c.rounds);
    pins.push(pin);
  }
  return {
    input: { settings: { rounds: c.rounds, tableCapacity: c.tableCapacity }, mentors, mentees },
    pins,
    metBefore,
  };
}
