import { createSignal, onCleanup, Show, type Accessor, type JSX } from 'solid-js';
import type { Chime } from './chime';

/** The projector's small control strip: sound on/off, warning time, full screen. */
export function ProjectorControls(props: {
  chime: Chime;
  warnSeconds: Accessor<number>;
  setWarnSeconds: (s: number) => void;
}): JSX.Element {
  const canFullscreen = typeof document.documentElement.requestFullscreen === 'function';
  const [full, setFull] = createSignal(document.fullscreenElement !== null && document.fullscreenElement !== undefined);
  const onFull = () => setFull(Boolean(document.fullscreenElement));
  document.addEventListener('fullscreenchange', onFull);
  onCleanup(() => document.removeEventListener('fullscreenchange', onFull));
  const [soundError, setSoundError] = createSignal(false);

  const toggleSound = async () => {
    if (props.chime.enabled()) props.chime.disable();
    else setSoundError(!(await props.chime.enable()));
  };
  const toggleFull = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  };

  return (
    <section class="projector-controls" aria-label="Projector settings">
      <Show when={props.chime.supported} fallback={<span>This browser cannot play sound.</span>}>
        <button
          type="button"
          class={props.chime.enabled() ? '' : 'primary-cta'}
          aria-pressed={props.chime.enabled()}
          onClick={() => void toggleSound()}
          data-testid="sound-toggle"
        >
          {props.chime.enabled() ? 'Sound on ✓' : 'Enable sound'}
        </button>
      </Show>
      <label class="warn-setting">
        Warn
        <input
          type="number"
          min="0"
          max="3600"
          step="5"
          inputMode="numeric"
          value={props.warnSeconds()}
          onChange={(e) => {
            const n = Number(e.currentTarget.value);
            if (Number.isFinite(n)) props.setWarnSeconds(Math.min(3600, Math.max(0, Math.round(n))));
          }}
          data-testid="warn-seconds"
        />
        s before a round ends
      </label>
      <Show when={canFullscreen}>
        <button type="button" class="secondary-dark" onClick={toggleFull}>
          {full() ? 'Exit full screen' : 'Full screen'}
        </button>
      </Show>
      <Show when={soundError()}>
        <span role="alert">Sound could not be turned on in this browser.</span>
      </Show>
    </section>
  );
}
