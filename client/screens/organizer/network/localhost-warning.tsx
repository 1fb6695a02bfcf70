import { For, Show, type JSX } from 'solid-js';
import { consoleText } from '../../../i18n/catalogues/console';
import { isLoopbackUrl } from '../../../../shared/protocol/loopback';
import { consoleAt, createLanInfo } from './lan-info';
import './localhost-warning.css';

/** A setting's name inside a message, kept as written. */
const code = (chunks: (string | JSX.Element)[]) => <code>{chunks}</code>;

/**
 * Shown on the Run and Print tabs while the event's links point to localhost: a phone scanning
 * such a QR code opens nothing. Links follow the address the console is opened at (unless
 * TABLEHOP_PUBLIC_URL fixes them), so the fix is one click: the console at a LAN address.
 */
export function LocalhostWarning(props: { linkBase: string }) {
  const info = createLanInfo(() => isLoopbackUrl(props.linkBase));
  const lan = () => info()?.lanUrls ?? [];
  return (
    <Show when={isLoopbackUrl(props.linkBase)}>
      <section class="card localhost-warning" role="alert" data-testid="localhost-warning">
        <h3>{consoleText.t('phonesCannotOpen')}</h3>
        <p>{consoleText.rich('linksPointTo', { host: <code dir="ltr">{new URL(props.linkBase).host}</code> })}</p>
        <Show
          when={lan().length > 0}
          fallback={
            <p>
              <Show
                when={info()?.publicUrlSet}
                fallback={
                  <>
                    {consoleText.t('listensLocally')}{' '}
                    {consoleText.rich('restartLocal', {
                      host: <code>HOST</code>,
                      anyHost: <code>HOST=0.0.0.0</code>,
                    })}{' '}
                    {consoleText.rich('publicUrlWhere', { publicUrl: <code>TABLEHOP_PUBLIC_URL</code> })}
                  </>
                }
              >
                {consoleText.rich('publicUrlLocal', { code })}
              </Show>
            </p>
          }
        >
          <p>{consoleText.t('openAtLan')}</p>
          <ul class="lan-urls">
            <For each={lan()}>
              {(u) => (
                <li>
                  <a href={consoleAt(u, window.location)} data-testid="lan-console-link" dir="ltr">
                    {u}
                  </a>
                </li>
              )}
            </For>
          </ul>
          <p class="muted">{consoleText.t('sameNetwork')}</p>
        </Show>
      </section>
    </Show>
  );
}
