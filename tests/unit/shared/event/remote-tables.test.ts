/**
 * Remote tables (issue 17, part 3), the pure side: the meeting link is https only wherever it
 * enters (the people API, a PATCH, the CSV's meeting_url column), it reaches the pages of the
 * mentor and of the mentees seated with them in their rounds, the projector knows the table is
 * remote without seeing the link, and the people export carries it (only when used).
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatCsvIssues, parseParticipantsCsv, participantsToCsv } from '../../../../shared/csv';
import { apply, type ApplyEnv } from '../../../../shared/event/apply';
import { planSchedule } from '../../../../shared/event/rules/schedule';
import { createEventState, type EventState } from '../../../../shared/event/state';
import { meView } from '../../../../shared/event/views/me-view';
import { participantsCsvOf } from '../../../../shared/event/views/participants-csv';
import { projectorView } from '../../../../shared/event/views/projector-view';
import { backupMentorSchema } from '../../../../shared/backup/format';
import { mentorInputSchema, personPatchSchema } from '../../../../shared/schemas/people';

const CALL = 'https://meet.example.org/ann-table';

describe('a meeting link is https only', () => {
  it.each([
    ['plain http', 'http://meet.example.org/x'],
    ['javascript', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,<b>x</b>'],
    ['no host', 'https://'],
    ['a space inside', 'https://meet.example.org/a b'],
    ['too long', `https://meet.example.org/${'x'.repeat(480)}`],
  ])('refuses %s with a message at meetingUrl', (_what, url) => {
    const r = mentorInputSchema.safeParse({ name: 'Ann', meetingUrl: url });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['meetingUrl']);
    expect(r.error!.issues[0]!.message).toMatch(/https:\/\/ link|at most 500/);
  });

  it('a backup keeps a mentor’s link, checked like the people API', () => {
    const m = { id: 'm1', name: 'Ann', table: 'T1', topics: [], attendance: 'expected' };
    expect(backupMentorSchema.parse({ ...m, meetingUrl: CALL }).meetingUrl).toBe(CALL);
    expect(backupMentorSchema.safeParse({ ...m, meetingUrl: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('takes an https link; a PATCH with an empty text removes it', () => {
    expect(mentorInputSchema.parse({ name: 'Ann', meetingUrl: CALL }).meetingUrl).toBe(CALL);
    expect(personPatchSchema.parse({ meetingUrl: '' })).toEqual({ meetingUrl: '' });
    expect(personPatchSchema.safeParse({ meetingUrl: 'http://x.org' }).success).toBe(false);
  });
});

describe('the meeting_url column', () => {
  const problems = (text: string) => {
    const r = parseParticipantsCsv(text);
    if (r.ok) throw new Error('expected the file to be refused');
    return formatCsvIssues(r.issues).split('\n');
  };

  it('reads a link on mentor rows', () => {
    const r = parseParticipantsCsv(`role,name,meeting_url\nmentor,Ann,${CALL}\nmentor,Bo,\nmentee,Cy,\n`);
    if (!r.ok) throw new Error(formatCsvIssues(r.issues));
    expect(r.mentors.map((m) => m.meetingUrl)).toEqual([CALL, undefined]);
  });

  it('refuses a link that is not https, and one on a mentee row, each at its line', () => {
    expect(
      problems('role,name,meeting_url\nmentor,Ann,http://meet.example.org\nmentee,Cy,https://meet.example.org/c\n'),
    ).toEqual([
      'line 2: meeting_url: must be an https:// link',
      'line 3: meeting_url: only mentors have a meeting link; this row is a mentee',
    ]);
    expect(problems('role,name,meeting_url\nmentor,Ann,javascript:alert(1)\n')).toEqual([
      'line 2: meeting_url: must be an https:// link',
    ]);
  });

  it('is written last, and only when some mentor has a link', () => {
    const head = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data[0];
    expect(head(participantsToCsv([{ name: 'Ann' }], []))).not.toContain('meeting_url');
    const csv = participantsToCsv([{ name: 'Ann', meetingUrl: CALL }, { name: 'Bo' }], [{ name: 'Cy' }]);
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(rows[0]!.slice(-3)).toEqual(['group', 'priority', 'meeting_url']);
    expect(rows.map((r) => r.at(-1))).toEqual(['meeting_url', CALL, '', '']);
  });
});

describe('remote tables in the views', () => {
  let n = 0;
  const env: ApplyEnv = { newId: () => `p${++n}`, newSeed: () => 1, digest: (t) => `d${t.length}` };
  const run = (s: EventState, command: Parameters<typeof apply>[1]) => {
    const out = apply(s, command, 0, env);
    if (!out.ok) throw new Error(out.error.message);
    return out.state!;
  };
  // Ann's table is remote, Bo's is in the room; 2 mentees, tables of 1, 2 rounds: each meets both.
  const hybrid = () => {
    const s = run(
      createEventState(
        'h',
        { name: 'Hybrid', roundSeconds: 60, changeoverSeconds: 10, rounds: 2, tableCapacity: 1, breaks: [] },
        0,
        1,
      ),
      {
        type: 'people.add',
        people: {
          mentors: [
            { name: 'Ann', topics: [], meetingUrl: CALL },
            { name: 'Bo', topics: [] },
          ],
          mentees: [
            { name: 'Cy', questions: [], wishes: [], avoid: [] },
            { name: 'Di', questions: [], wishes: [], avoid: [] },
          ],
        },
      },
    );
    const planned = planSchedule(s, 0);
    if (!planned.ok) throw new Error(planned.error.message);
    return planned.value;
  };

  it('a mentee sees the call only in the round at the remote table; the mentor sees their own', () => {
    const s = hybrid();
    expect(s.schedule).not.toBeNull();
    const ann = s.mentors.find((m) => m.name === 'Ann')!;
    for (const mentee of s.mentees) {
      const page = meView(s, mentee.id, 0)!;
      for (const r of page.rounds) {
        if (r.mentorId === ann.id) expect(r.meetingUrl).toBe(CALL);
        else expect(r).not.toHaveProperty('meetingUrl');
      }
      expect(page.rounds.filter((r) => r.meetingUrl).length).toBe(1);
    }
    const annPage = meView(s, ann.id, 0)!;
    expect(annPage.person.meetingUrl).toBe(CALL);
    expect(annPage.rounds.every((r) => r.meetingUrl === CALL)).toBe(true);
    const bo = meView(s, s.mentors.find((m) => m.name === 'Bo')!.id, 0)!;
    expect(bo.person).not.toHaveProperty('meetingUrl');
    expect(bo.rounds.some((r) => r.meetingUrl)).toBe(false);
  });

  it('the projector marks the table remote and never shows the link', () => {
    const view = projectorView(hybrid(), 0);
    expect(view.tables.map((t) => [t.name, t.remote ?? false])).toEqual([
      ['Ann', true],
      ['Bo', false],
    ]);
    expect(JSON.stringify(view)).not.toContain('meet.example.org');
  });

  it('a PATCH sets and removes the link; the people export carries it and re-imports', () => {
    let s = hybrid();
    const bo = s.mentors.find((m) => m.name === 'Bo')!;
    s = run(s, { type: 'person.patch', personId: bo.id, patch: { meetingUrl: 'https://meet.example.org/bo' } });
    expect(s.mentors.find((m) => m.id === bo.id)!.meetingUrl).toBe('https://meet.example.org/bo');
    const csv = participantsCsvOf(s);
    const back = parseParticipantsCsv(csv);
    if (!back.ok) throw new Error(formatCsvIssues(back.issues));
    expect(back.mentors.map((m) => m.meetingUrl)).toEqual([CALL, 'https://meet.example.org/bo']);
    s = run(s, { type: 'person.patch', personId: bo.id, patch: { meetingUrl: '' } });
    expect(s.mentors.find((m) => m.id === bo.id)).not.toHaveProperty('meetingUrl');
  });
});
