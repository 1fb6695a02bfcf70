/**
 * The store's change set (server/store/event-writes.ts) and its size accounting (footprint.ts):
 * only what changed by identity is written, a clock move is told apart, and the size computed
 * before a save equals the size measured from the rows after it.
 */
import { describe, expect, it } from 'vitest';
import { createEventState, type EventState } from '../../../../shared/event/state';
import { clockOnly, eventWrites } from '../../../../server/store/event-writes';
import { noteWritten, sizeAfter, totalOf } from '../../../../server/store/footprint';
import { bytesOf, emptyFootprint } from '../../../../server/store/storage-quota';

const base = (): EventState => ({
  ...createEventState(
    'ev',
    { name: 'Night', roundSeconds: 600, changeoverSeconds: 60, tableCapacity: 1, breaks: [] },
    0,
    1,
  ),
  mentors: [{ id: 'm1', name: 'Ann', table: 'T1', topics: [], attendance: 'expected' }],
  mentees: [{ id: 'e1', name: 'Cy', questions: ['Q'], wishes: [], avoid: [], attendance: 'expected' }],
});

describe('eventWrites', () => {
  it('a new event writes everything', () => {
    const w = eventWrites(null, base());
    expect(w.settings).toBeDefined();
    expect(w.clock).toBeDefined();
    expect(w.scheduleChanged).toBe(true);
    expect(w.schedule).toBeNull();
    expect(w.people?.inserts.map((p) => [p.id, p.role])).toEqual([
      ['m1', 'mentor'],
      ['e1', 'mentee'],
    ]);
  });

  it('the same state writes nothing; a changed person is one update; a removed one a delete', () => {
    const s = base();
    const same = eventWrites(s, s);
    expect(same).toEqual({ scheduleChanged: false, people: null, feedback: null, registrations: null });
    expect(clockOnly(same)).toBe(true);
    const edited = { ...s, mentees: [{ ...s.mentees[0]!, questions: ['Q2'] }] };
    const w = eventWrites(s, edited);
    expect(w.people).toEqual({
      inserts: [],
      updates: [{ id: 'e1', json: expect.stringContaining('Q2') }],
      deletes: [],
    });
    expect(clockOnly(w)).toBe(false);
    expect(eventWrites(s, { ...s, mentors: [] }).people?.deletes).toEqual(['m1']);
  });

  it('a clock move alone is clock-only', () => {
    const s = base();
    const w = eventWrites(s, { ...s, clock: { status: 'idle', version: 1 } });
    expect(w.clock).toBe('{"status":"idle","version":1}');
    expect(clockOnly(w)).toBe(true);
  });
});

describe('footprint', () => {
  it('the size computed before a save is what the rows measure after it', () => {
    const s = base();
    const fp = emptyFootprint();
    const first = eventWrites(null, s);
    const after = sizeAfter(fp, first, 10);
    noteWritten(fp, first, after, 10);
    expect(fp.total).toBe(totalOf(fp));
    const next = {
      ...s,
      mentees: [...s.mentees, { ...s.mentees[0]!, id: 'e2', name: 'Di', questions: ['x'.repeat(300)] }],
    };
    const w = eventWrites(s, next);
    const grown = sizeAfter(fp, w, 0);
    expect(grown.total - fp.total).toBe(bytesOf(w.people!.inserts[0]!.json));
    noteWritten(fp, w, grown, 0);
    expect(fp.total).toBe(totalOf(fp));
  });
});
