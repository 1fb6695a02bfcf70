/**
 * The personal mail in the event's own role words (issue 17, `settings.labels`): the sentences
 * and the HTML table's heading say "recruiter" / "student" where they said "mentor" / "mentee";
 * without labels the mail is what it always was.
 */
import { describe, expect, it } from 'vitest';
import { personalMail, withArticle, type PersonalMailInput } from '../../../../shared/mail/message';
import { personMailOf, type MailSource } from '../../../../shared/mail/person-mail';

const START = Date.UTC(2025, 5, 14, 16, 0);
const LINK = 'https://mentoring.example.org/p#token=abc';
const LABELS = { mentor: 'Recruiter', mentee: 'Student' };

const mentors = [{ id: 'm1', name: 'Grace Hopper', table: 'T1' }];
const mentees = [
  { id: 'e1', name: 'Zoë Martin' },
  { id: 'e2', name: 'Sam Okafor' },
];
const source = (labels?: MailSource['labels']): MailSource => ({
  eventId: 'ev1',
  eventName: 'Career Fair',
  mentors,
  mentees,
  schedule: {
    mentors,
    mentees,
    rounds: [
      { round: 1, tables: [{ mentorId: 'm1', menteeIds: ['e1'] }], byes: ['e2'] },
      { round: 2, tables: [{ mentorId: 'm1', menteeIds: [] }], byes: ['e1', 'e2'] },
    ],
  },
  timing: { rounds: 2, roundSeconds: 600, changeoverSeconds: 60, breaks: [], plannedStartAt: START },
  clock: { status: 'idle', version: 0 },
  ...(labels === undefined ? {} : { labels }),
});
const mailOf = (src: MailSource, id: string) => personMailOf(src, id, LINK, START - 3_600_000, 'UTC')!;
/** The role words a mail must not say once the event has its own. */
const DEFAULT_WORDS = /\bment(or|ee)s?\b/i;

describe('a personal mail with the event’s role words', () => {
  it('a student’s mail: who they are, whose table they go to, the heading of the rounds', () => {
    const m = mailOf(source(LABELS), 'e1');
    expect(m.text).toContain('You are a student: each round you go to a recruiter’s table.');
    expect(m.html).toContain('<p>You are a student: each round you go to a recruiter’s table.</p>');
    expect(m.html).toContain('<th scope="col" style="text-align:start;padding:2px 12px 2px 0">Recruiter</th>');
    expect(m.text).not.toMatch(DEFAULT_WORDS);
    expect(m.html).not.toMatch(DEFAULT_WORDS);
  });

  it('a recruiter’s mail: their table, the students, the profile the students read', () => {
    const m = mailOf(source(LABELS), 'm1');
    expect(m.text).toContain('You are a recruiter at table T1; the students come to you.');
    expect(m.text).toContain('please complete your profile, which students read when they choose whom to meet');
    expect(m.html).toContain('<th scope="col" style="text-align:start;padding:2px 12px 2px 0">Students</th>');
    expect(m.text).not.toMatch(DEFAULT_WORDS);
    expect(m.html).not.toMatch(DEFAULT_WORDS);
  });

  it('without labels (left out or null) the mail is the one it always was', () => {
    for (const id of ['m1', 'e1']) expect(mailOf(source(null), id)).toEqual(mailOf(source(), id));
    expect(mailOf(source(), 'e1').text).toContain('You are a mentee: each round you go to a mentor’s table.');
    expect(mailOf(source(), 'm1').text).toContain('You are a mentor at table T1; the mentees come to you.');
  });

  it('an article that fits the word, and plurals and acronyms as the event wrote them', () => {
    const m = mailOf(source({ mentor: 'Investor', mentee: 'Alumnus', mentees: 'Alumni' }), 'm1');
    expect(m.text).toContain('You are an investor at table T1; the alumni come to you.');
    expect(mailOf(source({ mentor: 'VC', mentee: 'Founder' }), 'e1').text).toContain('go to a VC’s table');
    expect([withArticle('mentor'), withArticle('investor'), withArticle('executive')]).toEqual([
      'a mentor',
      'an investor',
      'an executive',
    ]);
  });

  it('when the mentors move: both intros and a round without a visit use the event’s words', () => {
    const base: PersonalMailInput = {
      eventName: 'Career Fair',
      person: { name: 'Zoë', role: 'mentee', table: 'T3' },
      mentorsMove: true,
      link: LINK,
      rounds: [{ round: 1, startsAt: null, endsAt: null, table: null, mentor: null, mentees: [] }],
      timeZone: 'UTC',
      qrCid: 'qr',
      labels: LABELS,
    };
    const student = personalMail(base).text;
    expect(student).toContain('You are a student: you stay at table T3 all event; the recruiters come to you.');
    expect(student).toContain('Round 1 · no recruiter comes to your table');
    const recruiter = personalMail({ ...base, person: { name: 'Grace', role: 'mentor' } }).text;
    expect(recruiter).toContain(
      'You are a recruiter, and the recruiters move: each round you go to the table below; the students stay seated.',
    );
    expect(`${student}${recruiter}`).not.toMatch(DEFAULT_WORDS);
  });
});
