import type { OrganizerView } from '../../../../shared/protocol/views';
import type { Pairing } from '../../../../shared/schemas/settings';
import { pluralPossessive } from '../../../../shared/labels/article';
import type { RoleWords } from '../../../../shared/labels/role-words';
import type { OrganizerApi } from '../organizer-api';
import { useRoleWords } from '../role-words';
import { FormatChoice, type FormatOption } from './format-choice';

/** The choices in the event's words (issue 17, `settings.labels`); peers keep their own word. */
const choices = (w: RoleWords): FormatOption<Pairing>[] => [
  {
    value: 'mentor-mentee',
    label: `${w.mentors} and ${w.inline.mentees}`,
    hint: `${w.mentees} meet ${w.inline.mentors} at the ${pluralPossessive(w.inline.mentors, '’')} tables.`,
  },
  {
    value: 'peer',
    label: 'Peers (everyone meets everyone)',
    hint:
      'One pool of peers meets at tables of the table size (2: one-to-one); ' +
      'one peer a table stays, the others move on.',
  },
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
      legend="Pairing"
      options={choices(words())}
      current={() => props.view.event.pairing ?? 'mentor-mentee'}
      patch={(pairing) => ({ pairing })}
      saved={(v) => (v === 'peer' ? 'peer rounds' : `${words().inline.mentors} and ${words().inline.mentees}`)}
      lockedText="The event has started: pairing can change only before the start."
    />
  );
}
