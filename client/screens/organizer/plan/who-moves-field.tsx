import type { OrganizerView } from '../../../../shared/protocol/views';
import type { Moving } from '../../../../shared/schemas/settings';
import { pluralPossessive } from '../../../../shared/labels/article';
import type { RoleWords } from '../../../../shared/labels/role-words';
import type { OrganizerApi } from '../organizer-api';
import { useRoleWords } from '../role-words';
import { FormatChoice, type FormatOption } from './format-choice';

/** The two choices in the event's words (issue 17, `settings.labels`). */
function choices(w: RoleWords): FormatOption<Moving>[] {
  const i = w.inline;
  return [
    {
      value: 'mentees',
      label: `${w.mentees} move to ${pluralPossessive(i.mentors, "'")} tables`,
      hint: `Each ${i.mentor} keeps a table; each round the ${i.mentees} walk to their next one.`,
    },
    {
      value: 'mentors',
      label: `${w.mentors} move, ${i.mentees} stay seated`,
      hint: `${w.mentees} sit in groups at a table all event; each round the ${i.mentors} walk to the next table.`,
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
      legend="Who moves?"
      options={choices(words())}
      current={() => props.view.event.moving ?? 'mentees'}
      patch={(moving) => ({ moving })}
      saved={(v) => `${v === 'mentors' ? words().inline.mentors : words().inline.mentees} move`}
      lockedText="The event has started: who moves can change only before the start."
    />
  );
}
