import { createMemo, createSignal, For, Show } from 'solid-js';
import { ApiError } from '../../../live/api';
import { PersonNames } from '../../../ui/person-name';
import { useRoleWords } from '../role-words';
import { issueLines, previewCsv } from './csv-preview';

const EXAMPLE = `role,name,table,topics,bio,questions,wishes,avoid
mentor,Grace Hopper,T1,compilers;careers,Rear admiral,,,
mentor,李雷,T2,design,,,,
mentee,Zoë,,,,How do I start?|What should I read?,Grace Hopper,
mentee,عمر,,,,,,李雷`;

/**
 * Paste or upload a participants CSV: the preview parses it here, in the browser, and lists
 * every bad line before anything is saved; Import sends it, and the server's refusal (if any)
 * is listed the same way.
 */
export function CsvImport(props: { importCsv: (text: string) => Promise<unknown>; onImported?: () => void }) {
  const [text, setText] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [result, setResult] = createSignal<
    { ok: true; message: string } | { ok: false; message: string; lines: string[] } | null
  >(null);
  const words = useRoleWords();
  const preview = createMemo(() => previewCsv(text(), undefined, words()));
  const invalid = () => {
    const p = preview();
    return p.state === 'invalid' ? p : null;
  };
  const ready = () => {
    const p = preview();
    return p.state === 'ready' ? p : null;
  };

  const onFile = async (e: Event & { currentTarget: HTMLInputElement }) => {
    const file = e.currentTarget.files?.[0];
    if (!file) return;
    setResult(null);
    setText(await file.text());
  };

  const onImport = async () => {
    const p = preview();
    if (p.state !== 'ready') return;
    setBusy(true);
    setResult(null);
    try {
      await props.importCsv(text());
      setResult({ ok: true, message: `Imported: ${p.summary.replace(/^Ready to import /, '')}` });
      setText('');
      props.onImported?.();
    } catch (err) {
      const e = err instanceof ApiError ? err : null;
      setResult({
        ok: false,
        message: `The server refused the file: ${e?.message ?? String(err)}. Nothing was saved.`,
        lines: e ? issueLines(e.issues) : [],
      });
    } finally {
      setBusy(false);
    }
  };

  const meetingUrlNote = () => `${words().inline.mentors}; a remote table's https:// call link`;
  return (
    <section class="card csv-import" aria-labelledby="csv-title">
      <h3 id="csv-title">Import from a spreadsheet (CSV)</h3>
      <p class="muted">
        One row per person with a header row. Columns: <code>role</code> (mentor or mentee), <code>name</code>, and
        optionally <code>table</code>, <code>topics</code>, <code>bio</code>, <code>meeting_url</code> (
        {meetingUrlNote()}), <code>questions</code>, <code>wishes</code>, <code>avoid</code>, <code>priority</code> (
        {words().inline.mentees}; a whole number, higher first), <code>email</code> and <code>group</code> (a company or
        team). Separate topics, wishes and avoid with <code>;</code> and questions with <code>|</code>.
      </p>
      <details class="csv-example">
        <summary>Show an example</summary>
        <pre dir="auto">{EXAMPLE}</pre>
      </details>
      <div class="field">
        <label for="csv-file">Upload a CSV file</label>
        <input id="csv-file" type="file" accept=".csv,text/csv,text/plain" onChange={onFile} />
      </div>
      <div class="field">
        <label for="csv-text">Or paste the CSV here</label>
        <textarea
          id="csv-text"
          rows={8}
          dir="auto"
          spellcheck={false}
          value={text()}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setResult(null);
          }}
          aria-describedby="csv-preview"
        />
      </div>
      <div id="csv-preview" class="csv-preview" aria-live="polite" data-testid="csv-preview">
        <Show when={invalid()}>
          {(p) => (
            <>
              <p class="error">{p().summary}</p>
              <ul class="issue-list" data-testid="csv-issues">
                <For each={p().lines}>{(line) => <li dir="auto">{line}</li>}</For>
              </ul>
            </>
          )}
        </Show>
        <Show when={ready()}>
          {(p) => (
            <>
              <p class="ok">{p().summary}</p>
              <p class="muted preview-names">
                <Show when={p().mentors.length > 0}>
                  <span>
                    {words().mentors}: <PersonNames names={p().mentors} />.{' '}
                  </span>
                </Show>
                <Show when={p().mentees.length > 0}>
                  <span>
                    {words().mentees}: <PersonNames names={p().mentees} />.
                  </span>
                </Show>
              </p>
            </>
          )}
        </Show>
      </div>
      <button type="button" onClick={onImport} disabled={busy() || preview().state !== 'ready'}>
        {busy() ? 'Importing…' : 'Import'}
      </button>
      <div role="status" class="import-result" data-testid="csv-result">
        <Show when={result()}>
          {(r) => {
            const res = r();
            return res.ok ? (
              <p class="ok">{res.message}</p>
            ) : (
              <>
                <p class="error">{res.message}</p>
                <ul class="issue-list">
                  <For each={res.lines}>{(line) => <li dir="auto">{line}</li>}</For>
                </ul>
              </>
            );
          }}
        </Show>
      </div>
    </section>
  );
}
