import { createSignal, Show } from 'solid-js';
import type { RoleWords } from '../../../../shared/labels/role-words';
import type { OrganizerView } from '../../../../shared/protocol/views';
import type { HistoryAdded } from '../../../../shared/schemas/history';
import { consolePlan } from '../../../i18n/catalogues/console-plan';
import { localRoleWords } from '../../../i18n/role-words';
import { ApiError } from '../../../live/api';
import type { OrganizerApi } from '../organizer-api';
import { useRoleWords } from '../role-words';

const { t } = consolePlan;

/** Names listed in full before "and N more". */
const NAMES_LISTED = 8;

/** A list of names for a sentence: "Dee, Eve and 3 more". */
export function someNames(names: readonly string[]): string {
  const shown = names.slice(0, NAMES_LISTED);
  const rest = names.length - shown.length;
  const list = shown.join(t('listSeparator'));
  return rest > 0 ? t('andMore', { names: list, rest }) : list;
}

/** What an accepted upload says: the pairs added, who was found, and who of the earlier event is not here. */
export function historyAddedText(r: HistoryAdded, words: RoleWords = localRoleWords(null)): string {
  const w = words.inline;
  const found = t('historyFound', {
    mentors: t('countMentors', { count: r.matched.mentors, mentor: w.mentor, mentors: w.mentors }),
    mentees: t('countMentees', { count: r.matched.mentees, mentee: w.mentee, mentees: w.mentees }),
  });
  const added = r.added === 0 ? t('noNewPairs') : t('addedPairs', { count: r.added });
  const missing = [...r.unmatched.mentors, ...r.unmatched.mentees];
  return missing.length > 0
    ? t('historyAddedMissing', { added, found, count: r.pairs, names: someNames(missing) })
    : t('historyAdded', { added, found, count: r.pairs });
}

/**
 * Earlier events (issue 18): how many pairs met before the plan knows, an upload of an earlier
 * event's backup file (its people are matched to these by e-mail, else by name) and a button to
 * forget them. The plan follows by itself: the server replans the rounds not yet begun.
 */
export function HistoryCard(props: { view: OrganizerView; http: Pick<OrganizerApi, 'addHistory' | 'clearHistory'> }) {
  const words = useRoleWords();
  const [busy, setBusy] = createSignal(false);
  const [status, setStatus] = createSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  let input: HTMLInputElement | undefined;
  const history = () => props.view.history;

  const run = async (work: () => Promise<string>, failure: (why: string) => string) => {
    setBusy(true);
    setStatus(null);
    try {
      setStatus({ kind: 'ok', text: await work() });
    } catch (err) {
      setStatus({ kind: 'error', text: failure(err instanceof ApiError ? err.message : String(err)) });
    } finally {
      setBusy(false);
      if (input) input.value = '';
    }
  };

  const onFile = (e: Event & { currentTarget: HTMLInputElement }) => {
    const file = e.currentTarget.files?.[0];
    if (!file) return;
    void run(
      async () => {
        let json: unknown;
        try {
          json = JSON.parse(await file.text());
        } catch {
          throw new Error(t('notJson', { file: file.name }));
        }
        return historyAddedText(await props.http.addHistory(json), words());
      },
      (why) => t('notAdded', { why }),
    );
  };

  const onClear = () =>
    void run(
      async () => {
        const r = await props.http.clearHistory();
        return t('forgot', { count: r.removed });
      },
      (why) => t('forgetFailed', { why }),
    );

  return (
    <section class="card history-card" aria-labelledby="history-title" data-testid="history-card">
      <h3 id="history-title">{t('historyTitle')}</h3>
      <p data-testid="history-summary">
        <Show when={history()} fallback={t('noneYet')}>
          {(h) => (
            <>
              {t('historyPairs', { count: h().pairs })}{' '}
              <Show when={props.view.schedule}>
                {h().repeats === 0 ? t('repeatsNone') : t('repeats', { count: h().repeats })}
              </Show>
            </>
          )}
        </Show>
      </p>
      <div class="field">
        <label for="history-file">{t('historyFileLabel')}</label>
        <input
          ref={input}
          id="history-file"
          type="file"
          accept=".json,application/json"
          disabled={busy()}
          onChange={onFile}
        />
        <span class="field-hint muted">{t('historyFileHint')}</span>
      </div>
      <Show when={history()}>
        <button type="button" class="secondary small" disabled={busy()} onClick={onClear}>
          {t('forgetButton')}
        </button>
      </Show>
      <div role="status" class="form-status" data-testid="history-status">
        <Show when={status()}>{(s) => <p class={s().kind === 'ok' ? 'ok' : 'error'}>{s().text}</p>}</Show>
      </div>
    </section>
  );
}
