import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../client/live/api';
import {
  joinList,
  menteeDraft,
  menteeFromDraft,
  mentorDraft,
  mentorFromDraft,
  splitList,
} from '../../../client/screens/organizer/people/person-drafts';
import { draftErrorsFrom } from '../../../client/screens/organizer/people/server-errors';

describe('lists', () => {
  it('splits and joins', () => {
    expect(splitList(' a ; ;b;', ';')).toEqual(['a', 'b']);
    expect(splitList('How?\r\n\nWhy?\n', '\n')).toEqual(['How?', 'Why?']);
    expect(joinList(['a', 'b'], ';')).toBe('a; b');
  });
});

describe('mentor drafts', () => {
  it('round-trips a stored mentor', () => {
    const d = mentorDraft({ name: 'Grace', table: 'T1', topics: ['compilers', 'navy'], bio: 'Admiral' });
    expect(d).toEqual({ name: 'Grace', table: 'T1', topics: 'compilers; navy', bio: 'Admiral' });
    expect(mentorFromDraft(d)).toEqual({
      ok: true,
      mentor: { name: 'Grace', table: 'T1', topics: ['compilers', 'navy'], bio: 'Admiral' },
    });
  });

  it('leaves an empty table to the server and names bad fields', () => {
    expect(mentorFromDraft({ name: 'Li', table: ' ', topics: '', bio: '' })).toEqual({
      ok: true,
      mentor: { name: 'Li', topics: [], bio: '' },
    });
    const r = mentorFromDraft({ name: ' ', table: 'T'.repeat(21), topics: '', bio: '' });
    expect(r).toEqual({ ok: false, errors: { name: 'must not be empty', table: 'must be at most 20 characters' } });
  });

  it('carries a video call link (https only); an emptied one removes it', () => {
    const url = 'https://meet.example.org/grace';
    const d = mentorDraft({ name: 'Grace', table: 'T1', topics: [], meetingUrl: url });
    expect(d.meetingUrl).toBe(url);
    expect(mentorFromDraft(d)).toEqual({
      ok: true,
      mentor: { name: 'Grace', table: 'T1', topics: [], bio: '', meetingUrl: url },
    });
    expect(mentorFromDraft({ ...d, meetingUrl: ' ' })).toMatchObject({ ok: true, mentor: { meetingUrl: '' } });
    expect(mentorFromDraft({ ...d, meetingUrl: 'http://meet.example.org' })).toEqual({
      ok: false,
      errors: { meetingUrl: 'must be an https:// link' },
    });
  });
});

describe('mentee drafts', () => {
  const mentors = ['Grace Hopper', '李雷'];
  it('shows wishes by mentor name and sends names back', () => {
    const d = menteeDraft({ name: 'Zoë', questions: ['How?', 'Why?'], wishes: ['m2'], avoid: [] }, (id) =>
      id === 'm2' ? '李雷' : id,
    );
    expect(d).toEqual({ name: 'Zoë', questions: 'How?\nWhy?', wishes: '李雷', avoid: '' });
    expect(menteeFromDraft({ ...d, avoid: 'grace hopper' }, mentors)).toEqual({
      ok: true,
      mentee: { name: 'Zoë', questions: ['How?', 'Why?'], wishes: ['李雷'], avoid: ['Grace Hopper'] },
    });
  });

  it('refuses unknown mentors and a mentor both wished and avoided', () => {
    expect(menteeFromDraft({ name: 'Zoë', questions: '', wishes: 'Nobody; 李雷', avoid: '李雷' }, mentors)).toEqual({
      ok: false,
      errors: { wishes: '“Nobody” is not a mentor', avoid: '“李雷” is also in wishes' },
    });
  });
});

describe('draftErrorsFrom', () => {
  it('puts located server issues next to their fields', () => {
    const err = new ApiError(400, 'bad_request', 'invalid', [
      { path: 'mentees.0.wishes.1', message: 'no mentor named "X"' },
      { path: 'table', message: 'taken' },
    ]);
    expect(draftErrorsFrom(err)).toEqual({ form: 'invalid', wishes: 'no mentor named "X"', table: 'taken' });
    expect(draftErrorsFrom(new Error('boom'))).toEqual({ form: 'boom' });
  });
});
