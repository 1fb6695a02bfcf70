import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  MAX_BACKUP_ISSUES,
  backupIssues,
  canonicalJson,
  readBackup,
  renumberPeople,
  scheduleFits,
  sealBackup,
  type BackupEvent,
  type BackupFile,
} from '../../../../shared/backup';

const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');

const EVENT: BackupEvent = {
  id: 'ev1',
  createdAt: Date.UTC(2026, 2, 14),
  settings: {
    name: 'Night',
    roundSeconds: 600,
    changeoverSeconds: 60,
    rounds: 2,
    tableCapacity: 1,
    breaks: [],
    plannedStartAt: null,
  },
  seed: 7,
  mentors: [
    { id: 'm1', name: 'Ann', table: 'T1', topics: [], attendance: 'expected' },
    { id: 'm2', name: 'Bo', table: 'T2', topics: ['x'], attendance: 'expected' },
  ],
  mentees: [
    { id: 'e1', name: 'Cy', questions: ['q?'], wishes: ['m2'], avoid: ['m1'], attendance: 'expected' },
    { id: 'e2', name: 'Di', questions: [], wishes: [], avoid: [], attendance: 'expected' },
  ],
  schedule: {
    mentors: [
      { id: 'm1', name: 'Ann', table: 'T1' },
      { id: 'm2', name: 'Bo', table: 'T2' },
    ],
    mentees: [
      { id: 'e1', name: 'Cy' },
      { id: 'e2', name: 'Di' },
    ],
    rounds: [
      {
        round: 1,
        tables: [
          { mentorId: 'm1', menteeIds: ['e1'] },
          { mentorId: 'm2', menteeIds: ['e2'] },
        ],
        byes: [],
      },
      {
        round: 2,
        tables: [
          { mentorId: 'm1', menteeIds: ['e2'] },
          { mentorId: 'm2', menteeIds: ['e1'] },
        ],
        byes: [],
      },
    ],
  },
  scheduleVersion: 1,
  clock: { status: 'idle', version: 0 },
  clockHistory: [],
};
const file = (): BackupFile =>
  sealBackup(
    { format: BACKUP_FORMAT, version: 1, exportedAt: Date.UTC(2026, 2, 15), event: structuredClone(EVENT) },
    sha256,
  );

describe('canonicalJson', () => {
  it('is the same for any key order and indentation, and differs when a value does', () => {
    const json = fc.jsonValue();
    fc.assert(
      fc.property(json, (v) => {
        const shuffled = JSON.parse(JSON.stringify(v, null, 2));
        const reversed = (x: unknown): unknown =>
          Array.isArray(x)
            ? x.map(reversed)
            : x && typeof x === 'object'
              ? Object.fromEntries(
                  Object.entries(x)
                    .reverse()
                    .map(([k, y]) => [k, reversed(y)]),
                )
              : x;
        expect(canonicalJson(reversed(shuffled))).toBe(canonicalJson(v));
        expect(JSON.parse(canonicalJson(v))).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
    expect(canonicalJson({ b: 1, a: [1, { d: 'x', c: null }] })).toBe('{"a":[1,{"c":null,"d":"x"}],"b":1}');
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });
});

describe('readBackup', () => {
  it('accepts a sealed file', () => {
    const r = readBackup(JSON.parse(JSON.stringify(file())), sha256);
    expect(r.ok).toBe(true);
  });

  it('refuses in order: not a backup, another version, no or wrong checksum, invalid content', () => {
    const msg = (raw: unknown) => {
      const r = readBackup(raw, sha256);
      return r.ok ? 'ok' : r.message;
    };
    expect(msg(null)).toMatch(/not a Tablehop event backup/);
    expect(msg({ ...file(), format: 'other' })).toMatch(/not a Tablehop event backup/);
    expect(msg({ ...file(), version: 3 })).toMatch(/version 3, written by a newer Tablehop/);
    expect(msg({ ...file(), version: '1' })).toMatch(/without a version number/);
    expect(msg({ ...file(), integrity: undefined })).toMatch(/no SHA-256 integrity check/);
    expect(msg({ ...file(), integrity: { algorithm: 'MD5', digest: 'x' } })).toMatch(/no SHA-256 integrity check/);
    const edited = file();
    edited.event.mentors[0]!.name = 'Eve';
    expect(msg(edited)).toMatch(/checksum does not match/);
    const resealed = sealBackup(
      { ...edited, event: { ...edited.event, mentees: [{ ...EVENT.mentees[0]!, wishes: ['zz'] }] } },
      sha256,
    );
    const r = readBackup(resealed, sha256);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues).toEqual([
        { path: 'event.mentees.0.wishes.0', message: '"zz" is not the id of a mentor in this file' },
      ]);
  });

  it('any single changed value breaks the checksum', () => {
    const sealed = file();
    const paths: Array<(f: any) => void> = [
      (f) => (f.exportedAt += 1),
      (f) => (f.event.settings.rounds = 3),
      (f) => f.event.mentees[0].questions.push('extra'),
      (f) => (f.event.schedule.rounds[1].tables[0].menteeIds = ['e1']),
      (f) => (f.event.seed = 8),
      (f) => (f.generator = 'someone else'),
    ];
    for (const change of paths) {
      const f = structuredClone(sealed);
      change(f);
      const r = readBackup(f, sha256);
      expect(r.ok ? 'accepted' : r.message).toMatch(/checksum does not match/);
    }
  });
});

describe('backupIssues', () => {
  it('finds duplicate ids/tables, wishes for non-mentors, wished-and-avoided, bad settings, unknown seat ids', () => {
    const ev = structuredClone(EVENT);
    ev.mentees[1]!.id = 'm1';
    ev.mentors[1]!.table = 't1';
    ev.mentees[0]!.wishes = ['e2', 'm1'];
    ev.mentees[0]!.avoid = ['m1'];
    ev.settings.breaks = [{ afterRound: 2, seconds: 60 }];
    ev.schedule!.rounds[0]!.byes = ['ghost'];
    expect(backupIssues(ev).map((i) => i.path)).toEqual([
      'event.mentors.1.table',
      'event.mentees.1.id',
      'event.mentees.0.wishes.0',
      'event.mentees.0.avoid',
      'event.settings.breaks.0.afterRound',
      'event.schedule.rounds.0.byes',
    ]);
    expect(backupIssues(EVENT)).toEqual([]);
  });

  it('stops at the hundredth problem, however many the file holds', () => {
    // 2,000 mentees wishing for 50 unknown mentors each: 100,000 problems in the file.
    const ev = structuredClone(EVENT);
    const ghosts = Array.from({ length: 50 }, (_, j) => `ghost${j}`);
    ev.mentees = Array.from({ length: 2000 }, (_, i) => ({
      id: `x${i}`,
      name: `X${i}`,
      questions: [],
      wishes: ghosts,
      avoid: [],
      attendance: 'expected' as const,
    }));
    const issues = backupIssues(ev);
    expect(MAX_BACKUP_ISSUES).toBe(100);
    expect(issues).toHaveLength(MAX_BACKUP_ISSUES);
    // The first hundred, in file order: mentee 0's fifty wishes, then mentee 1's.
    expect(issues[0]).toEqual({
      path: 'event.mentees.0.wishes.0',
      message: '"ghost0" is not the id of a mentor in this file',
    });
    expect(issues[99]!.path).toBe('event.mentees.1.wishes.49');

    const sealed = sealBackup(
      { format: BACKUP_FORMAT, version: 1, exportedAt: Date.UTC(2026, 2, 15), event: ev },
      sha256,
    );
    const r = readBackup(JSON.parse(JSON.stringify(sealed)), sha256);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toBe('This backup has at least 100 problems (the checks stop there); nothing was created.');
      expect(r.issues).toHaveLength(100);
    }
  });

  it('counts exactly when there are fewer than a hundred problems', () => {
    const ev = structuredClone(EVENT);
    ev.mentees[0]!.wishes = Array.from({ length: 50 }, (_, j) => `ghost${j}`);
    expect(backupIssues(ev)).toHaveLength(50);
  });
});

describe('renumberPeople', () => {
  it('gives everyone a fresh id and keeps wishes, avoids and seatings pointing at the same people', () => {
    let n = 0;
    const out = renumberPeople(EVENT, () => `n${++n}`);
    const oldIds = ['m1', 'm2', 'e1', 'e2'];
    const text = JSON.stringify(out);
    for (const id of oldIds) expect(text).not.toContain(`"${id}"`);
    const byName = new Map([...out.mentors, ...out.mentees].map((p) => [p.name, p.id]));
    expect(out.mentees[0]).toMatchObject({
      name: 'Cy',
      wishes: [byName.get('Bo')],
      avoid: [byName.get('Ann')],
      questions: ['q?'],
    });
    expect(out.schedule!.rounds[0]!.tables[0]).toEqual({ mentorId: byName.get('Ann'), menteeIds: [byName.get('Cy')] });
    expect(out.schedule!.mentees.map((m) => m.id)).toEqual([byName.get('Cy'), byName.get('Di')]);
  });

  it('never hands out one id twice, even when the generator repeats itself', () => {
    const ids = ['a', 'a', 'b', 'a', 'b', 'c', 'd'];
    let i = 0;
    const out = renumberPeople(EVENT, () => ids[i++ % ids.length]!);
    const all = [...out.mentors, ...out.mentees].map((p) => p.id);
    expect(new Set(all).size).toBe(4);
  });
});

describe('scheduleFits', () => {
  it('true when every round seats exactly the people; false when someone is missing or extra, or over capacity', () => {
    expect(scheduleFits(EVENT)).toBe(true);
    expect(scheduleFits({ ...EVENT, mentees: EVENT.mentees.slice(0, 1) })).toBe(false);
    expect(
      scheduleFits({ ...EVENT, mentors: [...EVENT.mentors, { ...EVENT.mentors[0]!, id: 'm3', table: 'T3' }] }),
    ).toBe(false);
    expect(scheduleFits({ ...EVENT, settings: { ...EVENT.settings, rounds: 3 } })).toBe(false);
    expect(scheduleFits({ ...EVENT, settings: { ...EVENT.settings, rounds: null } })).toBe(true);
    const crowded = structuredClone(EVENT);
    crowded.schedule!.rounds[0]!.tables = [
      { mentorId: 'm1', menteeIds: ['e1', 'e2'] },
      { mentorId: 'm2', menteeIds: [] },
    ];
    expect(scheduleFits(crowded)).toBe(false);
    expect(scheduleFits({ ...crowded, settings: { ...crowded.settings, tableCapacity: 2 } })).toBe(true);
    expect(scheduleFits({ ...EVENT, schedule: null })).toBe(false);
  });
});
