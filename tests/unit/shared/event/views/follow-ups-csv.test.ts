import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../../../shared/event/domain-error';
import { advanceEvent, runClockCommand } from '../../../../../shared/event/rules/clock';
import { eraseFeedback, giveFeedback, noteRoundStarts, setSharing } from '../../../../../shared/event/rules/feedback';
import { createEventState, type EventState } from '../../../../../shared/event/state';
import { FOLLOW_UPS_CSV_COLUMNS, followUpsCsv } from '../../../../../shared/event/views/follow-ups-csv';
import type { FeedbackBody, SharingBody } from '../../../../../shared/schemas/feedback';
import type { Mentee, Mentor } from '../../../../../shared/schemas/people';

const T0 = Date.UTC(2030, 0, 15, 18, 0);
const NOW = T0 + 660_000 + 30_000; // in round 2

function value<T>(o: Outcome<T>): T {
  if (!o.ok) throw new Error(o.error.message);
  return o.value;
}

const mentor = (id: string, name: string, table: string, email?: string): Mentor => ({
  id,
  name,
  table,
  topics: [],
  attendance: 'present',
  ...(email ? { email } : {}),
});
const mentee = (id: string, name: string, email?: string): Mentee => ({
  id,
  name,
  questions: [],
  wishes: [],
  avoid: [],
  attendance: 'present',
  ...(email ? { email } : {}),
});

/**
 * Ann (m1) and Bo (m2); Eve (e1), Fay (e2), Gus (e3). Round 1: Ann with Eve and Fay, Bo with
 * Gus. Round 2: Ann with Eve again, Bo with Fay and Gus. Now in round 2.
 */
function event(): EventState {
  const s = createEventState(
    'ev',
    { name: 'Night', roundSeconds: 600, changeoverSeconds: 60, rounds: 2, tableCapacity: 2, breaks: [] },
    T0 - 60_000,
    7,
  );
  const mentors = [mentor('m1', 'Ann', 'T1', 'ann@example.org'), mentor('m2', 'Bo', 'T2')];
  const mentees = [mentee('e1', 'Eve', 'eve@example.org'), mentee('e2', 'Fay'), mentee('e3', 'Gus')];
  const t = (mentorId: string, ...menteeIds: string[]) => ({ mentorId, menteeIds });
  const schedule = {
    mentors: mentors.map(({ id, name, table }) => ({ id, name, table })),
    mentees: mentees.map(({ id, name }) => ({ id, name })),
    rounds: [
      { round: 1, tables: [t('m1', 'e1', 'e2'), t('m2', 'e3')], byes: [] },
      { round: 2, tables: [t('m1', 'e1'), t('m2', 'e2', 'e3')], byes: [] },
    ],
  };
  let st: EventState = { ...s, mentors, mentees, schedule, scheduleVersion: 1 };
  st = noteRoundStarts(value(runClockCommand(st, { action: 'start' }, T0)), T0);
  return noteRoundStarts(advanceEvent(noteRoundStarts(st, NOW), NOW), NOW);
}

type Gift = [writer: string, round: number, withId: string, body: FeedbackBody];
const give = (s: EventState, gifts: Gift[]) =>
  gifts.reduce((st, [w, r, id, body]) => value(giveFeedback(st, w, r, id, body, NOW)).state, s);
const share = (s: EventState, choices: Array<[string, SharingBody]>) =>
  choices.reduce((st, [id, body]) => value(setSharing(st, id, body)), s);
const rows = (csv: string) => Papa.parse<string[]>(csv.replace(/\r\n$/, ''), { newline: '\r\n' }).data;

function withFollowUps(): EventState {
  let s = give(event(), [
    // Eve and Ann: yes both ways, in both rounds they met.
    ['e1', 1, 'm1', { followUp: true }],
    ['e1', 2, 'm1', { followUp: true }],
    ['m1', 1, 'e1', { followUp: true }],
    ['m1', 2, 'e1', { followUp: true, rating: 5 }],
    // Gus and Fay, table-mates in round 2.
    ['e3', 2, 'e2', { followUp: true }],
    ['e2', 2, 'e3', { followUp: true }],
    // Fay and Bo.
    ['e2', 2, 'm2', { followUp: true }],
    ['m2', 2, 'e2', { followUp: true }],
    // One-sided: Gus to Bo, Eve to Fay; a yes taken back: Fay to Eve.
    ['e3', 1, 'm2', { followUp: true }],
    ['e1', 1, 'e2', { followUp: true }],
    ['e2', 1, 'e1', { followUp: true }],
    ['e2', 1, 'e1', { followUp: false }],
  ]);
  s = share(s, [
    ['m1', { share: 'email' }],
    ['m2', { share: 'contact', contact: 'bo on Signal, +44 7700 900000' }],
    ['e2', { share: 'contact', contact: '=HYPERLINK("http://evil.example","click")' }],
    ['e3', { share: 'none' }],
  ]);
  return s;
}

describe('followUpsCsv', () => {
  it('lists each mutual pair once, mentor first, with what each chose to share', () => {
    const csv = followUpsCsv(withFollowUps());
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows(csv)).toEqual([
      ['person_a', 'role_a', 'contact_a', 'person_b', 'role_b', 'contact_b'],
      ['Ann', 'mentor', 'ann@example.org', 'Eve', 'mentee', ''],
      ['Bo', 'mentor', 'bo on Signal, +44 7700 900000', 'Fay', 'mentee', '\'=HYPERLINK("http://evil.example","click")'],
      ['Fay', 'mentee', '\'=HYPERLINK("http://evil.example","click")', 'Gus', 'mentee', ''],
    ]);
    expect([...FOLLOW_UPS_CSV_COLUMNS]).toEqual(rows(csv)[0]);
  });

  it("with the event's role words: role_a and role_b stay canonical, role_label_a and role_label_b come last", () => {
    const s = withFollowUps();
    const labelled = { ...s, settings: { ...s.settings, labels: { mentor: 'Investor', mentee: 'Founder' } } };
    const plain = rows(followUpsCsv(s));
    const out = rows(followUpsCsv(labelled));
    expect(out.map((r) => r.slice(0, -2))).toEqual(plain);
    expect(out.map((r) => r.slice(-2))).toEqual([
      ['role_label_a', 'role_label_b'],
      ['Investor', 'Founder'],
      ['Investor', 'Founder'],
      ['Founder', 'Founder'],
    ]);
    expect(followUpsCsv(s)).not.toContain('role_label');
  });

  it('leaves out one-sided yeses, and holds only the header with no mutual pair', () => {
    const oneSided = give(event(), [
      ['e3', 1, 'm2', { followUp: true }],
      ['m1', 1, 'e2', { followUp: true }],
    ]);
    expect(rows(followUpsCsv(oneSided))).toEqual([[...FOLLOW_UPS_CSV_COLUMNS]]);
    expect(rows(followUpsCsv(eraseFeedback(withFollowUps()).state))).toEqual([[...FOLLOW_UPS_CSV_COLUMNS]]);
  });

  it('drops an e-mail the person no longer has and never shows a note or rating', () => {
    const s = withFollowUps();
    const noEmail = { ...s, mentors: s.mentors.map((m) => (m.id === 'm1' ? { ...m, email: undefined } : m)) };
    expect(rows(followUpsCsv(noEmail))[1]).toEqual(['Ann', 'mentor', '', 'Eve', 'mentee', '']);
    const noted = give(s, [['m1', 1, 'e1', { note: 'secret note', rating: 1 }]]);
    expect(followUpsCsv(noted)).toBe(followUpsCsv(s));
    expect(followUpsCsv(noted)).not.toContain('secret');
  });
});
