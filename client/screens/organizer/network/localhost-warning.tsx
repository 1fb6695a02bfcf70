import { For, Show } from 'solid-js';
import { isLoopbackUrl } from '../../../../shared/protocol/loopback';
import { consoleAt, createLanInfo } from './lan-info';
import './localhost-warning.css';

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
        <h3>Phones cannot open these links</h3>
        <p>
          Every personal link and QR code points to <code dir="ltr">{new URL(props.linkBase).host}</code>, which only
          this computer can open.
        </p>
        <Show
          when={lan().length > 0}
          fallback={
            <p>
              <Show
                when={info()?.publicUrlSet}
                fallback={
                  <>
                    Tablehop listens on this computer only. Restart it without <code>HOST</code> (or with{' '}
                    <code>HOST=0.0.0.0</code>) and open the console at this computer's network address, or set{' '}
                    <code>TABLEHOP_PUBLIC_URL</code> to the address phones use.
                  </>
                }
              >
                <code>TABLEHOP_PUBLIC_URL</code> is set to a localhost address: set it to the address phones use.
              </Show>
            </p>
          }
        >
          <p>Open the console at this computer's network address instead; every link and QR code then uses it:</p>
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
          <p class="muted">Phones must be on the same network (the venue Wi-Fi) as this computer.</p>
        </Show>
      </section>
    </Show>
  );
}
