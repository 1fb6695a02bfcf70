/**
 * Mentors who move (issue 17, part 1), the event rules: `settings.moving` plans with the moving
 * planner, a mentee's `table` is their fixed seat, the setting changes before the start (a
 * replan) and is refused once the event has started, hand edits are refused, and a person's
 * rounds carry the table of that round's seat: for a mentor a different one each round, for a
 * mentee their own all event. Events that leave the setting alone plan exactly as before.
 */
import { describe, expect, it } from 'vitest';
import { apply } from '../../../../shared/event/apply';
import { planInput } from '../../../../shared/event/rules/schedule';
import type { EventState } from '../../../../shared/event/state';
import { eventInfo } from '../../../../shared/event/views/event-info';
import { meView } from '../../../../shared/event/views/me-view';
import { projectorView } from '../../../../shared/event/views/projector-view';
import { backupSettingsSchema } from '../../../../shared/backup/format';
import { personMailOf } from '../../../../shared/mail/person-mail';
import { isMovingSchedule } from '../../../../shared/planner';
import { eventSettingsPatchSchema } from '../../../../shared/schemas/settings';
import { T0, cmd, emptyEvent, makeEnv, must, withPeople } from './support';

const PEOPLE = {
  mentors: [{ name: 'Grace Hopper' }, { name: 'Alan Kay' }, { name: 'Ada Lovelace' }],
  mentees: [
    { name: 'Ana' },
    { name: 'Bo' },
    { name: 'Cy', table: 'T2' },
    { name: 'Di' },
    { name: 'Ed' },
    { name: 'Fa' },
  ],
};

/** Three mentors, six mentees in tables of two (Cy fixed at T2), three rounds; ids p1… in order. */
function movingEvent(moving: 'mentees' | 'mentors' = 'mentors'): EventState {
  return withPeople(emptyEvent({ tableCapacity: 2, rounds: 3, moving }), PEOPLE);
}
const planned = (s: EventState) => must(s, cmd({ type: 'schedule.plan' }), T0 - 1_000);
const started = (s: EventState) => must(planned(s), cmd({ type: 'clock.command', command: { action: 'start' } }), T0);
const idOf = (s: EventState, name: string) => [...s.mentors, ...s.mentees].find((p) => p.name === name)!.id;

describe('settings.moving', () => {
  it('is a setting of the event, told to phones only when mentors move', () => {
    expect(eventSettingsPatchSchema.safeParse({ moving: 'everyone' }).success).toBe(false);
    expect(eventInfo(movingEvent()).moving).toBe('mentors');
    expect(eventInfo(movingEvent('mentees'))).not.toHaveProperty('moving');
    expect(projectorView(movingEvent(), T0).event.moving).toBe('mentors');
    // Backups written before it read as mentees moving.
    const old = { name: 'x', roundSeconds: 60, changeoverSeconds: 60, rounds: null, tableCapacity: 1 };
    expect(backupSettingsSchema.parse({ ...old, breaks: [], plannedStartAt: null })).not.toHaveProperty('moving');
  });

  it('plans seated tables; a mentee keeps the seat the organizer fixed', () => {
    const s = planned(movingEvent());
    expect(isMovingSchedule(s.schedule!)).toBe(true);
    const tables = (s.schedule as unknown as { tables: { table: string; menteeIds: string[] }[] }).tables;
    expect(tables.map((t) => t.menteeIds.length)).toEqual([2, 2, 2]);
    expect(tables.find((t) => t.table === 'T2')!.menteeIds).toContain(idOf(s, 'Cy'));
    expect(planInput(s, 3).settings.moving).toBe('mentors');
  });

  it('leaves a default event planned as before (a mentee’s table means nothing then)', () => {
    const s = planned(movingEvent('mentees'));
    expect(isMovingSchedule(s.schedule!)).toBe(false);
    expect(planInput(s, 3).settings).not.toHaveProperty('moving');
    expect(planInput(s, 3).mentees.every((m) => !('table' in m))).toBe(true);
  });

  it('replans when it changes before the start', () => {
    const before = planned(movingEvent('mentees'));
    const after = must(before, cmd({ type: 'settings.patch', patch: { moving: 'mentors' } }), T0 - 500);
    expect(isMovingSchedule(after.schedule!)).toBe(true);
    expect(after.scheduleVersion).toBe(before.scheduleVersion + 1);
    const back = must(after, cmd({ type: 'settings.patch', patch: { moving: 'mentees' } }), T0 - 400);
    expect(JSON.stringify(back.schedule)).toBe(JSON.stringify(before.schedule));
  });

  it('is refused with 409 and the reason once the event has started', () => {
    const s = started(movingEvent());
    const r = apply(s, cmd({ type: 'settings.patch', patch: { moving: 'mentees' } }), T0 + 1_000, makeEnv());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('conflict');
    expect(r.error.message).toMatch(/started with mentors moving; who moves can change only before the start/);
    // Saying what it already is changes nothing and is fine.
    expect(apply(s, cmd({ type: 'settings.patch', patch: { moving: 'mentors' } }), T0 + 1_000, makeEnv()).ok).toBe(
      true,
    );
  });

  it('refuses hand edits of the plan', () => {
    const s = planned(movingEvent());
    const body = { basedOn: s.scheduleVersion, edits: [{ op: 'lock-round' as const, round: 1 }] };
    const r = apply(s, cmd({ type: 'schedule.edit', body }), T0 - 500, makeEnv());
    expect(r.ok || r.error.message).toMatch(/cannot be edited by hand when mentors move/);
  });
});

describe('a person’s rounds when mentors move', () => {
  const s = started(movingEvent());

  it('a mentor is sent to a different table each round, and has no table of their own', () => {
    const me = meView(s, idOf(s, 'Grace Hopper'), T0 + 1_000)!;
    const tables = me.rounds.map((r) => r.table);
    expect(new Set(tables).size).toBe(3);
    expect(me.person).not.toHaveProperty('table');
    // Each round's table is the seat's: the mentees listed are the ones seated there.
    const seated = (s.schedule as unknown as { tables: { table: string; menteeIds: string[] }[] }).tables;
    for (const r of me.rounds) {
      expect(r.mentees.map((m) => m.id)).toEqual(seated.find((t) => t.table === r.table)!.menteeIds);
    }
  });

  it('a mentee stays at one table all event, and meets a new mentor each round', () => {
    const me = meView(s, idOf(s, 'Cy'), T0 + 1_000)!;
    expect(me.person.table).toBe('T2');
    expect(me.rounds.map((r) => r.table)).toEqual(['T2', 'T2', 'T2']);
    expect(new Set(me.rounds.map((r) => r.mentorName)).size).toBe(3);
  });

  it('a late mentee joins a table with a free seat; nobody seated moves', () => {
    const fewer = started(
      withPeople(emptyEvent({ tableCapacity: 3, rounds: 3, moving: 'mentors' }), {
        ...PEOPLE,
        mentees: PEOPLE.mentees.slice(0, 5),
      }),
    );
    const seatsOf = (x: EventState) =>
      (x.schedule as unknown as { tables: { table: string; menteeIds: string[] }[] }).tables;
    const before = seatsOf(fewer);
    const door = must(fewer, cmd({ type: 'people.add', people: { mentees: [{ name: 'Late' }] } }), T0 + 1_000);
    // Walk-ins wait for the organizer's reviewed replan, as in every event.
    const late = must(door, cmd({ type: 'schedule.apply', body: {} }), T0 + 2_000);
    const after = seatsOf(late);
    const lateId = late.mentees.find((m) => m.name === 'Late')!.id;
    for (const t of before)
      expect(after.find((a) => a.table === t.table)!.menteeIds.slice(0, t.menteeIds.length)).toEqual(t.menteeIds);
    expect(after.length).toBe(before.length);
    expect(after.some((t) => t.menteeIds.includes(lateId))).toBe(true);
    expect(JSON.stringify(late.schedule!.rounds[0])).toBe(JSON.stringify(fewer.schedule!.rounds[0]));
  });
});

describe('a person’s mail when mentors move', () => {
  const s = planned(movingEvent());
  const mail = (name: string) =>
    personMailOf(
      {
        schedule: s.schedule,
        mentors: s.mentors,
        mentees: s.mentees,
        eventName: 'Night',
        timing: { ...s.settings, rounds: 3 },
        clock: s.clock,
      },
      idOf(s, name),
      'https://example.org/p#token=x',
      T0 - 1_000,
      'UTC',
    )!.text;

  it('a mentor’s rounds name the table of each round; a mentee’s say they stay', () => {
    const grace = mail('Grace Hopper');
    expect(grace).toMatch(/the mentors move: each round you go to the table below/);
    const seatOf = new Map(
      (s.schedule as unknown as { tables: { table: string; menteeIds: string[] }[] }).tables.flatMap((t) =>
        t.menteeIds.map((id) => [id, t.table] as const),
      ),
    );
    for (const r of s.schedule!.rounds) {
      const at = r.tables.find((t) => t.mentorId === idOf(s, 'Grace Hopper'))!;
      if (at.table) expect(grace).toContain(`Round ${r.round} · ${at.table} · `);
    }
    expect(mail('Cy')).toMatch(/you stay at table T2 all event; the mentors come to you/);
    expect(seatOf.get(idOf(s, 'Cy'))).toBe('T2');
  });
});
