import { roleWords, type RoleWords } from '../../shared/labels/role-words';
import type { ClockSnapshot } from '../../shared/schemas/clock';
import type { Attendance } from '../../shared/schemas/people';
import type { WhereNow } from './where-now';

/*
 * What a person's page says in place of their table, one message per attendance state: the
 * event has ended (thanked as they took part), the rounds are not planned yet, the organizer
 * has them down as absent or gone (with "I'm here after all"), or they said they are here and
 * wait for the organizer to seat them. Pure, tested in tests/component/live/attendance-phrases.test.tsx.
 */

/** Why the page shows a notice instead of the person's round. */
export type NoticeKind = 'ended' | 'not-planned' | 'away' | 'told';

/** The notice's words: heading, text, and the button's when there is one. */
export interface NoticeWords {
  title: string;
  text: string;
  /** The "I'm here after all" button (only for `away`). */
  button: string | null;
}

/** The button's label while its message is on its way. */
export const TELLING = 'Telling the organizer…';

const away = (a: Attendance) => a === 'absent' || a === 'left';

/**
 * Whether the person has a table in a round not yet begun: the organizer seats a late arrival
 * there (a meeting under way has begun; the round a changeover or break leads to has not).
 */
export function seatedAhead(w: Pick<WhereNow, 'stage' | 'at' | 'nextSeated'>): boolean {
  return (w.stage !== 'meeting' && Boolean(w.at?.table)) || w.nextSeated !== null;
}

/**
 * Pure: the notice to show instead of the person's round, or null to show their round. `told`:
 * this page told the organizer "I'm here after all" and was answered.
 */
export function noticeKind(
  w: Pick<WhereNow, 'stage' | 'at' | 'nextSeated'>,
  attendance: Attendance,
  told: boolean,
): NoticeKind | null {
  if (w.stage === 'ended') return 'ended';
  if (away(attendance)) return 'away';
  // Told, and not seated in a round to come: the organizer has not applied it (the page updates when they do).
  if (told && attendance === 'present' && !seatedAhead(w)) return 'told';
  return w.at ? null : 'not-planned';
}

type Role = 'mentor' | 'mentee';

const THANKS: Record<Role, string> = {
  mentee: 'Thank you for taking part! Your schedule below shows everyone you met.',
  mentor: 'Thank you for mentoring! Your notes stay on this device.',
};
// An event's own mentors ("Investor") did not come to mentor: they are thanked for taking part.
const THANKS_CUSTOM_MENTOR = 'Thank you for taking part! Your notes stay on this device.';

/**
 * Pure: the words of a notice for this role, attendance and clock, in the event's role words
 * (`words`, issue 17; left out: "mentees").
 */
export function noticeWords(
  kind: NoticeKind,
  role: Role,
  attendance: Attendance,
  status: ClockSnapshot['status'],
  words: RoleWords = roleWords(),
): NoticeWords {
  const mentee = role === 'mentee';
  const mentees = words.inline.mentees;
  const thanks = !mentee && words.custom ? THANKS_CUSTOM_MENTOR : THANKS[role];
  const started = status === 'running' || status === 'paused';
  // What the organizer can do once told: from the next round, or before the first.
  const can = `${mentee ? 'seat you' : `send you ${mentees}`} ${started ? 'from the next round' : 'before the start'}`;
  const appears = `${mentee ? 'Your table appears' : `Your ${mentees} appear`} here`;
  switch (kind) {
    case 'ended':
      return {
        title: 'The event has ended',
        text:
          attendance === 'absent'
            ? `You were marked as not here, so you had no ${mentee ? 'table' : mentees}. ` +
              'We hope to see you next time!'
            : attendance === 'left'
              ? `You left before the end. ${thanks}`
              : thanks,
        button: null,
      };
    case 'not-planned':
      return {
        title: 'Your schedule is not ready yet',
        text: `${appears} as soon as the organizer has planned the rounds.`,
        button: null,
      };
    case 'away': {
      const now = !started
        ? 'The organizer has you down as not coming.'
        : mentee
          ? 'You have no table in the rounds still to come.'
          : `No ${mentees} come to your table in the rounds still to come.`;
      return {
        title: attendance === 'left' ? 'You are marked as gone' : 'You are marked as not here',
        text: `${now} If you are here after all, tell the organizer: they can ${can}.`,
        button: 'I’m here after all',
      };
    }
    case 'told':
      return {
        title: 'The organizer was told you are here',
        text: `They can ${can}. ${appears} as soon as they do.`,
        button: null,
      };
  }
}
