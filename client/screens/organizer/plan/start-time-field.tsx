import { createSignal, Show } from 'solid-js';
import type { OrganizerView } from '../../../../shared/protocol/views';
import { consolePlan } from '../../../i18n/catalogues/console-plan';
import { ApiError } from '../../../live/api';
import { consoleDateTime } from '../console-dates';
import type { OrganizerApi } from '../organizer-api';
import { DateTimeFields } from './date-time-fields';
import { createDateTimeInputs } from './date-time-inputs';
import { startFromInputs } from './start-time';
import './start-time.css';

const { t } = consolePlan;

/** A planned start in words, in the page's language. */
const whenText = (ms: number): string => consoleDateTime(ms, 'long');

/**
 * The planned start (date and time, in this browser's time zone): once set, the printables
 * and the phones show the time of every round; once the clock runs they follow the clock.
 */
export function StartTimeField(props: { view: OrganizerView; http: OrganizerApi }) {
  const inputs = createDateTimeInputs(() => props.view.event.plannedStartAt);
  const { date, setDate, time, setTime } = inputs;
  const [status, setStatus] = createSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = createSignal(false);
  const finished = () => props.view.clock.status === 'finished';

  const save = async (value: number | null) => {
    setBusy(true);
    setStatus(null);
    try {
      await props.http.patchSettings({ plannedStartAt: value });
      setStatus({
        kind: 'ok',
        text: value === null ? t('startCleared') : t('startSaved', { when: whenText(value) }),
      });
    } catch (err) {
      setStatus({ kind: 'error', text: t('saveFailed', { why: err instanceof ApiError ? err.message : String(err) }) });
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    const r = startFromInputs(date(), time());
    if (!r.ok) return setStatus({ kind: 'error', text: r.error });
    void save(r.value);
  };

  return (
    <form class="start-time" onSubmit={onSubmit} aria-labelledby="start-title" novalidate>
      <h4 id="start-title">{t('startTitle')}</h4>
      <p class="muted">{t('startHelp')}</p>
      <DateTimeFields
        inputs={inputs}
        idBase="start"
        dateLabel={t('dateLabel')}
        timeLabel={t('startTimeLabel')}
        disabled={finished()}
      />
      <div class="start-actions">
        <button type="submit" class="secondary small" disabled={busy() || finished()}>
          {busy() ? t('saving') : t('saveStart')}
        </button>
        <Show when={props.view.event.plannedStartAt !== null}>
          <button
            type="button"
            class="secondary small"
            disabled={busy() || finished()}
            onClick={() => {
              setDate('');
              setTime('');
              void save(null);
            }}
          >
            {t('clear')}
          </button>
        </Show>
      </div>
      <div role="status" data-testid="start-status">
        <Show when={status()}>{(s) => <p class={s().kind === 'ok' ? 'ok' : 'error'}>{s().text}</p>}</Show>
      </div>
    </form>
  );
}
