import { localRoleWords } from '../../../i18n/role-words';
import { createSignal, For, onMount, Show, type JSX } from 'solid-js';
import { consoleText } from '../../../i18n/catalogues/console';
import type { Preview, PreviewOptions } from '../../../../shared/attendance/preview-schema';
import type { QualityReport } from '../../../../shared/planner/types';
import { ApiError } from '../../../live/api';
import { PersonPhrase } from '../../../ui/person-name';
import type { RoleWords } from '../../../../shared/labels/role-words';
import { useRoleWords } from '../role-words';
import { qualityChange, qualityFigures } from '../plan/quality-figures';
import { previewLines } from './diff-lines';
import type { LiveChangesApi } from './live-changes-api';
import { pendingPhrase } from './pending';

/** One figure now and after, in the Plan tab's words (value and detail). */
export interface QualityRow {
  label: string;
  before: string;
  after: string;
  beforeDetail?: string;
  afterDetail?: string;
}

/** The quality figures before and after, side by side by label, each as the Plan tab shows it. */
export function qualityRows(
  before: QualityReport | null,
  after: QualityReport,
  words: RoleWords = localRoleWords(null),
): QualityRow[] {
  const b = new Map((before ? qualityFigures(before, words) : []).map((f) => [f.label, f] as const));
  return qualityFigures(after, words).map((f) => {
    const was = b.get(f.label);
    return {
      label: f.label,
      before: was?.value ?? '—',
      after: f.value,
      ...(was?.detail ? { beforeDetail: was.detail } : {}),
      ...(f.detail ? { afterDetail: f.detail } : {}),
    };
  });
}

/**
 * The preview of a replan: who moves where from which round, the quality before and after,
 * and Apply. A stale preview (the clock or the door moved on) is recomputed and shown again.
 */
export function ReplanReview(props: {
  api: LiveChangesApi;
  options: PreviewOptions;
  onClose: () => void;
  onApplied: (preview: Preview) => void;
}): JSX.Element {
  const words = useRoleWords();
  const [preview, setPreview] = createSignal<Preview | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [note, setNote] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  const load = async () => {
    setBusy(true);
    setError(null);
    try {
      setPreview(await props.api.preview(props.options));
    } catch (err) {
      setPreview(null);
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  onMount(() => void load());

  const apply = async () => {
    const p = preview();
    if (!p) return;
    setBusy(true);
    setNote(null);
    try {
      await props.api.apply({ ...props.options, basedOn: p.basedOn });
      props.onApplied(p);
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.status === 409) {
        setNote(consoleText.t('notApplied', { why: err.message.replace(/; preview again$/, '') }));
        await load();
        return;
      }
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };

  const lines = () => {
    const p = preview();
    return p ? previewLines(p, words()) : null;
  };
  const tableOf = (id: string) => preview()?.schedule.mentors.find((m) => m.id === id)?.table;

  return (
    <section class="card replan-review" aria-labelledby="replan-review-title" data-testid="replan-review">
      <h3 id="replan-review-title">{consoleText.t(props.options.checkedInOnly ? 'reviewCheckedIn' : 'reviewTitle')}</h3>
      <div role="status" class="replan-note">
        <Show when={note()}>{(n) => <p class="error">{n()}</p>}</Show>
        <Show when={busy() && !preview()}>
          <p class="muted">{consoleText.t('working')}</p>
        </Show>
      </div>
      <Show when={error()}>
        {(e) => (
          <p class="error" role="alert">
            {e()}
          </p>
        )}
      </Show>
      <Show when={preview()}>
        {(p) => (
          <>
            <Show when={p().pending.length > 0 || p().markedAbsent.length > 0}>
              <ul class="pending-list">
                <For each={p().pending}>
                  {(x) => (
                    <li>
                      <PersonPhrase parts={pendingPhrase(x, tableOf)} />
                    </li>
                  )}
                </For>
                <Show when={p().markedAbsent.length > 0}>
                  <li>{consoleText.t('markedAbsent', { count: p().markedAbsent.length })}</li>
                </Show>
              </ul>
            </Show>
            <p class="replan-summary" data-testid="replan-summary">
              {lines()!.summary}
            </p>
            <Show when={lines()!.people.length > 0}>
              <ul class="replan-moves" data-testid="replan-moves">
                <For each={lines()!.people}>
                  {(x) => (
                    <li>
                      <strong>
                        <bdi>{x.name}</bdi>
                      </strong>{' '}
                      <span class="muted">{words().inline[x.role]}</span>
                      <ul>
                        <For each={x.phrases}>
                          {(l) => (
                            <li>
                              <PersonPhrase parts={l} />
                            </li>
                          )}
                        </For>
                      </ul>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <table class="quality-compare" data-testid="quality-compare">
              <caption>{consoleText.t('qualityCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{consoleText.t('colFigure')}</th>
                  <th scope="col">{consoleText.t('colNow')}</th>
                  <th scope="col">{consoleText.t('colAfter')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={qualityRows(p().quality.before, p().quality.after, words())}>
                  {(r) => (
                    <tr>
                      <th scope="row">{r.label}</th>
                      <td>
                        {r.before}
                        <Show when={r.beforeDetail}>
                          <small>{r.beforeDetail}</small>
                        </Show>
                      </td>
                      <td>
                        {r.after}
                        <Show when={r.afterDetail}>
                          <small>{r.afterDetail}</small>
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <p class="quality-change" data-testid="quality-change">
              {qualityChange(p().quality.before, p().quality.after, words())}
            </p>
          </>
        )}
      </Show>
      <div class="dialog-actions">
        <button type="button" class="secondary" onClick={props.onClose}>
          {consoleText.t('cancel')}
        </button>
        <Show when={error() && !preview()}>
          <button type="button" class="secondary" onClick={() => void load()} disabled={busy()}>
            {consoleText.t('tryAgain')}
          </button>
        </Show>
        <button
          type="button"
          onClick={apply}
          disabled={busy() || !preview() || (!preview()!.changed && preview()!.markedAbsent.length === 0)}
          data-testid="replan-apply"
        >
          {consoleText.t(busy() && preview() ? 'applying' : 'apply')}
        </button>
      </div>
    </section>
  );
}
