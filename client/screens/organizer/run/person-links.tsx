import { createMemo, createSignal, For, Show } from 'solid-js';
import { CopyButton } from '../../../ui/organizer-copy-button';
import { QrCode } from '../../../ui/organizer-qr-code';
import { consoleRun } from '../../../i18n/catalogues/console-run';

/** One link the organizer hands out. */
export interface LinkEntry {
  key: string;
  name: string;
  what: string;
  url: string;
}

/** One link with Copy and a QR code shown on demand. */
function LinkRow(props: { entry: LinkEntry }) {
  const [qr, setQr] = createSignal(false);
  const qrId = () => `qr-${props.entry.key}`;
  return (
    <li class="link-row" data-testid="link-row">
      <div class="link-who">
        <bdi class="link-name">{props.entry.name}</bdi> <span class="muted">{props.entry.what}</span>
      </div>
      <div class="link-actions">
        <a
          href={props.entry.url}
          target="_blank"
          rel="noopener"
          class="link-url"
          aria-label={consoleRun.t('openLabel', { name: props.entry.name })}
        >
          {consoleRun.t('open')}
        </a>
        <CopyButton text={props.entry.url} label={consoleRun.t('copyLabel', { name: props.entry.name })} />
        <button
          type="button"
          class="secondary small"
          aria-expanded={qr()}
          aria-controls={qrId()}
          onClick={() => setQr(!qr())}
          aria-label={consoleRun.t('qrLabel', { name: props.entry.name })}
        >
          {consoleRun.t('qr')}
        </button>
      </div>
      <div id={qrId()} class="link-qr">
        <Show when={qr()}>
          <QrCode text={props.entry.url} alt={consoleRun.t('qrAlt', { name: props.entry.name })} />
        </Show>
      </div>
    </li>
  );
}

/** The projector link and each person's personal link, filterable by name. */
export function PersonLinks(props: { projector: LinkEntry; people: LinkEntry[] }) {
  const [filter, setFilter] = createSignal('');
  const shown = createMemo(() => {
    const f = filter().trim().toLocaleLowerCase();
    return f === '' ? props.people : props.people.filter((p) => p.name.toLocaleLowerCase().includes(f));
  });
  return (
    <section class="card person-links" aria-labelledby="links-title">
      <h3 id="links-title">{consoleRun.t('linksTitle')}</h3>
      <ul class="link-list">
        <LinkRow entry={props.projector} />
      </ul>
      <h4>{consoleRun.t('personalLinks')}</h4>
      <p class="muted">{consoleRun.t('linksHint')}</p>
      <Show when={props.people.length > 6}>
        <div class="field">
          <label for="link-filter">{consoleRun.t('findPerson')}</label>
          <input
            id="link-filter"
            type="search"
            dir="auto"
            value={filter()}
            onInput={(e) => setFilter(e.currentTarget.value)}
          />
        </div>
      </Show>
      <ul class="link-list">
        <For each={shown()} fallback={<li class="muted">{consoleRun.t('noOneYet')}</li>}>
          {(entry) => <LinkRow entry={entry} />}
        </For>
      </ul>
    </section>
  );
}
