import { describe, expect, it } from 'vitest';
import { parseParticipantsCsv, toPlanInput } from '../../../../shared/csv';

const csv = [
  'role,name,table,wishes,avoid',
  'mentee,Bo,,"zoë; Ann Lee",李雷',
  'mentor,Ann Lee,,,',
  'mentor,Zoë,Window,,',
  'mentee,عمر,,,',
  'mentor,李雷,,,',
].join('\n');

describe('toPlanInput', () => {
  const parsed = parseParticipantsCsv(csv);
  if (!parsed.ok) throw new Error('fixture refused');

  it('assigns ids in file order per role and maps names to mentor ids', () => {
    expect(toPlanInput(parsed)).toEqual({
      mentors: [
        { id: 'm1', name: 'Ann Lee', table: 'T1' },
        { id: 'm2', name: 'Zoë', table: 'Window' },
        { id: 'm3', name: '李雷', table: 'T2' },
      ],
      mentees: [
        { id: 'e1', name: 'Bo', wishes: ['m2', 'm1'], avoid: ['m3'] },
        { id: 'e2', name: 'عمر', wishes: [], avoid: [] },
      ],
    });
  });

  it('puts the prefix in front of every id', () => {
    const input = toPlanInput(parsed, 'ev7-');
    expect(input.mentors.map((m) => m.id)).toEqual(['ev7-m1', 'ev7-m2', 'ev7-m3']);
    expect(input.mentees[0]).toMatchObject({ id: 'ev7-e1', wishes: ['ev7-m2', 'ev7-m1'], avoid: ['ev7-m3'] });
  });

  it('is stable: the same file gives the same ids', () => {
    const again = parseParticipantsCsv(csv);
    expect(again.ok && toPlanInput(again)).toEqual(toPlanInput(parsed));
  });

  it('refuses hand-made input naming no mentor', () => {
    expect(() =>
      toPlanInput({ mentors: [], mentees: [{ line: 2, name: 'Bo', questions: [], wishes: ['Ghost'], avoid: [] }] }),
    ).toThrow(/"Ghost" names no mentor/);
  });
});
