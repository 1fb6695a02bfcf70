import { For, type JSX } from 'solid-js';
import { PersonName } from '../../ui/person-name';
import type { MentorMove } from './mentor-moves';

/** "Mentors move: Grace Hopper → T3, …": the walks of the coming round, when mentors move (issue 17). */
export function MentorMovesList(props: { moves: MentorMove[] }): JSX.Element {
  return (
    <section class="mentor-moves" aria-labelledby="mentor-moves-heading" data-testid="mentor-moves">
      <h2 id="mentor-moves-heading" class="mentor-moves-heading">
        Mentors move:
      </h2>
      <ul>
        <For each={props.moves}>
          {(m) => (
            <li>
              <PersonName>{m.name}</PersonName>{' '}
              {m.table === null ? <span class="muted-dark">rests</span> : <span>→ {m.table}</span>}
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
