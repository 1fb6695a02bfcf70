import { createSignal, For, Show } from 'solid-js';
import { roleWords, type RoleWords } from '../../../../shared/labels/role-words';
import type { OrganizerView } from '../../../../shared/protocol/views';
import { ApiError } from '../../../live/api';
import { LocalhostWarning } from '../network/localhost-warning';
import { DeleteEventCard } from './delete-event';
import { downloadWithKey } from './download';
import './print-panel.css';

interface Printable {
  kind: 'cards' | 'tents' | 'sheet' | 'projector-sign';
  title: string;
  what: string;
  needsPlan?: boolean;
}

/** The printables, described in the event's role words (issue 17). */
const printables = ({ inline: w }: RoleWords): Printable[] => [
  {
    kind: 'cards',
    title: 'Personal cards',
    what:
      `One per ${w.mentor} and ${w.mentee}: their table and time for every round, and the QR code of their page. ` +
      'Four to a page, to cut out.',
  },
  {
    kind: 'tents',
    title: 'Table tents',
    what:
      `One folded sheet per table: the table label large, the ${w.mentor} and topics for the room; ` +
      `the ${w.mentor}’s QR code on their side.`,
  },
  {
    kind: 'sheet',
    title: 'Rotation sheet for the wall',
    what: 'Rounds × tables with names and times; one page up to 20 tables.',
    needsPlan: true,
  },
  {
    kind: 'projector-sign',
    title: 'Projector sign',
    what: 'The QR code of the projector view, for the laptop or phone that drives the big screen.',
  },
];

interface Export {
  key: string;
  label: string;
  path: string;
  file: string;
  needsPlan?: boolean;
}

/** Print, export and back up: links to the printables, the CSV exports and the backup download. */
export function PrintPanel(props: { view: OrganizerView; secret: string; onDeleted?: (eventName: string) => void }) {
  const [status, setStatus] = createSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = createSignal<string | null>(null);
  // Ratings, private notes and contacts are personal: a backup leaves them out unless asked.
  const [withFeedback, setWithFeedback] = createSignal(false);
  const id = () => encodeURIComponent(props.view.event.id);
  const base = () => `/api/events/${id()}`;
  const printHref = (kind: Printable['kind']) =>
    `/organize/${id()}/print/${kind}#key=${encodeURIComponent(props.secret)}`;
  const planned = () => props.view.schedule !== null;

  const exports = (): Export[] => [
    { key: 'people', label: 'People (CSV, the import format)', path: `${base()}/people.csv`, file: 'people.csv' },
    {
      key: 'per-person',
      label: 'Schedule: a row per person per round (CSV)',
      path: `${base()}/schedule.people.csv`,
      file: 'schedule-people.csv',
      needsPlan: true,
    },
    {
      key: 'sheet',
      label: 'Schedule: the wall sheet, rounds × tables (CSV)',
      path: `${base()}/schedule.csv`,
      file: 'schedule.csv',
      needsPlan: true,
    },
  ];

  const download = async (key: string, path: string, file: string) => {
    setBusy(key);
    setStatus(null);
    try {
      const name = await downloadWithKey(path, props.secret, file);
      setStatus({ kind: 'ok', text: `Downloaded ${name}.` });
    } catch (err) {
      setStatus({ kind: 'error', text: `Could not download: ${err instanceof ApiError ? err.message : String(err)}` });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="print-panel">
      <LocalhostWarning linkBase={props.view.links.projector} />
      <section class="card" aria-labelledby="printables-title">
        <h3 id="printables-title">Print</h3>
        <p class="muted">
          Each opens print-ready in a new tab (A4 or US Letter).{' '}
          {props.view.event.plannedStartAt === null
            ? 'Set the planned start on the Plan tab to print the time of every round.'
            : 'Times follow the planned start until the clock runs, then the clock.'}
        </p>
        <ul class="printables">
          <For each={printables(roleWords(props.view.event.labels))}>
            {(p) => (
              <li>
                <Show
                  when={!p.needsPlan || planned()}
                  fallback={
                    <span class="printable-off">
                      {p.title} <span class="muted">(plan the rotation first)</span>
                    </span>
                  }
                >
                  <a href={printHref(p.kind)} target="_blank" rel="noopener" data-testid={`print-${p.kind}`}>
                    {p.title}
                  </a>
                </Show>
                <span class="muted"> — {p.what}</span>
              </li>
            )}
          </For>
        </ul>
      </section>
      <section class="card" aria-labelledby="exports-title">
        <h3 id="exports-title">Export</h3>
        <p class="muted">
          Spreadsheet-safe CSV: cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
        </p>
        <div class="export-buttons">
          <For each={exports()}>
            {(e) => (
              <button
                type="button"
                class="secondary"
                disabled={busy() !== null || (e.needsPlan && !planned())}
                onClick={() => void download(e.key, e.path, e.file)}
              >
                {busy() === e.key ? 'Downloading…' : e.label}
              </button>
            )}
          </For>
        </div>
      </section>
      <section class="card" aria-labelledby="backup-title">
        <h3 id="backup-title">Backup and reuse</h3>
        <p>
          One JSON file with the settings, people, questions, schedule and clock history. To run the event again (next
          month, say), choose <strong>Create from a backup file</strong> on the <a href="/">home page</a>: you get a new
          event with fresh personal links.
        </p>
        <p class="muted">
          The file holds names, emails and questions: keep it as private as the console link. It holds no keys.
        </p>
        <label class="backup-feedback">
          <input
            type="checkbox"
            checked={withFeedback()}
            onChange={(e) => setWithFeedback(e.currentTarget.checked)}
            data-testid="backup-include-feedback"
          />{' '}
          Include feedback (ratings, private notes, follow-ups and shared contacts)
        </label>
        <button
          type="button"
          disabled={busy() !== null}
          onClick={() =>
            void download('backup', `${base()}/backup${withFeedback() ? '?feedback=1' : ''}`, 'tablehop-backup.json')
          }
          data-testid="download-backup"
        >
          {busy() === 'backup' ? 'Downloading…' : 'Download a backup'}
        </button>
      </section>
      <div role="status" class="print-status" data-testid="print-status">
        <Show when={status()}>{(s) => <p class={s().kind === 'ok' ? 'ok' : 'error'}>{s().text}</p>}</Show>
      </div>
      <Show when={props.onDeleted}>
        {(onDeleted) => (
          <DeleteEventCard
            eventId={props.view.event.id}
            eventName={props.view.event.name}
            secret={props.secret}
            onDeleted={onDeleted()}
          />
        )}
      </Show>
    </div>
  );
}
