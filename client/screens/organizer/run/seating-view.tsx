import { For, Show } from 'solid-js';
import type { SeatingNow } from './seating-now';

/** Where everyone is (or is going): one line per table, then who sits out. */
export function SeatingView(props: { seating: SeatingNow | null }) {
  return (
    <section class="card seating-now" aria-labelledby="seating-title">
      <Show
        when={props.seating}
        fallback={
          <>
            <h3 id="seating-title">Where everyone is</h3>
            <p class="muted">No plan yet, or the event has ended.</p>
          </>
        }
      >
        {(s) => (
          <>
            <h3 id="seating-title">{s().heading}</h3>
            <ul class="seating-list" data-testid="seating-now">
              <For each={s().tables}>
                {(t) => (
                  <li>
                    <span class="badge">{t.table}</span> <bdi class="seat-mentor">{t.mentor}</bdi>
                    <span class="muted"> with </span>
                    <Show when={t.mentees.length > 0} fallback={<span class="muted">no one (table rests)</span>}>
                      <bdi>{t.mentees.map((m) => m.name).join(', ')}</bdi>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
            <Show when={s().byes.length > 0}>
              <p>
                <strong>Sitting out:</strong>{' '}
                <bdi>
                  {s()
                    .byes.map((m) => m.name)
                    .join(', ')}
                </bdi>
              </p>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
