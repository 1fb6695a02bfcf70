import { createSignal, Show } from 'solid-js';
import { eventImportedSchema, type EventCreated } from '../../../shared/protocol/answers';
import { home } from '../../i18n/catalogues/home';
import { api, ApiError } from '../../live/api';
import { issueText } from '../../i18n/issue-text';

/** The largest backup the server reads (16 MiB); bigger files are refused before upload. */
const MAX_BYTES = 16 * 1024 * 1024;

/**
 * "Create from a backup file": a new event with the backup's settings, people, questions and
 * schedule, and fresh personal links. The server checks the file (version, checksum) and
 * says what is wrong; nothing is created then.
 */
export function BackupImport(props: { onCreated: (c: EventCreated) => void; secret?: () => string | null }) {
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    if (file.size > MAX_BYTES) return setError(home.t('backupTooLarge'));
    setBusy(true);
    try {
      let body: unknown;
      try {
        body = JSON.parse(await file.text());
      } catch {
        throw new Error(home.t('backupNotJson'));
      }
      const secret = props.secret?.() ?? null;
      props.onCreated(await api('/api/events/import', eventImportedSchema, { method: 'POST', body, secret }));
    } catch (err) {
      const issues =
        err instanceof ApiError && err.issues.length > 0
          ? ` (${err.issues
              .slice(0, 3)
              .map((i) => `${i.path}: ${issueText(i)}`)
              .join('; ')})`
          : '';
      setError(`${err instanceof Error ? err.message : String(err)}${issues}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card home-backup" aria-labelledby="backup-import-title">
      <h2 id="backup-import-title">{home.t('backupTitle')}</h2>
      <p>{home.t('backupText')}</p>
      <div class="field">
        <label for="backup-file">{home.t('backupFileLabel')}</label>
        <input
          id="backup-file"
          type="file"
          accept=".json,application/json"
          disabled={busy()}
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
          aria-describedby="backup-import-error"
        />
      </div>
      <Show when={busy()}>
        <p class="muted" role="status">
          {home.t('backupCreating')}
        </p>
      </Show>
      <div id="backup-import-error" role="alert">
        <Show when={error()}>
          {(e) => (
            <p class="error" data-testid="backup-import-error">
              {e()}
            </p>
          )}
        </Show>
      </div>
    </section>
  );
}
