import { describe, expect, it } from 'vitest';
import { createSlicedQueue } from '../../../../server/realtime/sliced-queue';

/** A queue on a fake clock: each task takes `cost` ms; `turn()` runs one event-loop turn. */
function fakeQueue(budgetMs: number, cost = 2) {
  let t = 0;
  const turns: (() => void)[] = [];
  const errors: unknown[] = [];
  const q = createSlicedQueue({
    budgetMs,
    now: () => t,
    defer: (run) => turns.push(run),
    onError: (e) => errors.push(e),
  });
  const ran: number[] = [];
  const task = (n: number) => () => {
    t += cost;
    ran.push(n);
  };
  const turn = () => {
    const run = turns.shift();
    if (!run) throw new Error('nothing scheduled');
    run();
  };
  return { q, ran, task, turn, turns, errors, advance: (ms: number) => (t += ms) };
}

describe('createSlicedQueue', () => {
  it('runs nothing at once: the work waits for a later turn', () => {
    const f = fakeQueue(5);
    f.q.push(f.task(1));
    expect(f.ran).toEqual([]);
    expect(f.q.size).toBe(1);
    f.turn();
    expect(f.ran).toEqual([1]);
    expect(f.q.size).toBe(0);
    expect(f.turns).toHaveLength(0);
  });

  it('spends at most its budget per turn (plus the task that crossed it), in order, until all ran', () => {
    const f = fakeQueue(5, 2);
    for (let i = 1; i <= 7; i++) f.q.push(f.task(i));
    // One scheduled turn however many tasks were pushed.
    expect(f.turns).toHaveLength(1);
    f.turn();
    expect(f.ran).toEqual([1, 2, 3]); // 2 + 2 + 2 = 6 ms ≥ 5
    f.turn();
    expect(f.ran).toEqual([1, 2, 3, 4, 5, 6]);
    f.turn();
    expect(f.ran).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(f.turns).toHaveLength(0);
    // Empty again: a new push schedules a new turn.
    f.q.push(f.task(8));
    expect(f.turns).toHaveLength(1);
    f.turn();
    expect(f.ran.at(-1)).toBe(8);
  });

  it('a task that throws is reported and the rest still run', () => {
    const f = fakeQueue(100);
    f.q.push(f.task(1));
    f.q.push(() => {
      throw new Error('gone');
    });
    f.q.push(f.task(3));
    f.turn();
    expect(f.ran).toEqual([1, 3]);
    expect(f.errors).toEqual([new Error('gone')]);
  });

  it('runs for real on setImmediate by default', async () => {
    const ran: number[] = [];
    const q = createSlicedQueue({ budgetMs: 5, onError: () => {} });
    q.push(() => ran.push(1));
    q.push(() => ran.push(2));
    expect(ran).toEqual([]);
    await new Promise((r) => setImmediate(r));
    expect(ran).toEqual([1, 2]);
  });
});
