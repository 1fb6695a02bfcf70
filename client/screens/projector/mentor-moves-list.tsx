import { For, type JSX } from 'solid-js';
import { projector } from '../../i18n/catalogues/projector';
import { PersonName } from '../../ui/person-name';
import type { MentorMove } from './mentor-moves';

/** "Mentors move: Grace Hopper → T3, …": the walks of the coming round, when mentors move (issue 17). */
export function MentorMovesList(props: { moves: MentorMove[]; mentors: string }): JSX.Element {
  return (
    <section class="mentor-moves" aria-labelledby="mentor-moves-heading" data-testid="mentor-moves">
      <h2 id="mentor-moves-heading" class="mentor-moves-heading">
        {projector.t('movesHeading', { mentors: props.mentors })}
      </h2>
      <ul>
        <For each={props.moves}>
          {(m) => (
            <li>
              <PersonName>{m.name}</PersonName>{' '}
              {m.table === null ? (
                <span class="muted-dark">{projector.t('moveRests')}</span>
              ) : (
                // The table label reads left to right in every language ("T3", not "3T").
                <span>{projector.rich('moveTo', { table: <bdi dir="ltr">{m.table}</bdi> })}</span>
              )}
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
