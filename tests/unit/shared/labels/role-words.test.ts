import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishPlural, inlineWord, roleLabelOf, roleWords } from '../../../../shared/labels/role-words';
import { roleLabelsSchema } from '../../../../shared/schemas/role-labels';

describe('roleWords', () => {
  it('gives the defaults when the event named nothing', () => {
    for (const labels of [undefined, null]) {
      expect(roleWords(labels)).toEqual({
        mentor: 'Mentor',
        mentors: 'Mentors',
        mentee: 'Mentee',
        mentees: 'Mentees',
        inline: { mentor: 'mentor', mentors: 'mentors', mentee: 'mentee', mentees: 'mentees' },
        custom: false,
      });
    }
  });

  it("uses the event's words, derives plurals it left out, keeps the ones it gave", () => {
    const w = roleWords({ mentor: 'Reverse mentor', mentee: 'Alumnus', mentees: 'Alumni' });
    expect(w).toMatchObject({ mentor: 'Reverse mentor', mentors: 'Reverse mentors', mentee: 'Alumnus' });
    expect(w.mentees).toBe('Alumni');
    expect(w.inline).toEqual({
      mentor: 'reverse mentor',
      mentors: 'reverse mentors',
      mentee: 'alumnus',
      mentees: 'alumni',
    });
    expect(w.custom).toBe(true);
  });

  it('names a CSV role in the export column', () => {
    const w = roleWords({ mentor: 'Recruiter', mentee: 'Student' });
    expect([roleLabelOf(w, 'mentor'), roleLabelOf(w, 'mentee'), roleLabelOf(w, 'peer')]).toEqual([
      'Recruiter',
      'Student',
      'Peer',
    ]);
  });
});

describe('englishPlural', () => {
  it.each([
    ['Investor', 'Investors'],
    ['Founder', 'Founders'],
    ['Secretary', 'Secretaries'],
    ['Attorney', 'Attorneys'],
    ['Coach', 'Coaches'],
    ['Boss', 'Bosses'],
    ['VC', 'VCs'],
    ['Executive coach', 'Executive coaches'],
    ['导师', '导师'],
    ['مرشد', 'مرشد'],
  ])('%s → %s', (one, many) => {
    expect(englishPlural(one)).toBe(many);
  });
});

describe('inlineWord', () => {
  it.each([
    ['Investor', 'investor'],
    ['Reverse mentor', 'reverse mentor'],
    ['VC', 'VC'],
    ['iOS lead', 'iOS lead'],
    ['McKinsey partner', 'McKinsey partner'],
    ['student', 'student'],
    ['Étudiant', 'étudiant'],
    ['学员', '学员'],
  ])('%s → %s', (label, inline) => {
    expect(inlineWord(label)).toBe(inline);
  });

  it('only ever changes the first letter, and only its case', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (label) => {
        const out = inlineWord(label);
        expect(out.slice(1)).toBe(label.slice(1));
        expect(out[0]!.toUpperCase()).toBe(label[0]!.toUpperCase());
      }),
    );
  });
});

describe('settings.labels schema', () => {
  it('takes words of up to 30 characters, trimmed', () => {
    expect(roleLabelsSchema.parse({ mentor: '  Investor ', mentee: 'Founder' })).toEqual({
      mentor: 'Investor',
      mentee: 'Founder',
    });
  });

  it('refuses an empty, a too long or an unknown field, at its path', () => {
    const r = roleLabelsSchema.safeParse({ mentor: '', mentee: 'x'.repeat(31), host: 'y' });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.') || i.code);
    expect(paths).toEqual(expect.arrayContaining(['mentor', 'mentee']));
    expect(r.error!.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
  });
});
