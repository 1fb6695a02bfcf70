/**
 * Every phrase of the phones, over the whole matrix: role × phase (before the start, meeting,
 * changeover, break, ended, and each of them paused) × the round the page is about (seated or
 * sitting out / table resting) × the round after (seated, sitting out, none: the last round).
 */
import { describe, expect, it } from 'vitest';
import type { MyRound } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import {
  LAST_ROUND,
  menteePhrases,
  mentorPhrases,
  seatText,
  type MenteePhrases,
  type MentorPhrases,
} from '../../../client/live/phone-phrases';
import { whereNow } from '../../../client/live/where-now';

type Role = 'mentee' | 'mentor';
type Stage = 'before' | 'meeting' | 'changeover' | 'break' | 'ended';
type Seat = 'seated' | 'out';
type After = 'seated' | 'out' | 'none';

const GRACE = { mentorId: 'm1', mentorName: 'Grace Hopper', table: 'T4', topics: ['Compilers'] };
const ADA = { mentorId: 'm2', mentorName: 'Ada Lovelace', table: 'T5', topics: [] };

/** A mentee's round: at Grace's or Ada's table, or sitting out. */
function menteeRound(round: number, seat: Seat, mentor = GRACE): MyRound {
  return seat === 'seated'
    ? { round, ...mentor, mentees: [{ id: 'e2', name: '李雷' }] }
    : { round, table: null, mentorId: null, mentorName: null, topics: [], mentees: [] };
}
/** A mentor's (T2) round: Sam and Zoë at the table, or the table resting. */
function mentorRound(round: number, seat: Seat): MyRound {
  const me = { mentorId: 'm9', mentorName: 'Me', topics: [] };
  return seat === 'seated'
    ? {
        round,
        ...me,
        table: 'T2',
        mentees: [
          { id: 'e3', name: 'Sam Okafor' },
          { id: 'e1', name: 'Zoë' },
        ],
      }
    : { round, ...me, table: null, mentees: [] };
}

/** The round the page is about: 1 before the start, else 3 (of 3, or of 4 when there is a round after). */
const roundOf = (stage: Stage) => (stage === 'before' ? 1 : 3);

function clockFor(stage: Stage, round: number, paused: boolean): Pick<ClockSnapshot, 'status' | 'phase'> {
  if (stage === 'before') return { status: 'idle', phase: null };
  if (stage === 'ended') return { status: 'finished', phase: null };
  return { status: paused ? 'paused' : 'running', phase: { index: 4, kind: stage, round } };
}

/** The phrases of one cell of the matrix. */
function cell(role: Role, stage: Stage, now: Seat, after: After, paused = false) {
  const r = roundOf(stage);
  const make = role === 'mentee' ? menteeRound : mentorRound;
  const rounds: MyRound[] = [];
  for (let i = 1; i < r; i++) rounds.push(make(i, 'seated'));
  rounds.push(make(r, now));
  if (after !== 'none') rounds.push(role === 'mentee' ? menteeRound(r + 1, after, ADA) : mentorRound(r + 1, after));
  const total = rounds.length;
  const where = whereNow(rounds, clockFor(stage, r, paused));
  const timeOf = (round: number) => (round === r + 1 ? '14:19' : null);
  return role === 'mentee'
    ? menteePhrases({ where, rounds: total, timeOf })
    : mentorPhrases({ where, rounds: total, table: 'T2' });
}
const mentee = (stage: Stage, now: Seat, after: After, paused = false) =>
  cell('mentee', stage, now, after, paused) as MenteePhrases;
const mentor = (stage: Stage, now: Seat, after: After, paused = false) =>
  cell('mentor', stage, now, after, paused) as MentorPhrases;

const STAGES: Stage[] = ['before', 'meeting', 'changeover', 'break', 'ended'];
const SEATS: Seat[] = ['seated', 'out'];
const AFTERS: After[] = ['seated', 'out', 'none'];
const MATRIX = (['mentee', 'mentor'] as Role[]).flatMap((role) =>
  STAGES.flatMap((stage) =>
    SEATS.flatMap((now) =>
      AFTERS.flatMap((after) => [false, true].map((paused) => ({ role, stage, now, after, paused }))),
    ),
  ),
);

describe('seatText', () => {
  it('is the table and its mentor, kept apart from the dash of a label', () => {
    expect(seatText(GRACE)).toBe('T4 · Grace Hopper');
    expect(seatText({ table: 'T9', mentorName: null })).toBe('T9');
    expect(seatText({ table: null, mentorName: null })).toBe('');
  });
});

describe('the label over the countdown, by role, phase and seat', () => {
  // "of 3": the label does not depend on the round after, except for the count of rounds.
  const MENTEE_LABELS: Record<Stage, Record<Seat, string>> = {
    before: { seated: 'Not started yet', out: 'Not started yet' },
    meeting: { seated: 'Round 3 of 3 — talk', out: 'Round 3 of 3 — you sit out' },
    changeover: { seated: 'Round 3 of 3 — go to T4 · Grace Hopper', out: 'Round 3 of 3 — you sit out' },
    break: { seated: 'Break — then round 3 of 3 at T4 · Grace Hopper', out: 'Break — you sit out round 3 of 3' },
    ended: { seated: 'The event has ended', out: 'The event has ended' },
  };
  const MENTOR_LABELS: Record<Stage, Record<Seat, string>> = {
    before: { seated: 'Not started yet', out: 'Not started yet' },
    meeting: { seated: 'Round 3 of 3 — talk', out: 'Round 3 of 3 — your table rests' },
    changeover: { seated: 'Stay at T2 — round 3 of 3 starts in', out: 'Stay at T2 — round 3 of 3 starts in' },
    break: { seated: 'Break — round 3 of 3 at T2 starts in', out: 'Break — round 3 of 3 at T2 starts in' },
    ended: { seated: 'The event has ended', out: 'The event has ended' },
  };
  it.each(STAGES.flatMap((stage) => SEATS.map((now) => [stage, now] as const)))('%s, %s', (stage, now) => {
    expect(mentee(stage, now, 'none').label).toBe(MENTEE_LABELS[stage][now]);
    expect(mentor(stage, now, 'none').label).toBe(MENTOR_LABELS[stage][now]);
    // With a round after, only the count changes; paused, the label stays (the digits say "Paused").
    for (const after of ['seated', 'out'] as const) {
      expect(mentee(stage, now, after).label).toBe(MENTEE_LABELS[stage][now].replace('of 3', 'of 4'));
      expect(mentor(stage, now, after, true).label).toBe(MENTOR_LABELS[stage][now].replace('of 3', 'of 4'));
    }
  });

  it('reads as the issue asks: the round moved to, a mentor told to stay with who comes next', () => {
    const rounds = [1, 2, 3, 4, 5, 6].map((r) => menteeRound(r, 'seated'));
    const changeover = { status: 'running', phase: { index: 3, kind: 'changeover', round: 3 } } as const;
    expect(menteePhrases({ where: whereNow(rounds, changeover), rounds: 6 }).label).toBe(
      'Round 3 of 6 — go to T4 · Grace Hopper',
    );
    const mine = [1, 2, 3, 4, 5, 6].map((r) => mentorRound(r, 'seated'));
    const m = mentorPhrases({ where: whereNow(mine, changeover), rounds: 6, table: 'T2' });
    expect(m.label).toBe('Stay at T2 — round 3 of 6 starts in');
    expect(m.caption).toBe('Next: Sam Okafor, Zoë');
  });
});

describe("a mentee's cards", () => {
  it.each(STAGES.filter((s) => s !== 'ended'))('%s: the lead over the table, or the sit-out and when next', (stage) => {
    const lead = { before: 'Your first table (round 1)', meeting: 'Your table now', changeover: 'Go to' }[
      stage as 'before'
    ];
    expect(mentee(stage, 'seated', 'seated').lead).toBe(lead ?? 'After the break, go to');
    const out = mentee(stage, 'out', 'seated');
    expect(out.lead).toBe(stage === 'meeting' ? 'You sit out this round' : `You sit out round ${roundOf(stage)}`);
    expect(out.detail).toBe(`Your next meeting: round ${roundOf(stage) + 1} at 14:19, T5 · Ada Lovelace.`);
    // Sitting out to the end: one message, and no "Next" line repeating it.
    for (const after of ['out', 'none'] as const) {
      expect(mentee(stage, 'out', after).detail).toBe('You have no more meetings. Thank you for taking part!');
      expect(mentee(stage, 'out', after).next).toBeNull();
    }
    expect(mentee(stage, 'seated', 'seated').detail).toBeNull();
  });

  it.each(STAGES.filter((s) => s !== 'ended'))('%s: the Next line follows the round after', (stage) => {
    const r = roundOf(stage);
    expect(mentee(stage, 'seated', 'seated').next).toBe(`Round ${r + 1}: T5 · Ada Lovelace`);
    expect(mentee(stage, 'seated', 'out').next).toBe(`Round ${r + 1}: you sit out.`);
    expect(mentee(stage, 'seated', 'none').next).toBe('This is your last round.');
  });

  it('after the end: no card words of its own (the notice thanks them) and no Next line', () => {
    for (const now of SEATS)
      for (const after of AFTERS)
        expect(mentee('ended', now, after)).toEqual({
          label: 'The event has ended',
          caption: null,
          announcement: 'The event has ended.',
          lead: 'The event has ended',
          detail: null,
          next: null,
        });
  });
});

describe("a mentor's groups", () => {
  const HEADINGS: Record<Exclude<Stage, 'ended'>, string> = {
    before: 'Your first mentees (round 1)',
    meeting: 'At your table now (round 3)',
    changeover: 'Arriving now (round 3)',
    break: 'Arriving after the break (round 3)',
  };
  it.each(Object.entries(HEADINGS))('%s: "%s", who comes next, or the last round', (stage, heading) => {
    const s = stage as Exclude<Stage, 'ended'>;
    const r = roundOf(s);
    expect(mentor(s, 'seated', 'seated').nowHeading).toBe(heading);
    expect(mentor(s, 'out', 'seated').nowEmpty).toBe(
      s === 'meeting'
        ? 'No one at your table this round — take a breather.'
        : s === 'before'
          ? 'No one at your table in round 1 — take a breather.'
          : 'No one comes to your table in round 3 — take a breather.',
    );
    for (const after of ['seated', 'out'] as const)
      expect(mentor(s, 'seated', after).nextGroup).toEqual({
        heading: `Arriving next (round ${r + 1})`,
        empty: `No one at your table in round ${r + 1}.`,
      });
    expect(mentor(s, 'seated', 'none').nextGroup).toBeNull();
    expect(LAST_ROUND).toBe('This is the last round.');
  });

  it('in a changeover or break the caption under the digits names who arrives (or that no one does)', () => {
    for (const stage of ['changeover', 'break'] as const) {
      expect(mentor(stage, 'seated', 'none').caption).toBe('Next: Sam Okafor, Zoë');
      expect(mentor(stage, 'out', 'none').caption).toBe('Next: no one — your table rests this round');
    }
    for (const stage of ['before', 'meeting', 'ended'] as const)
      expect(mentor(stage, 'seated', 'none').caption).toBeNull();
  });
});

describe('what a screen reader hears', () => {
  it.each([
    ['mentee', 'meeting', 'seated', 'Round 3 of 3 — talk. You are at T4 · Grace Hopper.'],
    ['mentee', 'meeting', 'out', 'Round 3 of 3 — you sit out. You have no more meetings.'],
    ['mentee', 'changeover', 'seated', 'Round 3 of 3 — go to T4 · Grace Hopper.'],
    ['mentee', 'break', 'out', 'Break — you sit out round 3 of 3. You have no more meetings.'],
    ['mentee', 'before', 'seated', 'Not started yet. Your first table is T4 · Grace Hopper.'],
    ['mentor', 'meeting', 'seated', 'Round 3 of 3 — talk. At your table: Sam Okafor, Zoë.'],
    ['mentor', 'meeting', 'out', 'Round 3 of 3 — your table rests.'],
    ['mentor', 'changeover', 'seated', 'Stay at T2 — round 3 of 3. Arriving for round 3: Sam Okafor, Zoë.'],
    ['mentor', 'break', 'out', 'Break — round 3 of 3 at T2. No one comes to your table in round 3.'],
    ['mentor', 'before', 'seated', 'Not started yet. Your first mentees: Sam Okafor, Zoë.'],
  ] as const)('%s, %s, %s', (role, stage, now, said) => {
    expect(cell(role, stage, now, 'none').announcement).toBe(said);
    if (stage !== 'before') expect(cell(role, stage, now, 'none', true).announcement).toBe(`Paused. ${said}`);
  });

  it('a sit-out names the next meeting without its time (a time would change the words every second)', () => {
    expect(mentee('changeover', 'out', 'seated').announcement).toBe(
      'Round 3 of 4 — you sit out. Your next meeting: round 4, T5 · Ada Lovelace.',
    );
  });
});

describe('the whole matrix', () => {
  it.each(MATRIX)('$role, $stage, now $now, after $after, paused $paused', ({ role, stage, now, after, paused }) => {
    const p = cell(role, stage, now, after, paused);
    // Nobody is told to move without being told where; a mentor is never told to move.
    expect(p.label).not.toMatch(/Move to your next table/);
    if (role === 'mentor') expect(p.label).not.toMatch(/go to|move/i);
    // A changeover or break says which round it leads to, as the projector does.
    if (stage === 'changeover' || stage === 'break') expect(p.label).toMatch(/round 3 of [34]/i);
    // No times in what is announced, and "Paused." first exactly while paused.
    expect(p.announcement).not.toMatch(/\d:\d\d/);
    expect(p.announcement.startsWith('Paused.')).toBe(paused && stage !== 'before' && stage !== 'ended');
    if (role === 'mentee') {
      const m = p as MenteePhrases;
      // One message: a sit-out card says what follows, so there is no Next line under it.
      expect(m.next === null).toBe(now === 'out' || stage === 'ended');
      if (m.next !== null) expect(m.next === 'This is your last round.').toBe(after === 'none');
      expect(m.detail === null).toBe(now === 'seated' || stage === 'ended');
    } else {
      const m = p as MentorPhrases;
      expect(m.nextGroup === null).toBe(after === 'none' || stage === 'ended');
    }
  });
});
