import { createMemo, createSignal, For, type JSX, Show } from 'solid-js';
import { consoleSignup } from '../../../i18n/catalogues/console-signup';
import { ApiError } from '../../../live/api';
import { PersonNames } from '../../../ui/person-name';
import { useRoleWords } from '../role-words';
import { countedPeople, issueLines, previewCsv } from './csv-preview';

const EXAMPLE = `role,name,table,topics,bio,questions,wishes,avoid
mentor,Grace Hopper,T1,compilers;careers,Rear admiral,,,
mentor,李雷,T2,design,,,,
mentee,Zoë,,,,How do I start?|What should I read?,Grace Hopper,
mentee,عمر,,,,,,李雷`;

const { t, rich } = consoleSignup;
/** A CSV column or separator inside the help text (the messages' <c> tag). */
const c = (chunks: (string | JSX.Element)[]) => <code>{chunks}</code>;

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
      setResult({ ok: true, message: t('csvImported', countedPeople(p, words().inline)) });
      setText('');
      props.onImported?.();
    } catch (err) {
      const e = err instanceof ApiError ? err : null;
      setResult({
        ok: false,
        message: t('csvRefused', { why: e?.message ?? String(err) }),
        lines: e ? issueLines(e.issues) : [],
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card csv-import" aria-labelledby="csv-title">
      <h3 id="csv-title">{t('csvTitle')}</h3>
      <p class="muted">
        {t('csvRows')} {rich('csvColumns', { c })} {rich('csvMeetingUrl', { c, mentors: words().inline.mentors })}{' '}
        {rich('csvPriority', { c, mentees: words().inline.mentees })} {rich('csvEmail', { c })}{' '}
        {rich('csvSeparators', { c })}
      </p>
      <details class="csv-example">
        <summary>{t('csvExample')}</summary>
        <pre dir="auto">{EXAMPLE}</pre>
      </details>
      <div class="field">
        <label for="csv-file">{t('csvUpload')}</label>
        <input id="csv-file" type="file" accept=".csv,text/csv,text/plain" onChange={onFile} />
      </div>
      <div class="field">
        <label for="csv-text">{t('csvPaste')}</label>
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
                    {rich('csvNames', { role: words().mentors, names: <PersonNames names={p().mentors} /> })}{' '}
                  </span>
                </Show>
                <Show when={p().mentees.length > 0}>
                  <span>{rich('csvNames', { role: words().mentees, names: <PersonNames names={p().mentees} /> })}</span>
                </Show>
              </p>
            </>
          )}
        </Show>
      </div>
      <button type="button" onClick={onImport} disabled={busy() || preview().state !== 'ready'}>
        {busy() ? t('csvImporting') : t('csvImport')}
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
