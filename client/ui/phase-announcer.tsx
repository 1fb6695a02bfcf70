import type { Accessor } from 'solid-js';

/** An aria-live region that announces phase changes to screen readers. */
export function PhaseAnnouncer(props: { text: Accessor<string> }) {
  return (
    <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="phase-announcer">
      {props.text()}
    </div>
  );
}
