import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { personRowsToCsv, scheduleMatrix, scheduleToCsv, scheduleToPersonRows } from '../../../../shared/csv';
import type { Schedule } from '../../../../shared/schemas/schedule';

const schedule: Schedule = {
  mentors: [
    { id: 'm1', name: 'Ann Lee', table: 'T1' },
    { id: 'm2', name: '=cmd|calc', table: 'T2' },
  ],
  mentees: [
    { id: 'e1', name: 'Zoë' },
    { id: 'e2', name: '李雷' },
    { id: 'e3', name: 'Smith, "Jo"' },
    { id: 'e4', name: '@evil' },
  ],
  rounds: [
    {
      round: 1,
      tables: [
        { mentorId: 'm1', menteeIds: ['e1', 'e2'] },
        { mentorId: 'm2', menteeIds: ['e3'] },
      ],
      byes: ['e4'],
    },
    {
      round: 2,
      tables: [
        { mentorId: 'm1', menteeIds: ['e4'] },
        { mentorId: 'm2', menteeIds: [] },
      ],
      byes: ['e1', 'e2', 'e3'],
    },
  ],
};

const cells = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('scheduleToCsv', () => {
  it('writes a row per round, a column per table and a Byes column', () => {
    expect(cells(scheduleToCsv(schedule))).toEqual([
      ['Round', 'T1 — Ann Lee', 'T2 — =cmd|calc', 'Byes'],
      ['1', 'Zoë, 李雷', 'Smith, "Jo"', "'@evil"],
      ['2', "'@evil", '', 'Zoë, 李雷, Smith, "Jo"'],
    ]);
  });

  it('neutralises every cell that starts like a formula', () => {
    const sheet = scheduleToCsv({ ...schedule, mentors: [{ id: 'm1', name: 'x', table: '+T' }, schedule.mentors[1]!] });
    const all = cells(sheet).flat();
    expect(all).toContain("'+T — x");
    for (const c of all) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('quotes with papaparse, ends with a newline, and takes options', () => {
    const csv = scheduleToCsv(schedule, { newline: '\n', bom: true, roundHeading: 'Runde', byesHeading: 'Pause' });
    expect(csv.startsWith('\uFEFFRunde,')).toBe(true);
    expect(csv).toContain('"Smith, ""Jo"""');
    expect(csv.endsWith('\n')).toBe(true);
    expect(csv).not.toContain('\r');
    expect(scheduleToCsv(schedule)).toContain('\r\n');
  });

  it('gives a column to a mentor seated but not listed, and leaves absent mentors blank', () => {
    const s: Schedule = {
      ...schedule,
      rounds: [{ round: 1, tables: [{ mentorId: 'm9', menteeIds: ['e1'] }], byes: [] }],
    };
    expect(cells(scheduleToCsv(s))).toEqual([
      ['Round', 'T1 — Ann Lee', 'T2 — =cmd|calc', 'm9', 'Byes'],
      ['1', '', '', 'Zoë', ''],
    ]);
    expect(scheduleMatrix(s).columns.map((c) => c.mentor)).toEqual(['Ann Lee', '=cmd|calc', 'm9']);
  });
});

describe('scheduleToPersonRows', () => {
  it('gives one row per person per round', () => {
    const rows = scheduleToPersonRows(schedule);
    expect(rows.filter((r) => r.round === 1)).toEqual([
      { round: 1, person: 'Ann Lee', role: 'mentor', table: 'T1', mentor: 'Ann Lee', with: 'Zoë, 李雷' },
      { round: 1, person: '=cmd|calc', role: 'mentor', table: 'T2', mentor: '=cmd|calc', with: 'Smith, "Jo"' },
      { round: 1, person: 'Zoë', role: 'mentee', table: 'T1', mentor: 'Ann Lee', with: '李雷' },
      { round: 1, person: '李雷', role: 'mentee', table: 'T1', mentor: 'Ann Lee', with: 'Zoë' },
      { round: 1, person: 'Smith, "Jo"', role: 'mentee', table: 'T2', mentor: '=cmd|calc', with: '' },
      { round: 1, person: '@evil', role: 'mentee', table: '', mentor: '', with: '' },
    ]);
    for (const round of [1, 2]) {
      const people = rows.filter((r) => r.round === round).map((r) => r.person);
      expect(people.sort()).toEqual([...schedule.mentors, ...schedule.mentees].map((p) => p.name).sort());
    }
  });

  it('writes person rows as neutralised CSV with byes marked', () => {
    const rows = cells(personRowsToCsv(scheduleToPersonRows(schedule)));
    expect(rows[0]).toEqual(['Round', 'Person', 'Role', 'Table', 'Mentor', 'With']);
    expect(rows).toContainEqual(['1', "'@evil", 'mentee', 'bye', '', '']);
    expect(rows).toContainEqual(['1', "'=cmd|calc", 'mentor', 'T2', "'=cmd|calc", 'Smith, "Jo"']);
    for (const c of rows.flat()) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });
});
