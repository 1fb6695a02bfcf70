/** Self sign-up's pure rules (issue 16): open and close, closesAt, capacity, approval, duplicates, the door. */
import { describe, expect, it } from 'vitest';
import { apply, type CommandResults } from '../../../../../shared/event/apply';
import type { EventCommand } from '../../../../../shared/event/commands';
import { roleOpen, signupOpenness } from '../../../../../shared/event/rules/registration';
import { signupView } from '../../../../../shared/event/views/signup-view';
import type { EventState } from '../../../../../shared/event/state';
import { MAX_WAITING_REGISTRATIONS, type Registration } from '../../../../../shared/schemas/registration';
import { pendingChanges } from '../../../../../shared/attendance/pending';
import { T0, cmd, deepFreeze, finished, idle, makeEnv, must, planned, running } from '../support';

const NOW = T0 - 1_000;

function open(base: EventState, body: Record<string, unknown> = {}): EventState {
  return must(
    base,
    cmd({ type: 'registration.set', body: { open: true, ...body } } as Parameters<typeof cmd>[0]),
    NOW - 1,
  );
}

const signup = (body: Record<string, unknown>, version = 1): EventCommand =>
  cmd({ type: 'signup.submit', codeVersion: version, body: { consent: true, ...body } } as Parameters<typeof cmd>[0]);

function submit(state: EventState, body: Record<string, unknown>, now = NOW) {
  return apply(deepFreeze(state), signup(body), now, makeEnv('s'));
}

function accepted(state: EventState, body: Record<string, unknown>, now = NOW) {
  const r = submit(state, body, now);
  if (!r.ok) throw new Error(`refused: ${r.error.message}`);
  return r;
}

function refusal(state: EventState, body: Record<string, unknown>, now = NOW) {
  const r = submit(state, body, now);
  if (r.ok) throw new Error('accepted');
  return r.error;
}

describe('open, closed, closesAt', () => {
  it('never opened and closed again both refuse with "registration is closed"', () => {
    expect(roleOpen(idle(), 'mentee', NOW)).toMatchObject({ open: false, reason: 'closed' });
    const closed = must(open(idle()), cmd({ type: 'registration.set', body: { open: false } }), NOW);
    expect(refusal(closed, { name: 'Eve' })).toMatchObject({ code: 'conflict', message: 'registration is closed' });
  });

  it('closes by itself at closesAt: before it a sign-up passes, at it the same one is refused', () => {
    const s = open(idle(), { closesAt: NOW + 10 });
    expect(accepted(s, { name: 'Eve' }, NOW + 9).result).toMatchObject({ status: 'registered' });
    expect(refusal(s, { name: 'Eve' }, NOW + 10)).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/^registration closed at \d{4}-\d\d-\d\d \d\d:\d\d UTC$/),
    });
    expect(signupOpenness(s, NOW + 10)).toMatchObject({ open: false, reason: 'closes-at' });
  });

  it('an ended event: sign-up closed whatever the settings', () => {
    const s = open(running());
    const ended = must(s, cmd({ type: 'clock.command', command: { action: 'end' } }), T0 + 5);
    expect(refusal(ended, { name: 'Eve' }, T0 + 6)).toMatchObject({
      message: 'the event has ended; sign-up is closed',
    });
    expect(apply(finished(), cmd({ type: 'registration.set', body: { open: true } }), T0 + 5, makeEnv()).ok).toBe(
      false,
    );
  });
});

describe('capacity', () => {
  it('counts the people of the role already in the event: 2 mentees and maxMentees 3 leave one place', () => {
    const s = open(idle(), { maxMentees: 3 });
    const one = accepted(s, { name: 'Eve' }).state!;
    expect(refusal(one, { name: 'Fay' })).toMatchObject({
      code: 'conflict',
      message: 'registration is full: there is no more room for mentees',
    });
    // Mentors have their own cap (none here).
    expect(accepted(one, { role: 'mentor', name: 'Gus' }).result).toMatchObject({ status: 'registered' });
    expect(signupOpenness(one, NOW)).toMatchObject({ open: true, roles: { mentee: { open: false, reason: 'full' } } });
  });

  it('pending sign-ups take a place too (manual approval)', () => {
    const s = open(idle(), { maxMentees: 3, approval: 'manual' });
    const one = accepted(s, { name: 'Eve' }).state!;
    expect(one.mentees).toHaveLength(2);
    expect(refusal(one, { name: 'Fay' }).message).toBe('registration is full: there is no more room for mentees');
  });

  it('no more than MAX_WAITING_REGISTRATIONS wait for the organizer', () => {
    const s = open(idle(), { approval: 'manual' });
    const many: Registration[] = Array.from({ length: MAX_WAITING_REGISTRATIONS }, (_, i) => ({
      id: `w${i}`,
      role: 'mentee',
      name: `W ${i}`,
      questions: [],
      wishes: [],
      avoid: [],
      topics: [],
      status: i % 2 ? 'pending' : 'wait-listed',
      at: NOW,
      updatedAt: NOW,
    }));
    const full = { ...s, registrations: many };
    expect(refusal(full, { name: 'Eve' }).message).toBe(
      'too many sign-ups are waiting for the organizer; please try again later',
    );
  });
});

describe('approval', () => {
  it('auto: a person at once, the record slimmed (the person holds the details) and its token code noted', () => {
    const r = accepted(open(idle()), { name: 'Eve', email: 'eve@x.org', questions: ['Why?'], wishes: ['p1'] });
    const eve = r.state!.mentees.find((m) => m.name === 'Eve')!;
    expect(eve).toMatchObject({ questions: ['Why?'], wishes: ['p1'], email: 'eve@x.org' });
    expect(r.state!.registrations[0]).toMatchObject({
      status: 'registered',
      personId: eve.id,
      tokenCode: 1,
      questions: [],
    });
  });

  it('manual: pending, nobody added; approve adds, wait-list and refuse do not', () => {
    const s = accepted(open(idle(), { approval: 'manual' }), { name: 'Eve' });
    expect(s.result).toMatchObject({ status: 'pending', added: false });
    expect(s.state!.mentees).toHaveLength(2);
    const decide = (state: EventState, action: string) =>
      apply(
        state,
        cmd({ type: 'registration.decide', registrationId: 's1', body: { action, reason: 'no room' } } as Parameters<
          typeof cmd
        >[0]),
        NOW,
        makeEnv('d'),
      );
    const w = decide(s.state!, 'wait-list');
    expect(w.ok && w.state!.registrations[0]!.status).toBe('wait-listed');
    const refused = decide(s.state!, 'refuse');
    expect(refused.ok && refused.state!.registrations[0]).toMatchObject({ status: 'refused', reason: 'no room' });
    const approved = decide(s.state!, 'approve');
    expect(approved.ok && approved.state!.mentees.map((m) => m.name)).toEqual(['Cy', 'Di', 'Eve']);
    const again = decide(approved.ok ? approved.state! : s.state!, 'approve');
    expect(!again.ok && again.error).toMatchObject({ code: 'conflict', message: 'Eve is already in the event' });
  });
});

describe('the same e-mail twice', () => {
  it('a waiting sign-up is updated, not duplicated, and says so', () => {
    const s = accepted(open(idle(), { approval: 'manual' }), { name: 'Eve', email: 'Eve@X.org' }).state!;
    const r = accepted(s, { name: 'Eve Adams', email: 'eve@x.ORG', questions: ['New?'] });
    expect(r.result).toMatchObject({ status: 'pending', updated: true });
    expect((r.result as CommandResults['signup.submit']).message).toMatch(/already signed up with this e-mail/);
    expect(r.state!.registrations).toHaveLength(1);
    expect(r.state!.registrations[0]).toMatchObject({ name: 'Eve Adams', questions: ['New?'] });
  });

  it('a registered person is left as they are: a public code and an e-mail overwrite nobody', () => {
    const s = accepted(open(idle()), { name: 'Eve', email: 'eve@x.org', questions: ['First'] }).state!;
    const r = accepted(s, { name: 'Eve', email: 'EVE@x.org', questions: ['Again'] });
    expect(r.result).toMatchObject({ status: 'registered', added: false, updated: true });
    expect(r.state!.mentees.filter((m) => m.name === 'Eve')).toHaveLength(1);
    expect(r.state!.mentees.at(-1)!.questions).toEqual(['First']);
    expect((r.result as { message: string }).message).toMatch(/nothing was changed/);
  });

  it('a refused sign-up stays refused and says why', () => {
    const s = accepted(open(idle(), { approval: 'manual' }), { name: 'Eve', email: 'eve@x.org' }).state!;
    const refused = must(
      s,
      cmd({
        type: 'registration.decide',
        registrationId: 's1',
        body: { action: 'refuse', reason: 'the event is for staff' },
      }),
      NOW,
    );
    expect(refusal(refused, { name: 'Eve', email: 'eve@x.org' })).toMatchObject({
      code: 'conflict',
      message: "this e-mail's sign-up was refused: the event is for staff",
    });
  });
});

describe('fields', () => {
  const s = () => open(idle());
  it.each([
    ['a taken name (case aside)', { name: 'ANN', role: 'mentor' }, 'name'],
    ['an unknown mentor', { name: 'Eve', wishes: ['nobody'] }, 'wishes.0'],
    ['a mentor twice', { name: 'Eve', wishes: ['p1', 'p1'] }, 'wishes.1'],
    ['wished and avoided', { name: 'Eve', wishes: ['p1'], avoid: ['p1'] }, 'avoid'],
    ['a mentee with topics', { name: 'Eve', topics: ['Go'] }, 'topics'],
    ['a mentor with wishes', { name: 'Gus', role: 'mentor', wishes: ['p1'] }, 'wishes'],
  ])('%s is refused at its path', (_, body, path) => {
    const e = refusal(s(), body);
    expect(e.code).toBe('invalid');
    expect(e.issues?.map((i) => i.path)).toContain(path);
  });

  it('a name another waiting sign-up holds is refused', () => {
    const m = accepted(open(idle(), { approval: 'manual' }), { name: 'Eve' }).state!;
    expect(refusal(m, { name: 'eve' }).issues?.[0]?.path).toBe('name');
  });
});

describe('after a plan exists', () => {
  it('before the start: the plan is remade to include the new mentee (as people.add does)', () => {
    const r = accepted(open(planned()), { name: 'Eve' }, T0 - 500);
    const eve = r.state!.mentees.at(-1)!;
    expect(r.state!.scheduleVersion).toBeGreaterThan(planned().scheduleVersion);
    expect(
      r.state!.schedule!.rounds.some(
        (x) => x.byes.includes(eve.id) || x.tables.some((t) => t.menteeIds.includes(eve.id)),
      ),
    ).toBe(true);
  });

  it('after the start: a late arrival, present and pending a reviewed replan; nobody moves', () => {
    const s = open(running());
    const r = accepted(s, { name: 'Eve' }, T0 + 10);
    expect(r.state!.schedule).toBe(s.schedule);
    expect(pendingChanges(r.state!.schedule, r.state!, 2)).toEqual([
      expect.objectContaining({ name: 'Eve', change: 'seat', attendance: 'present' }),
    ]);
  });
});

describe('the public sign-up view', () => {
  it('shows mentors with name, table, topics and bio only', () => {
    const s = must(
      open(idle(), { consentText: 'We keep your data a month.' }),
      cmd({ type: 'person.patch', personId: 'p1', patch: { bio: 'Hi', email: 'ann@x.org', group: 'ACME' } }),
      NOW,
    );
    const v = signupView(s, NOW);
    expect(v.mentors[0]).toEqual({ id: 'p1', name: 'Ann', table: 'T1', topics: [], bio: 'Hi' });
    expect(JSON.stringify(v)).not.toMatch(/ann@x\.org|ACME|attendance|Cy/);
    expect(v.consentText).toBe('We keep your data a month.');
  });
});
