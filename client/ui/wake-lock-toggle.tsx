import { Show, type JSX } from 'solid-js';
import { phone } from '../i18n/catalogues/phone';
import type { WakeLockControl } from '../live/wake-lock';

/** The "keep screen awake" switch (hidden help text when the browser cannot do it). */
export function WakeLockToggle(props: { control: WakeLockControl }): JSX.Element {
  const c = props.control;
  return (
    <div class="wake-lock">
      <Show when={c.supported} fallback={<p class="muted small">{phone.t('wakeTip')}</p>}>
        <button
          type="button"
          class="secondary toggle"
          aria-pressed={c.wanted()}
          onClick={() => void c.setWanted(!c.wanted())}
          data-testid="wake-lock"
        >
          <span aria-hidden="true">{c.wanted() ? '☀' : '☾'}</span>{' '}
          {c.wanted() ? phone.t('screenStaysOn') : phone.t('keepScreenOn')}
        </button>
        <Show when={c.error()}>{(e) => <p class="error small">{e()}</p>}</Show>
      </Show>
    </div>
  );
}
