import type { Meeting, MeetingsAnswer } from '../../../shared/protocol/after-talk';
import { T0 } from '../support/fixtures';

/** Zoë's meetings: round 1 at T1 with Grace (mutual) and 李雷 (not), round 2 at an unknown time with عمر. */
export function menteeAnswer(over: Partial<MeetingsAnswer> = {}): MeetingsAnswer {
  const meetings: Meeting[] = [
    {
      round: 1,
      startsAt: T0,
      table: 'T1',
      with: { id: 'm1', name: 'Grace Hopper', role: 'mentor', questions: [] },
      feedback: { rating: 5, followUp: true, note: 'Read the COBOL paper.' },
      mutual: true,
      contact: 'grace@example.org',
    },
    {
      round: 1,
      startsAt: T0,
      table: 'T1',
      with: { id: 'e2', name: '李雷', role: 'mentee', questions: ['How do I start?'] },
      feedback: null,
      mutual: false,
      // Never sent without a mutual yes; the page must not show it even if it were.
      contact: 'li@example.org',
    },
    {
      round: 2,
      startsAt: null,
      table: 'T3',
      with: { id: 'm3', name: 'عمر', role: 'mentor', questions: [] },
      feedback: { rating: null, followUp: true, note: '' },
      mutual: true,
      contact: null,
    },
  ];
  return {
    meetings,
    sharing: { share: 'email', contact: null },
    hasEmail: true,
    feedbackClosesAt: T0 + 7 * 86_400_000,
    feedbackOpen: true,
    ...over,
  };
}

/** Grace's meetings: Zoë (with questions) and 李雷 (none) in round 1. */
export function mentorAnswer(): MeetingsAnswer {
  const m = (id: string, name: string, questions: string[]): Meeting => ({
    round: 1,
    startsAt: T0,
    table: 'T1',
    with: { id, name, role: 'mentee', questions },
    feedback: null,
    mutual: false,
    contact: null,
  });
  return {
    ...menteeAnswer(),
    meetings: [m('e1', 'Zoë', ['How did you start?', 'Which book first?']), m('e2', '李雷', [])],
  };
}
