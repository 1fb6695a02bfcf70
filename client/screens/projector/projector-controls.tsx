import { createSignal, onCleanup, Show, type Accessor, type JSX } from 'solid-js';
import { projector } from '../../i18n/catalogues/projector';
import { LanguageMenu } from '../../i18n/language-menu';
import type { Chime } from './chime';

/** The projector's small control strip: sound on/off, warning time, full screen, language. */
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

  const warnInput = () => (
    <input
      id="projector-warn"
      type="number"
      min="0"
      max="3600"
      step="5"
      inputMode="numeric"
      dir="ltr"
      value={props.warnSeconds()}
      onChange={(e) => {
        const n = Number(e.currentTarget.value);
        if (Number.isFinite(n)) props.setWarnSeconds(Math.min(3600, Math.max(0, Math.round(n))));
      }}
      data-testid="warn-seconds"
    />
  );

  return (
    <section class="projector-controls" aria-label={projector.t('controlsLabel')}>
      <Show when={props.chime.supported} fallback={<span>{projector.t('noSound')}</span>}>
        <button
          type="button"
          class={props.chime.enabled() ? '' : 'primary-cta'}
          aria-pressed={props.chime.enabled()}
          onClick={() => void toggleSound()}
          data-testid="sound-toggle"
        >
          {props.chime.enabled() ? projector.t('soundOn') : projector.t('enableSound')}
        </button>
      </Show>
      {/* The field sits inside the sentence, where each language puts it ("Warn 60 s before …"). */}
      <label class="warn-setting" for="projector-warn">
        {projector.rich('warnSetting', { input: warnInput() })}
      </label>
      <Show when={canFullscreen}>
        <button type="button" class="secondary-dark" onClick={toggleFull}>
          {full() ? projector.t('exitFullScreen') : projector.t('fullScreen')}
        </button>
      </Show>
      <LanguageMenu id="projector-language" />
      <Show when={soundError()}>
        <span role="alert">{projector.t('soundFailed')}</span>
      </Show>
    </section>
  );
}
