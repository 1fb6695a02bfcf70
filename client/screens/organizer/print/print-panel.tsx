import { localRoleWords } from '../../../i18n/role-words';
import { createSignal, For, Show } from 'solid-js';
import type { RoleWords } from '../../../../shared/labels/role-words';
import type { OrganizerView } from '../../../../shared/protocol/views';
import { consoleShare } from '../../../i18n/catalogues/console-share';
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

const { t } = consoleShare;

/** The printables, described in the event's role words (issue 17); call it inside a render (reactive). */
const printables = ({ inline: w }: RoleWords): Printable[] => [
  {
    kind: 'cards',
    title: t('cardsTitle'),
    what: `${t('cardsWhat', { mentor: w.mentor, mentee: w.mentee })} ${t('cardsCut')}`,
  },
  {
    kind: 'tents',
    title: t('tentsTitle'),
    what: `${t('tentsWhat', { mentor: w.mentor })} ${t('tentsQr', { mentor: w.mentor })}`,
  },
  { kind: 'sheet', title: t('sheetTitle'), what: t('sheetWhat'), needsPlan: true },
  { kind: 'projector-sign', title: t('signTitle'), what: t('signWhat') },
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
    { key: 'people', label: t('exportPeople'), path: `${base()}/people.csv`, file: 'people.csv' },
    {
      key: 'per-person',
      label: t('exportPerPerson'),
      path: `${base()}/schedule.people.csv`,
      file: 'schedule-people.csv',
      needsPlan: true,
    },
    {
      key: 'sheet',
      label: t('exportSheet'),
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
      setStatus({ kind: 'ok', text: t('downloaded', { file: name }) });
    } catch (err) {
      setStatus({
        kind: 'error',
        text: t('downloadFailed', { why: err instanceof ApiError ? err.message : String(err) }),
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="print-panel">
      <LocalhostWarning linkBase={props.view.links.projector} />
      <section class="card" aria-labelledby="printables-title">
        <h3 id="printables-title">{t('printTitle')}</h3>
        <p class="muted">
          {t('printLead')} {props.view.event.plannedStartAt === null ? t('printNoStart') : t('printTimes')}
        </p>
        <ul class="printables">
          <For each={printables(localRoleWords(props.view.event.labels))}>
            {(p) => (
              <li>
                <Show
                  when={!p.needsPlan || planned()}
                  fallback={
                    <span class="printable-off">
                      {p.title} <span class="muted">{t('planFirst')}</span>
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
        <h3 id="exports-title">{t('exportTitle')}</h3>
        <p class="muted">{t('exportLead')}</p>
        <div class="export-buttons">
          <For each={exports()}>
            {(e) => (
              <button
                type="button"
                class="secondary"
                disabled={busy() !== null || (e.needsPlan && !planned())}
                onClick={() => void download(e.key, e.path, e.file)}
              >
                {busy() === e.key ? t('downloading') : e.label}
              </button>
            )}
          </For>
        </div>
      </section>
      <section class="card" aria-labelledby="backup-title">
        <h3 id="backup-title">{t('backupTitle')}</h3>
        <p>
          {t('backupWhat')}{' '}
          {consoleShare.rich('backupReuse', {
            button: <strong>{t('backupButton')}</strong>,
            home: <a href="/">{t('backupHome')}</a>,
          })}{' '}
          {t('backupFresh')}
        </p>
        <p class="muted">{t('backupPrivate')}</p>
        <label class="backup-feedback">
          <input
            type="checkbox"
            checked={withFeedback()}
            onChange={(e) => setWithFeedback(e.currentTarget.checked)}
            data-testid="backup-include-feedback"
          />{' '}
          {t('backupFeedback')}
        </label>
        <button
          type="button"
          disabled={busy() !== null}
          onClick={() =>
            void download('backup', `${base()}/backup${withFeedback() ? '?feedback=1' : ''}`, 'tablehop-backup.json')
          }
          data-testid="download-backup"
        >
          {busy() === 'backup' ? t('downloading') : t('downloadBackup')}
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
