import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  ATTENDANCE_WORDS,
  parseParticipantsCsv,
  participantsToCsv,
  personRowsToCsv,
  SEATS_LOST_HEADING,
  scheduleToCsv,
  scheduleToPersonRows,
} from '../../../../shared/csv';
import type { Schedule } from '../../../../shared/schemas/schedule';

/** The columns the export adds after the import's own, and how the import treats them. */

const cells = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

describe('the people export: attendance as a last column', () => {
  const mentors = [{ name: 'Ann', table: 'T1', attendance: 'present' as const }];
  const mentees = [
    { name: 'Bo', wishes: ['Ann'], attendance: 'absent' as const },
    { name: 'Cy', attendance: 'left' as const },
    { name: 'Di', attendance: 'expected' as const },
  ];

  it('writes attendance after the import columns, in the words of the door', () => {
    expect(cells(participantsToCsv(mentors, mentees, { attendance: true }))).toEqual([
      [
        ...['role', 'name', 'table', 'topics', 'bio', 'questions', 'wishes', 'avoid', 'email', 'attendance'],
        ...['group', 'priority'],
      ],
      ['mentor', 'Ann', 'T1', '', '', '', '', '', '', 'checked in', '', ''],
      ['mentee', 'Bo', '', '', '', '', 'Ann', '', '', 'no-show', '', ''],
      ['mentee', 'Cy', '', '', '', '', '', '', '', 'left', '', ''],
      ['mentee', 'Di', '', '', '', '', '', '', '', 'expected', '', ''],
    ]);
    expect(ATTENDANCE_WORDS).toEqual({ expected: 'expected', present: 'checked in', absent: 'no-show', left: 'left' });
    // Without the option the nine first columns are as they always were, then group and priority.
    expect(cells(participantsToCsv(mentors, mentees))[0]).toHaveLength(11);
  });

  it('reads back the same people from a new file and from an old one: the import reads past attendance', () => {
    const fresh = parseParticipantsCsv(participantsToCsv(mentors, mentees, { attendance: true }));
    const old = parseParticipantsCsv(participantsToCsv(mentors, mentees));
    expect(fresh.ok, JSON.stringify(fresh)).toBe(true);
    expect(fresh).toEqual(old);
    expect(fresh.ok && fresh.mentees.map((m) => m.name)).toEqual(['Bo', 'Cy', 'Di']);
    expect(fresh.ok && fresh.mentors[0]).not.toHaveProperty('attendance');
  });

  it('reads past an attendance column in any place and case, whatever it holds', () => {
    const parsed = parseParticipantsCsv('Attendance ,role,name\nwho knows,mentor,Ann\n,mentee,Bo\nno-show,mentee,Cy\n');
    expect(parsed.ok && [...parsed.mentors, ...parsed.mentees].map((p) => p.name)).toEqual(['Ann', 'Bo', 'Cy']);
    // Other unknown columns are still refused; attendance is not among the problems.
    const refused = parseParticipantsCsv('role,name,attendance,shoe size\nmentee,Bo,left,42\n');
    expect(refused.ok).toBe(false);
    const messages = refused.ok ? [] : refused.issues.map((i) => i.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/unknown column "shoe size"/);
    expect(messages[0]).not.toMatch(/"attendance"/);
  });
});

describe('the schedule exports: seats lost to no-shows', () => {
  const schedule: Schedule = {
    mentors: [
      { id: 'm1', name: 'Ann', table: 'T1' },
      { id: 'm2', name: 'Gus', table: 'T2' },
    ],
    mentees: [
      { id: 'e1', name: 'Bo' },
      { id: 'e2', name: 'Cy' },
      { id: 'e3', name: 'Di' },
    ],
    rounds: [
      {
        round: 1,
        tables: [
          { mentorId: 'm1', menteeIds: ['e1'] },
          { mentorId: 'm2', menteeIds: ['e2'] },
        ],
        byes: ['e3'],
      },
      {
        round: 2,
        tables: [
          { mentorId: 'm1', menteeIds: ['e3'] },
          { mentorId: 'm2', menteeIds: ['e1'] },
        ],
        byes: ['e2'],
      },
    ],
  };
  // Bo never came, nor did Gus (T2).
  const noShows = new Set(['e1', 'm2']);

  it('the wall sheet gets a last column listing them round by round; the columns before stay as they were', () => {
    const plain = cells(scheduleToCsv(schedule));
    const marked = cells(scheduleToCsv(schedule, { noShows }));
    expect(marked.map((row) => row.slice(0, -1))).toEqual(plain);
    expect(marked.map((row) => row.at(-1))).toEqual([
      SEATS_LOST_HEADING,
      'Bo (T1), Gus (T2 mentor)',
      'Gus (T2 mentor), Bo (T2)',
    ]);
    // Nobody missing: the column is there, empty.
    expect(cells(scheduleToCsv(schedule, { noShows: new Set() })).map((row) => row.at(-1))).toEqual([
      SEATS_LOST_HEADING,
      '',
      '',
    ]);
  });

  it('the person rows say whose seat was lost and why; a bye loses nothing', () => {
    const rows = scheduleToPersonRows(schedule, noShows);
    const lost = rows.map((r) => `${r.round} ${r.person} ${r.seatLost}`);
    expect(lost).toEqual([
      '1 Ann ',
      '1 Gus no-show',
      '1 Bo no-show',
      '1 Cy mentor no-show',
      '1 Di ',
      '2 Ann ',
      '2 Gus no-show',
      '2 Di ',
      '2 Bo no-show',
      '2 Cy ',
    ]);
    const csv = cells(personRowsToCsv(rows, { seatLost: true }));
    expect(csv[0]).toEqual(['Round', 'Person', 'Role', 'Table', 'Mentor', 'With', 'Seat lost']);
    expect(csv.slice(1).map((r) => r.at(-1))).toEqual(rows.map((r) => r.seatLost));
    // Without no-shows, the rows and the file are as they always were.
    expect(scheduleToPersonRows(schedule).every((r) => !('seatLost' in r))).toBe(true);
    expect(cells(personRowsToCsv(scheduleToPersonRows(schedule)))[0]).toHaveLength(6);
  });
});
