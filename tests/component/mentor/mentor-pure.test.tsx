import { beforeEach, describe, expect, it } from 'vitest';
import { noteKey, readNote, writeNote } from '../../../client/screens/mentor/private-notes';
import { mergeQuestions } from '../../../client/screens/mentor/questions-cache';
import { GRACE_ROUNDS } from '../support/fixtures';

describe('mergeQuestions', () => {
  it('remembers questions from every snapshot, newest winning, and ignores names without questions', () => {
    const first = mergeQuestions({}, GRACE_ROUNDS);
    expect(first).toEqual({ e1: ['How did you start?'], e2: [], e3: ['Which language first?', 'Is a PhD worth it?'] });
    const later = mergeQuestions(first, [
      {
        ...GRACE_ROUNDS[1]!,
        mentees: [
          { id: 'e3', name: 'Sam Okafor', questions: ['New one'] },
          { id: 'e9', name: 'No questions sent' },
        ],
      },
    ]);
    expect(later).toEqual({ ...first, e3: ['New one'] });
    expect(first.e3).toEqual(['Which language first?', 'Is a PhD worth it?']);
  });
});

describe('private notes', () => {
  beforeEach(() => localStorage.clear());

  it('are kept per event, mentor and mentee in localStorage', () => {
    const k = noteKey('ev1', 'm1', 'e1');
    expect(readNote(k)).toBe('');
    expect(writeNote(k, 'Follow up on compilers')).toBe(true);
    expect(readNote(k)).toBe('Follow up on compilers');
    expect(readNote(noteKey('ev1', 'm2', 'e1'))).toBe('');
    writeNote(k, '   ');
    expect(localStorage.getItem(k)).toBeNull();
  });

  it('survive a browser that refuses storage', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    expect(readNote('k', broken)).toBe('');
    expect(writeNote('k', 'x', broken)).toBe(false);
  });
});
