import type { OrganizerView } from '../../../../shared/protocol/views';
import type { Pairing } from '../../../../shared/schemas/settings';
import type { RoleWords } from '../../../../shared/labels/role-words';
import { consolePlan } from '../../../i18n/catalogues/console-plan';
import type { OrganizerApi } from '../organizer-api';
import { useRoleWords } from '../role-words';
import { FormatChoice, type FormatOption } from './format-choice';

const { t } = consolePlan;

/** The choices in the event's words (issue 17, `settings.labels`); peers keep their own word. */
const choices = (w: RoleWords): FormatOption<Pairing>[] => [
  {
    value: 'mentor-mentee',
    label: t('pairingMentorMentee', { Mentors: w.mentors, mentees: w.inline.mentees }),
    hint: t('pairingMentorMenteeHint', {
      Mentees: w.mentees,
      mentors: w.inline.mentors,
      s: w.inline.mentors.endsWith('s') ? 'yes' : 'no',
    }),
  },
  { value: 'peer', label: t('pairingPeer'), hint: t('pairingPeerHint') },
];

/**
 * Who meets whom (issue 17, `settings.pairing`). A peer event has no mentors, so the server
 * refuses the switch while any are listed, and says so.
 */
export function PairingField(props: { view: OrganizerView; http: OrganizerApi }) {
  const words = useRoleWords();
  return (
    <FormatChoice
      view={props.view}
      http={props.http}
      name="pairing"
      legend={t('pairingLegend')}
      options={choices(words())}
      current={() => props.view.event.pairing ?? 'mentor-mentee'}
      patch={(pairing) => ({ pairing })}
      saved={(v) =>
        v === 'peer'
          ? t('savedPeer')
          : t('savedMentorMentee', { mentors: words().inline.mentors, mentees: words().inline.mentees })
      }
      lockedText={t('pairingLocked')}
    />
  );
}
