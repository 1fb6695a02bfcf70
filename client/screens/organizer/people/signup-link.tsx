import { createSignal, Show } from 'solid-js';
import { ApiError } from '../../../live/api';
import { ConfirmDialog } from '../../../ui/organizer-confirm-dialog';
import { CopyButton } from '../../../ui/organizer-copy-button';
import type { RegistrationSetAnswer, ShownRegistration } from './registration-api';

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
      setDone('A new code is made. The old link and its posters no longer work: share the new link below.');
    } catch (err) {
      setError(`Could not make a new code: ${err instanceof ApiError ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="signup-link" data-testid="signup-link">
      <h4>The sign-up link</h4>
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
        <CopyButton text={props.registration.link} label="Copy the sign-up link" />
      </p>
      <figure class="signup-qr">
        <img
          class="qr"
          src={svgSource(props.registration.qrSvg)}
          alt="QR code of the sign-up link"
          width="200"
          height="200"
          data-testid="signup-qr"
        />
        <figcaption>
          <a class="signup-target" href={svgSource(props.registration.qrSvg)} download="signup-qr-code.svg">
            Download the QR code (SVG) for posters
          </a>
        </figcaption>
      </figure>
      <button type="button" class="secondary small" disabled={busy()} onClick={() => setAsking(true)}>
        {busy() ? 'Making a new code…' : 'Make a new code'}
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
        title="Make a new sign-up code?"
        confirmLabel="Make a new code"
        danger
        onConfirm={() => void renew()}
        onCancel={() => setAsking(false)}
      >
        <p>
          The current link and every poster or QR code of it stop working at once. People who already signed up keep
          their own links.
        </p>
      </ConfirmDialog>
    </div>
  );
}
