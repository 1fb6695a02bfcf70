import { Show } from 'solid-js';
import { consolePlanEdit } from '../../../i18n/catalogues/console-plan-edit';
import { useRoleWords } from '../role-words';
import type { EditSession } from './edit-session';
import { articleOf } from './edit-words';
import { nextRedo, nextUndo } from './undo-stack';

const MAC = typeof navigator !== 'undefined' && /Mac|iP(hone|ad|od)/.test(navigator.platform);

/** Ctrl or ⌘, as this computer (and, for Ctrl, the page's language: "Strg") says it. */
export function modKey(): string {
  return MAC ? '⌘' : consolePlanEdit.t('ctrlKey');
}

/**
 * Above the matrix: how to edit, Undo and Redo (with what each would take back or make
 * again), and the last word on an edit: a refusal with its reason, a stale plan, or the change made.
 */
export function EditBar(props: { session: EditSession }) {
  const s = props.session;
  const words = useRoleWords();
  const { t } = consolePlanEdit;
  const help = () => {
    const mentee = words().inline.mentee;
    const one = { an: articleOf(mentee), mentee };
    return [t('helpPick', one), t('helpTargets', { mentee }), t('helpDrag', one), t('helpEscape')].join(' ');
  };
  const undo = () => nextUndo(s.stack());
  const redo = () => nextRedo(s.stack());
  return (
    <div class="edit-bar">
      <p id="edit-help" class="muted edit-help">
        {help()}
      </p>
      <div class="edit-tools">
        <button
          type="button"
          class="secondary small"
          onClick={() => s.undo()}
          disabled={!undo() || s.busy()}
          aria-keyshortcuts="Control+Z Meta+Z"
          data-testid="plan-undo"
        >
          {t('undo')}
          <kbd>{modKey()}+Z</kbd>
        </button>
        <button
          type="button"
          class="secondary small"
          onClick={() => s.redo()}
          disabled={!redo() || s.busy()}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
          data-testid="plan-redo"
        >
          {t('redo')}
          <kbd>
            {modKey()}+{t('shiftKey')}+Z
          </kbd>
        </button>
        <span class="muted edit-next" data-testid="undo-next">
          <Show when={undo()} fallback={s.busy() ? t('saving') : t('noUndo')}>
            {(e) => t('undoTakesBack', { edit: e().text })}
          </Show>
        </span>
      </div>
      <div class="edit-notice" data-testid="edit-notice">
        <Show when={s.notice()}>
          {(n) => (
            <p
              classList={{
                error: n().kind === 'refused' || n().kind === 'stale',
                ok: n().kind === 'done',
                muted: n().kind === 'info',
              }}
            >
              <Show when={n().kind === 'refused'}>
                <span aria-hidden="true">⚠ </span>
              </Show>
              {n().text}
            </p>
          )}
        </Show>
      </div>
    </div>
  );
}
