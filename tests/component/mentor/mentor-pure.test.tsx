import { beforeEach, describe, expect, it } from 'vitest';
import { whereNow } from '../../../client/live/where-now';
import { mentorAnnouncement, nowHeading } from '../../../client/screens/mentor/mentor-text';
import { noteKey, readNote, writeNote } from '../../../client/screens/mentor/private-notes';
import { mergeQuestions } from '../../../client/screens/mentor/questions-cache';
import { GRACE_ROUNDS, runningClock } from '../support/fixtures';

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

describe('mentor text', () => {
  it('heads the groups and announces who is at the table', () => {
    expect(nowHeading(whereNow(GRACE_ROUNDS, runningClock(0, 1000)))).toBe('At your table now (round 1)');
    expect(nowHeading(whereNow(GRACE_ROUNDS, runningClock(1, 1000)))).toBe('Arriving now (round 2)');
    expect(mentorAnnouncement(whereNow(GRACE_ROUNDS, runningClock(0, 1000)), 'Round 1 of 3 — talk')).toBe(
      'Round 1 of 3 — talk. At your table: Zoë, 李雷.',
    );
    expect(mentorAnnouncement(whereNow(GRACE_ROUNDS, runningClock(4, 1000)), 'Round 3 of 3 — talk')).toBe(
      'Round 3 of 3 — talk. No one at your table in round 3.',
    );
  });
});
