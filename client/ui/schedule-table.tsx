import { Index, Show, type JSX } from 'solid-js';
import { foreignEventZone } from '../live/event-time-zone';
import { phone } from '../i18n/catalogues/phone';
import type { ScheduleRow } from '../live/schedule-rows';

/**
 * A person's schedule as a table: when, which round, where/with whom. `Index` keeps the rows'
 * DOM while their times are recomputed every second.
 */
export function ScheduleTable(props: {
  caption: string;
  rows: ScheduleRow[];
  whereHeader: string;
  where: (row: ScheduleRow) => JSX.Element;
  timeText: (ms: number) => string;
  currentText?: string;
}): JSX.Element {
  const when = (r: ScheduleRow) =>
    r.state === 'done'
      ? phone.t('done')
      : r.state === 'current'
        ? (props.currentText ?? phone.t('now'))
        : r.startsAt !== null
          ? props.timeText(r.startsAt)
          : '–';
  return (
    <section class="card schedule" aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">{props.caption}</h2>
      <table class="schedule-table" data-testid="schedule">
        <thead>
          <tr>
            <th scope="col">{phone.t('colTime')}</th>
            <th scope="col">{phone.t('colRound')}</th>
            <th scope="col">{props.whereHeader}</th>
          </tr>
        </thead>
        <tbody>
          <Index each={props.rows}>
            {(row) => (
              <tr class={`row-${row().state}`} aria-current={row().state === 'current' ? 'true' : undefined}>
                <td class="when">{when(row())}</td>
                <td class="round">{row().round}</td>
                <td class="where">{props.where(row())}</td>
              </tr>
            )}
          </Index>
        </tbody>
      </table>
      <Show when={foreignEventZone()}>
        {(zone) => (
          <p class="muted small" data-testid="time-zone-note">
            {phone.t('timesInZone', { zone: zone().replace(/_/g, ' ') })}
          </p>
        )}
      </Show>
    </section>
  );
}
