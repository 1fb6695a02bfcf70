import { createEffect, createSignal, on, Show, type Accessor, type JSX } from 'solid-js';
import type { EventReport } from '../../../../shared/protocol/after-talk';
import { consoleShare } from '../../../i18n/catalogues/console-share';
import { ApiError } from '../../../live/api';
import { EraseFeedback } from './erase-feedback';
import type { ReportApi } from './report-api';
import { ReportView } from './report-view';
import './report.css';

const { t } = consoleShare;

const why = (err: unknown) => (err instanceof ApiError ? err.message : String(err));

/**
 * The console's Report tab: loaded each time the tab opens (the figures move while people
 * still give feedback) and on Refresh; printed as a one-page summary for a sponsor (the
 * print stylesheet hides the console around it), the follow-ups exported, the feedback erased.
 */
export function ReportPanel(props: {
  api: ReportApi;
  active: Accessor<boolean>;
  eventName: string;
  /** Opens the browser's print dialog; tests pass a fake. */
  print?: () => void;
}): JSX.Element {
  const [report, setReport] = createSignal<EventReport | null>(null);
  const [loading, setLoading] = createSignal(false);
  const [loadError, setLoadError] = createSignal<string | null>(null);
  const [status, setStatus] = createSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [downloading, setDownloading] = createSignal(false);
  const [printedAt, setPrintedAt] = createSignal(new Date());

  const load = async () => {
    setLoading(true);
    setLoadError(null);
    try {
      setReport(await props.api.load());
    } catch (err) {
      setLoadError(t('loadFailed', { why: why(err) }));
    } finally {
      setLoading(false);
    }
  };
  createEffect(
    on(props.active, (active) => {
      if (active) void load();
    }),
  );

  const downloadFollowUps = async () => {
    setDownloading(true);
    setStatus(null);
    try {
      setStatus({ kind: 'ok', text: t('downloaded', { file: await props.api.downloadFollowUps() }) });
    } catch (err) {
      setStatus({ kind: 'error', text: t('downloadFailed', { why: why(err) }) });
    } finally {
      setDownloading(false);
    }
  };
  const print = () => {
    setPrintedAt(new Date());
    (props.print ?? (() => window.print()))();
  };

  return (
    <div class="report-panel">
      <div class="report-actions no-print">
        <button type="button" class="secondary" disabled={loading()} onClick={() => void load()}>
          {loading() ? t('loading') : t('refresh')}
        </button>
        <button type="button" class="secondary" disabled={!report()} onClick={print}>
          {t('printSummary')}
        </button>
        <button type="button" class="secondary" disabled={downloading()} onClick={() => void downloadFollowUps()}>
          {downloading() ? t('downloading') : t('downloadFollowUps')}
        </button>
      </div>
      <div role="status" class="report-status no-print" data-testid="report-status">
        <Show when={loadError()}>{(e) => <p class="error">{e()}</p>}</Show>
        <Show when={status()}>{(s) => <p class={s().kind === 'ok' ? 'ok' : 'error'}>{s().text}</p>}</Show>
      </div>
      <Show
        when={report()}
        fallback={
          <Show when={!loadError()}>
            <p class="muted">{t('loadingReport')}</p>
          </Show>
        }
      >
        {(r) => (
          <div class="report-summary" data-testid="report-summary">
            <p class="report-print-head print-only">
              {consoleShare.rich('summaryHead', {
                event: <strong dir="auto">{props.eventName}</strong>,
                date: printedAt().toLocaleDateString(),
              })}
            </p>
            <ReportView report={r()} />
          </div>
        )}
      </Show>
      <EraseFeedback erase={() => props.api.eraseFeedback()} onErased={() => void load()} />
    </div>
  );
}
