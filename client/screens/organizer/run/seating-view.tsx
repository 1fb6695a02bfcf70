import { For, Show } from 'solid-js';
import { consoleRun } from '../../../i18n/catalogues/console-run';
import type { SeatingNow } from './seating-now';

/** Where everyone is (or is going): one line per table, then who sits out. */
export function SeatingView(props: { seating: SeatingNow | null }) {
  return (
    <section class="card seating-now" aria-labelledby="seating-title">
      <Show
        when={props.seating}
        fallback={
          <>
            <h3 id="seating-title">{consoleRun.t('seatingTitle')}</h3>
            <p class="muted">{consoleRun.t('noSeating')}</p>
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
                    <span class="muted"> {consoleRun.t('seatWith')} </span>
                    <Show
                      when={t.mentees.length > 0}
                      fallback={<span class="muted">{consoleRun.t('tableRests')}</span>}
                    >
                      <bdi>{t.mentees.map((m) => m.name).join(', ')}</bdi>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
            <Show when={s().byes.length > 0}>
              <p>
                <strong>{consoleRun.t('sittingOut')}</strong>{' '}
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
