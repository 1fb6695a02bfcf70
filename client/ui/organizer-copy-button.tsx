import { createSignal, onCleanup, Show } from 'solid-js';
import { common } from '../i18n/catalogues/common';
import { copyText } from './organizer-copy';

/**
 * A Copy button with its outcome announced next to it ("Copied" or, when the browser will not
 * copy, the text selected in a field to copy by hand).
 */
export function CopyButton(props: { text: string; label: string; class?: string }) {
  const [state, setState] = createSignal<'idle' | 'copied' | 'failed'>('idle');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let manual: HTMLInputElement | undefined;
  onCleanup(() => clearTimeout(timer));
  const onClick = async () => {
    clearTimeout(timer);
    const ok = await copyText(props.text);
    setState(ok ? 'copied' : 'failed');
    if (ok) timer = setTimeout(() => setState('idle'), 2500);
    else queueMicrotask(() => manual?.select());
  };
  return (
    <span class={`copy ${props.class ?? ''}`}>
      <button type="button" class="secondary small" onClick={onClick} aria-label={props.label}>
        {common.t('copy')}
      </button>
      <span role="status" class="copy-status">
        <Show when={state() === 'copied'}>
          <span class="ok">{common.t('copied')}</span>
        </Show>
      </span>
      <Show when={state() === 'failed'}>
        <label class="copy-manual">
          <span class="visually-hidden">{common.t('copyByHandLabel')}</span>
          <input ref={manual} readonly value={props.text} onFocus={(e) => e.currentTarget.select()} />
          <span class="muted"> {common.t('copyByHandHint')}</span>
        </label>
      </Show>
    </span>
  );
}
