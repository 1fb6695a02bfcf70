import { createSignal, Show } from 'solid-js';
import { consoleSignup } from '../../../i18n/catalogues/console-signup';
import { ApiError } from '../../../live/api';
import { ConfirmDialog } from '../../../ui/organizer-confirm-dialog';
import { CopyButton } from '../../../ui/organizer-copy-button';
import type { RegistrationSetAnswer, ShownRegistration } from './registration-api';

const { t } = consoleSignup;

/**
 * The server's QR code as an image source. An SVG drawn by <img> runs no script and loads
 * nothing, so the server's markup never enters this page's DOM (no innerHTML).
 */
export const svgSource = (svg: string): string => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/**
 * The sign-up link (with Copy), its QR code for posters (shown and downloadable), and "Make
 * a new code", which asks first: the old link and every poster of it stop working at once.
 */
export function SignupLink(props: { registration: ShownRegistration; newCode: () => Promise<RegistrationSetAnswer> }) {
  const [asking, setAsking] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [done, setDone] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);

  const renew = async () => {
    setAsking(false);
    setBusy(true);
    setDone(null);
    setError(null);
    try {
      await props.newCode();
      setDone(t('codeMade'));
    } catch (err) {
      setError(t('codeFailed', { why: err instanceof ApiError ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="signup-link" data-testid="signup-link">
      <h4>{t('linkTitle')}</h4>
      <p class="signup-link-row">
        <a
          class="signup-target"
          href={props.registration.link}
          data-testid="signup-link-url"
          target="_blank"
          rel="noopener"
        >
          {props.registration.link}
        </a>{' '}
        <CopyButton text={props.registration.link} label={t('copyLink')} />
      </p>
      <figure class="signup-qr">
        <img
          class="qr"
          src={svgSource(props.registration.qrSvg)}
          alt={t('qrAlt')}
          width="200"
          height="200"
          data-testid="signup-qr"
        />
        <figcaption>
          <a class="signup-target" href={svgSource(props.registration.qrSvg)} download="signup-qr-code.svg">
            {t('downloadQr')}
          </a>
        </figcaption>
      </figure>
      <button type="button" class="secondary small" disabled={busy()} onClick={() => setAsking(true)}>
        {busy() ? t('makingCode') : t('makeCode')}
      </button>
      <div role="status" class="form-status">
        <Show when={done()}>
          <p class="ok">{done()}</p>
        </Show>
      </div>
      <Show when={error()}>
        <p role="alert" class="error">
          {error()}
        </p>
      </Show>
      <ConfirmDialog
        open={asking()}
        id="signup-new-code"
        title={t('codeTitle')}
        confirmLabel={t('makeCode')}
        cancelLabel={t('cancel')}
        danger
        onConfirm={() => void renew()}
        onCancel={() => setAsking(false)}
      >
        <p>{t('codeBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
