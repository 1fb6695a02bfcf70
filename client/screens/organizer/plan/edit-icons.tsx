import type { JSX } from 'solid-js';

/*
 * Small icons drawn in SVG (in the text's colour) rather than emoji, which many machines
 * (Debian's Chromium among them) draw as an empty box. Hidden from screen readers: the text
 * beside each says the same.
 */

/** A push pin: a pinned meeting. */
export function PinIcon(): JSX.Element {
  return (
    <svg class="edit-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true">
      <path
        fill="currentColor"
        d="M5 1h6v1.5l-1 .8v3.4l2.5 2.3V10H8.8v4.2L8 15.5l-.8-1.3V10H3.5V9l2.5-2.3V3.3l-1-.8z"
      />
    </svg>
  );
}

/** A padlock: a locked round. */
export function LockIcon(): JSX.Element {
  return (
    <svg class="edit-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true">
      <path fill="currentColor" d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2H13v8H3V7zm1.6 0h3.8V5a1.9 1.9 0 0 0-3.8 0z" />
    </svg>
  );
}
