import { roleWords, type RoleWords } from '../../shared/labels/role-words';
import type { ClockSnapshot } from '../../shared/schemas/clock';
import type { Attendance } from '../../shared/schemas/people';
import { phone } from '../i18n/catalogues/phone';
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

/**
 * Pure but for the page's language: the words of a notice for this role, attendance and clock,
 * in the event's role words (`words`, issue 17; left out: "mentees").
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
  // An event's own mentors ("Investor") did not come to mentor: they are thanked for taking part.
  const thanks = mentee
    ? phone.t('thanksMentee')
    : words.custom
      ? phone.t('thanksCustomMentor')
      : phone.t('thanksMentor');
  const started = status === 'running' || status === 'paused' ? 'yes' : 'no';
  // What the organizer can do once told: from the next round, or before the first.
  const can = mentee ? phone.t('canMentee', { started }) : phone.t('canMentor', { mentees, started });
  const appears = phone.t('appears', { who: role, mentees });
  switch (kind) {
    case 'ended':
      return {
        title: phone.t('ended'),
        text:
          attendance === 'absent'
            ? mentee
              ? phone.t('endedAbsentMentee')
              : phone.t('endedAbsentMentor', { mentees })
            : attendance === 'left'
              ? phone.t('endedLeft', { thanks })
              : thanks,
        button: null,
      };
    case 'not-planned':
      return { title: phone.t('notReadyTitle'), text: phone.t('notReadyText', { appears }), button: null };
    case 'away': {
      const now =
        started === 'no'
          ? phone.t('awayNotComing')
          : mentee
            ? phone.t('awayNoTable')
            : phone.t('awayNoMentees', { mentees });
      return {
        title: attendance === 'left' ? phone.t('markedGone') : phone.t('markedAbsent'),
        text: phone.t('awayText', { now, can }),
        button: phone.t('hereAfterAll'),
      };
    }
    case 'told':
      return { title: phone.t('toldTitle'), text: phone.t('toldText', { can, appears }), button: null };
  }
}
