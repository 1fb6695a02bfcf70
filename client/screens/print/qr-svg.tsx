import QRCode from 'qrcode';
import { createMemo } from 'solid-js';

/** The dark modules of a QR code as one SVG path (a 1×1 square each), and its size with the quiet zone. */
export function qrPath(text: string, quiet = 4): { d: string; size: number } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let d = '';
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) if (modules.data[row * n + col]) d += `M${col + quiet} ${row + quiet}h1v1h-1z`;
  }
  return { d, size: n + 2 * quiet };
}

/**
 * A QR code drawn as vector SVG in the browser (`qrcode`, no outside service): sharp at any
 * print size, and there at once (no async image), so a page is complete as soon as it renders.
 */
export function QrSvg(props: { text: string; label: string; class?: string; testId?: string }) {
  const qr = createMemo(() => qrPath(props.text));
  return (
    <svg
      class={props.class ?? 'qr-svg'}
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${qr().size} ${qr().size}`}
      shape-rendering="crispEdges"
      data-testid={props.testId ?? 'qr'}
    >
      <rect width={qr().size} height={qr().size} fill="#fff" />
      <path d={qr().d} fill="#000" />
    </svg>
  );
}
