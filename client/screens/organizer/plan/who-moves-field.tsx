import type { OrganizerView } from '../../../../shared/protocol/views';
import type { Moving } from '../../../../shared/schemas/settings';
import type { RoleWords } from '../../../../shared/labels/role-words';
import { consolePlan } from '../../../i18n/catalogues/console-plan';
import type { OrganizerApi } from '../organizer-api';
import { useRoleWords } from '../role-words';
import { FormatChoice, type FormatOption } from './format-choice';

const { t } = consolePlan;

/** The two choices in the event's words (issue 17, `settings.labels`). */
function choices(w: RoleWords): FormatOption<Moving>[] {
  const i = w.inline;
  return [
    {
      value: 'mentees',
      label: t('menteesMove', { Mentees: w.mentees, mentors: i.mentors, s: i.mentors.endsWith('s') ? 'yes' : 'no' }),
      hint: t('menteesMoveHint', { mentor: i.mentor, mentees: i.mentees }),
    },
    {
      value: 'mentors',
      label: t('mentorsMove', { Mentors: w.mentors, mentees: i.mentees }),
      hint: t('mentorsMoveHint', { Mentees: w.mentees, mentors: i.mentors }),
    },
  ];
}

/** Who moves between rounds (issue 17, `settings.moving`). */
export function WhoMovesField(props: { view: OrganizerView; http: OrganizerApi }) {
  const words = useRoleWords();
  return (
    <FormatChoice
      view={props.view}
      http={props.http}
      name="who-moves"
      legend={t('whoMovesLegend')}
      options={choices(words())}
      current={() => props.view.event.moving ?? 'mentees'}
      patch={(moving) => ({ moving })}
      saved={(v) => t('savedMove', { who: v === 'mentors' ? words().inline.mentors : words().inline.mentees })}
      lockedText={t('whoMovesLocked')}
    />
  );
}
