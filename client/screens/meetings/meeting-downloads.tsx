import { createSignal, For, Show, type JSX } from 'solid-js';
import { ApiError } from '../../live/api';
import type { MeetingsFile } from '../../live/meetings-api';

const BUTTONS: { kind: MeetingsFile; label: string }[] = [
  { kind: 'ics', label: 'Calendar (.ics)' },
  { kind: 'csv', label: 'Spreadsheet (.csv)' },
];

/** The two downloads of my meetings; one at a time, and a failure said in words. */
export function MeetingDownloads(props: { download: (kind: MeetingsFile) => Promise<void> }): JSX.Element {
  const [busy, setBusy] = createSignal<MeetingsFile | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const run = async (kind: MeetingsFile) => {
    setBusy(kind);
    setError(null);
    try {
      await props.download(kind);
    } catch (err) {
      setError(`Could not download: ${err instanceof ApiError ? err.message : String(err)}`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section class="card meeting-downloads" aria-labelledby="meeting-downloads-title">
      <h2 id="meeting-downloads-title">Take them with you</h2>
      <div class="actions">
        <For each={BUTTONS}>
          {(b) => (
            <button type="button" class="secondary" disabled={busy() !== null} onClick={() => void run(b.kind)}>
              {busy() === b.kind ? 'Downloading…' : b.label}
            </button>
          )}
        </For>
      </div>
      <div role="status" data-testid="meeting-downloads-status">
        <Show when={error()}>{(e) => <p class="error">{e()}</p>}</Show>
      </div>
    </section>
  );
}
