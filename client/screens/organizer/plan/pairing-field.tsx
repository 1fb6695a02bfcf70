import type { OrganizerView } from '../../../../shared/protocol/views';
import type { Pairing } from '../../../../shared/schemas/settings';
import type { OrganizerApi } from '../organizer-api';
import { FormatChoice, type FormatOption } from './format-choice';

const CHOICES: FormatOption<Pairing>[] = [
  {
    value: 'mentor-mentee',
    label: 'Mentors and mentees',
    hint: 'Mentees meet mentors at the mentors’ tables.',
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
  return (
    <FormatChoice
      view={props.view}
      http={props.http}
      name="pairing"
      legend="Pairing"
      options={CHOICES}
      current={() => props.view.event.pairing ?? 'mentor-mentee'}
      patch={(pairing) => ({ pairing })}
      saved={(v) => (v === 'peer' ? 'peer rounds' : 'mentors and mentees')}
      lockedText="The event has started: pairing can change only before the start."
    />
  );
}
