import QRCode from 'qrcode';
import { createResource, Show } from 'solid-js';

/** A QR code of `text` as an image with a text alternative; generated only when shown. */
export function QrCode(props: { text: string; alt: string; size?: number }) {
  const [src] = createResource(
    () => props.text,
    (text) => QRCode.toDataURL(text, { margin: 1, width: props.size ?? 240, errorCorrectionLevel: 'M' }),
  );
  return (
    <Show when={src()} fallback={<span class="muted">Making the QR code…</span>}>
      {(url) => <img class="qr" src={url()} alt={props.alt} width={props.size ?? 240} height={props.size ?? 240} />}
    </Show>
  );
}
