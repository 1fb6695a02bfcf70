/**
 * The event's role words in the exports (issue 17, `settings.labels`): every CSV with a `role`
 * column keeps the canonical role there and, only when the event has labels, ends with
 * `role_label`; without labels the files are what they always were. The calendar's description
 * names the other's role in the event's word. The people import reads past `role_label`.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatCsvIssues, parseParticipantsCsv } from '../../../../../shared/csv';
import { roleLabeller } from '../../../../../shared/csv/role-label';
import { apply } from '../../../../../shared/event/apply';
import type { EventState } from '../../../../../shared/event/state';
import { meetingsCsv, MEETINGS_CSV_COLUMNS } from '../../../../../shared/event/views/meetings-csv';
import { meetingsIcs } from '../../../../../shared/event/views/meetings-ics';
import { participantsCsvOf } from '../../../../../shared/event/views/participants-csv';
import { scheduleCsvOf } from '../../../../../shared/event/views/schedule-csv';
import { mergeCsv, type MergeRow } from '../../../../../shared/mail/merge-csv';
import type { MeetingsAnswer } from '../../../../../shared/protocol/after-talk';
import { cmd, emptyEvent, idle, makeEnv, must, T0 } from '../support';

const LABELS = { mentor: 'Recruiter', mentee: 'Student' };
const cells = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
const withLabels = (s: EventState, labels = LABELS): EventState => ({ ...s, settings: { ...s.settings, labels } });
const plannedOf = (s: EventState) => must(s, cmd({ type: 'schedule.plan' }), T0 - 1_000);

describe('people.csv', () => {
  it('without labels: the columns it always had, no role_label', () => {
    const csv = participantsCsvOf(idle());
    expect(cells(csv)[0]).toEqual([
      ...['role', 'name', 'table', 'topics', 'bio', 'questions', 'wishes', 'avoid', 'email', 'attendance'],
      ...['group', 'priority'],
    ]);
    expect(csv).not.toContain('role_label');
  });

  it('with labels: the same file and a last role_label column in the event’s words', () => {
    const plain = cells(participantsCsvOf(idle()));
    const labelled = cells(participantsCsvOf(idle({ labels: LABELS })));
    expect(labelled.map((r) => r.slice(0, -1))).toEqual(plain);
    expect(labelled.map((r) => [r[0], r.at(-1)])).toEqual([
      ['role', 'role_label'],
      ['mentor', 'Recruiter'],
      ['mentor', 'Recruiter'],
      ['mentee', 'Student'],
      ['mentee', 'Student'],
    ]);
  });

  it('round-trips: an export with role_label imports into another event as the same people', () => {
    const first = idle({ labels: LABELS });
    const csv = participantsCsvOf(first);
    const parsed = parseParticipantsCsv(csv);
    if (!parsed.ok) throw new Error(formatCsvIssues(parsed.issues));
    const people = {
      mentors: parsed.mentors.map(({ line: _l, ...m }) => m),
      mentees: parsed.mentees.map(({ line: _l, ...m }) => m),
    };
    const r = apply(emptyEvent({ labels: LABELS }), cmd({ type: 'people.add', people }), T0, makeEnv('q'));
    if (!r.ok) throw new Error(r.error.message);
    // Ids differ between the events, and with them the ids a wish holds.
    const strip = (s: EventState) => ({
      mentors: s.mentors.map(({ id: _i, ...m }) => m),
      mentees: s.mentees.map(({ id: _i, wishes, ...m }) => ({ ...m, wishes: wishes.length })),
    });
    expect(strip(r.state!)).toEqual(strip(first));
    // The other event's export is the same file: the role column decided, not the label.
    expect(participantsCsvOf(r.state!)).toBe(csv);
    // And a default event reads it the same way.
    expect(parseParticipantsCsv(participantsCsvOf(idle()))).toEqual(parsed);
  });

  it('the import takes role from `role`, whatever role_label says, in any place and case', () => {
    const parsed = parseParticipantsCsv('Role_Label,role,name\nStudent,mentor,Ann\nRecruiter,mentee,Bo\n');
    expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
    expect(parsed.ok && [parsed.mentors.map((m) => m.name), parsed.mentees.map((m) => m.name)]).toEqual([
      ['Ann'],
      ['Bo'],
    ]);
  });
});

describe('schedule.people.csv', () => {
  it('without labels: no role_label; with labels the same rows and a last role_label', () => {
    const plain = plannedOf(idle());
    const csv = scheduleCsvOf(plain, plain.schedule!, 'schedule.people.csv');
    expect(cells(csv)[0]).toEqual(['Round', 'Person', 'Role', 'Table', 'Mentor', 'With', 'Seat lost']);
    const labelled = withLabels(plain);
    const rows = cells(scheduleCsvOf(labelled, labelled.schedule!, 'schedule.people.csv'));
    expect(rows.map((r) => r.slice(0, -1))).toEqual(cells(csv));
    expect(rows[0]!.at(-1)).toBe('role_label');
    for (const r of rows.slice(1)) expect(r.at(-1)).toBe(r[2] === 'mentor' ? 'Recruiter' : 'Student');
    // The wall sheet has no role column: it stays as it was.
    expect(scheduleCsvOf(labelled, labelled.schedule!, 'schedule.csv')).toBe(
      scheduleCsvOf(plain, plain.schedule!, 'schedule.csv'),
    );
  });

  it('role_label comes after the pinned and locked columns', () => {
    const s = plannedOf(idle());
    const locked: EventState = { ...s, planRules: { ...s.planRules, lockedRounds: [1] } };
    const rows = cells(scheduleCsvOf(withLabels(locked), locked.schedule!, 'schedule.people.csv'));
    expect(rows[0]!.slice(-3)).toEqual(['Pinned', 'Locked', 'role_label']);
  });
});

const answer: MeetingsAnswer = {
  meetings: [
    {
      round: 1,
      startsAt: T0,
      table: 'T1',
      with: { id: 'p1', name: 'Ann', role: 'mentor', questions: [] },
      feedback: null,
      mutual: false,
      contact: null,
    },
  ],
  sharing: { share: 'none', contact: null },
  hasEmail: false,
  feedbackClosesAt: null,
  feedbackOpen: true,
};

describe('meetings.csv and meetings.ics', () => {
  it('meetings.csv: role stays canonical; role_label only with labels', () => {
    expect(meetingsCsv(answer, {})).toBe(meetingsCsv(answer));
    expect(cells(meetingsCsv(answer))[0]).toEqual([...MEETINGS_CSV_COLUMNS]);
    const rows = cells(meetingsCsv(answer, { labels: LABELS }));
    expect(rows[0]).toEqual([...MEETINGS_CSV_COLUMNS, 'role_label']);
    expect(rows[1]![4]).toBe('mentor');
    expect(rows[1]!.at(-1)).toBe('Recruiter');
  });

  it('meetings.ics: the description names the other’s role in the event’s word', () => {
    const ics = (settings = {}) => meetingsIcs(answer, 'Night', 600, T0, 'x.tablehop', settings);
    expect(ics()).toBe(meetingsIcs(answer, 'Night', 600, T0, 'x.tablehop'));
    expect(ics()).toContain('DESCRIPTION:Night: round 1 with Ann (mentor).');
    expect(ics({ labels: LABELS })).toContain('DESCRIPTION:Night: round 1 with Ann (recruiter).');
    expect(ics({ labels: { mentor: 'VC', mentee: 'Founder' } })).toContain('with Ann (VC).');
    expect(ics({ labels: LABELS, pairing: 'peer' })).toContain('with Ann (peer).');
  });
});

describe('the mail-merge CSV', () => {
  const row: MergeRow = {
    name: 'Ann',
    email: 'a@x.org',
    role: 'mentor',
    link: 'https://x/p',
    subject: 'S',
    message: 'M',
  };

  it('adds role_label last only when the event has labels', () => {
    expect(mergeCsv([row], roleLabeller({}))).toBe(mergeCsv([row]));
    expect(cells(mergeCsv([row]).slice(1))[0]).toEqual(['name', 'email', 'role', 'link', 'subject', 'message']);
    const rows = cells(mergeCsv([row, { ...row, role: 'mentee' }], roleLabeller({ labels: LABELS })).slice(1));
    expect(rows.map((r) => [r[2], r.at(-1)])).toEqual([
      ['role', 'role_label'],
      ['mentor', 'Recruiter'],
      ['mentee', 'Student'],
    ]);
  });

  it('roleLabeller: none without labels; everyone a peer in a peer event', () => {
    expect(roleLabeller({ labels: null })).toBeNull();
    const peer = roleLabeller({ labels: LABELS, pairing: 'peer' })!;
    expect([peer('mentee'), peer('mentor')]).toEqual(['Peer', 'Peer']);
  });
});
