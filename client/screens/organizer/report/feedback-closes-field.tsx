import { consoleDateTime } from '../console-dates';
import { createSignal, Show, type JSX } from 'solid-js';
import type { OrganizerView } from '../../../../shared/protocol/views';
import { consoleShare } from '../../../i18n/catalogues/console-share';
import { ApiError } from '../../../live/api';
import type { OrganizerApi } from '../organizer-api';
import { DateTimeFields } from '../plan/date-time-fields';
import { createDateTimeInputs } from '../plan/date-time-inputs';
import { startFromInputs } from '../plan/start-time';

const { t } = consoleShare;

/**
 * Until when people can rate, say "stay in touch" and write notes: by default 7 days after
 * the end; the organizer may set a date of their own (in this browser's time zone), or go
 * back to the default. Changeable after the end too (settings.feedbackClosesAt).
 */
export function FeedbackClosesField(props: {
  view: OrganizerView;
  http: Pick<OrganizerApi, 'patchSettings'>;
}): JSX.Element {
  const inputs = createDateTimeInputs(() => props.view.event.feedbackClosesAt);
  const { date, time } = inputs;
  const [status, setStatus] = createSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = createSignal(false);

  const save = async (value: number | null) => {
    setBusy(true);
    setStatus(null);
    try {
      await props.http.patchSettings({ feedbackClosesAt: value });
      setStatus({
        kind: 'ok',
        text: value === null ? t('closesDefault') : t('closesAt', { when: consoleDateTime(value, 'long') }),
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
    if (!r.ok || r.value === null) return setStatus({ kind: 'error', text: t('enterDateTime') });
    void save(r.value);
  };
  return (
    <form class="card feedback-closes no-print" onSubmit={onSubmit} aria-labelledby="feedback-closes-title" novalidate>
      <h3 id="feedback-closes-title">{t('closesTitle')}</h3>
      <p class="muted">
        {props.view.event.feedbackClosesAt === null
          ? t('nowDefault')
          : t('nowAt', { when: consoleDateTime(props.view.event.feedbackClosesAt, 'long') })}
      </p>
      <DateTimeFields
        inputs={inputs}
        idBase="feedback-closes"
        dateLabel={t('closingDay')}
        timeLabel={t('closingTime')}
      />
      <div class="start-actions">
        <button type="submit" class="secondary small" disabled={busy()}>
          {busy() ? t('saving') : t('saveClosing')}
        </button>
        <Show when={props.view.event.feedbackClosesAt !== null}>
          <button type="button" class="secondary small" disabled={busy()} onClick={() => void save(null)}>
            {t('backToDefault')}
          </button>
        </Show>
      </div>
      <div role="status" data-testid="feedback-closes-status">
        <Show when={status()}>{(s) => <p class={s().kind === 'ok' ? 'ok' : 'error'}>{s().text}</p>}</Show>
      </div>
    </form>
  );
}
