import { createSignal, For, Show, type JSX } from 'solid-js';
import { afterTalk } from '../../i18n/catalogues/after-talk';
import type { MeetingsFile } from '../../live/meetings-api';
import { phoneErrorText } from '../../live/phone-error-text';

const BUTTONS: { kind: MeetingsFile; label: 'downloadIcs' | 'downloadCsv' }[] = [
  { kind: 'ics', label: 'downloadIcs' },
  { kind: 'csv', label: 'downloadCsv' },
];

/** The two downloads of my meetings; one at a time, and a failure said in words (the page's language). */
export function MeetingDownloads(props: { download: (kind: MeetingsFile) => Promise<void> }): JSX.Element {
  const [busy, setBusy] = createSignal<MeetingsFile | null>(null);
  // The failure itself, not its words: they follow the page's language when it changes.
  const [failure, setFailure] = createSignal<{ cause: unknown } | null>(null);
  const run = async (kind: MeetingsFile) => {
    setBusy(kind);
    setFailure(null);
    try {
      await props.download(kind);
    } catch (err) {
      setFailure({ cause: err });
    } finally {
      setBusy(null);
    }
  };
  return (
    <section class="card meeting-downloads" aria-labelledby="meeting-downloads-title">
      <h2 id="meeting-downloads-title">{afterTalk.t('takeThemAlong')}</h2>
      <div class="actions">
        <For each={BUTTONS}>
          {(b) => (
            <button type="button" class="secondary" disabled={busy() !== null} onClick={() => void run(b.kind)}>
              {busy() === b.kind ? afterTalk.t('downloading') : afterTalk.t(b.label)}
            </button>
          )}
        </For>
      </div>
      <div role="status" data-testid="meeting-downloads-status">
        <Show when={failure()}>
          {(f) => <p class="error">{afterTalk.t('downloadFailed', { why: phoneErrorText(f().cause) })}</p>}
        </Show>
      </div>
    </section>
  );
}
