import type { OrganizerView } from '../../../../shared/protocol/views';
import type { Moving } from '../../../../shared/schemas/settings';
import type { OrganizerApi } from '../organizer-api';
import { FormatChoice, type FormatOption } from './format-choice';

const CHOICES: FormatOption<Moving>[] = [
  {
    value: 'mentees',
    label: "Mentees move to mentors' tables",
    hint: 'Each mentor keeps a table; each round the mentees walk to their next one.',
  },
  {
    value: 'mentors',
    label: 'Mentors move, mentees stay seated',
    hint: 'Mentees sit in groups at a table all event; each round the mentors walk to the next table.',
  },
];

/** Who moves between rounds (issue 17, `settings.moving`). */
export function WhoMovesField(props: { view: OrganizerView; http: OrganizerApi }) {
  return (
    <FormatChoice
      view={props.view}
      http={props.http}
      name="who-moves"
      legend="Who moves?"
      options={CHOICES}
      current={() => props.view.event.moving ?? 'mentees'}
      patch={(moving) => ({ moving })}
      saved={(v) => (v === 'mentors' ? 'mentors move' : 'mentees move')}
      lockedText="The event has started: who moves can change only before the start."
    />
  );
}
