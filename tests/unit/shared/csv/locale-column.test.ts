import { describe, expect, it } from 'vitest';
import { parseParticipantsCsv, participantsToCsv } from '../../../../shared/csv';

describe('the locale column (issue 19): a person’s own language', () => {
  it('is read on mentor and mentee rows; a language Tablehop lacks is a problem on its line', () => {
    const ok = parseParticipantsCsv('role,name,locale\nmentor,Grace,de\nmentee,Zoë,ar\nmentee,Sam,\n');
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    expect(ok.mentors[0]!.locale).toBe('de');
    expect(ok.mentees.map((m) => m.locale)).toEqual(['ar', undefined]);
    const bad = parseParticipantsCsv('role,name,locale\nmentee,Zoë,tlh\n');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues[0]!.path).toBe('line 2');
    expect(bad.issues[0]!.message).toMatch(/^locale: must be one of en, de, fr, es, ar, zh-Hans/);
  });

  it('is written only when someone has one, and reads back', () => {
    const without = participantsToCsv([{ name: 'Grace', table: 'T1' }], [{ name: 'Zoë' }]);
    expect(without.split('\r\n')[0] ?? without.split('\n')[0]).not.toContain('locale');
    const csv = participantsToCsv([{ name: 'Grace', table: 'T1' }], [{ name: 'Zoë', locale: 'zh-Hans' }]);
    expect(csv.split(/\r?\n/)[0]).toMatch(/,locale$/);
    const back = parseParticipantsCsv(csv);
    expect(back.ok && back.mentees[0]!.locale).toBe('zh-Hans');
    expect(back.ok && back.mentors[0]!.locale).toBeUndefined();
  });
});
