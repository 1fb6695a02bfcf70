import { Show } from 'solid-js';
import { withArticle } from '../../../../shared/labels/article';
import { useRoleWords } from '../role-words';
import type { EditSession } from './edit-session';
import { nextRedo, nextUndo } from './undo-stack';

/** Ctrl or ⌘, as this computer says it. */
export const MOD_KEY = typeof navigator !== 'undefined' && /Mac|iP(hone|ad|od)/.test(navigator.platform) ? '⌘' : 'Ctrl';

/**
 * Above the matrix: how to edit, Undo and Redo (with what each would take back or make
 * again), and the last word on an edit: a refusal with its reason, a stale plan, or the change made.
 */
export function EditBar(props: { session: EditSession }) {
  const s = props.session;
  const words = useRoleWords();
  const one = () => withArticle(words().inline.mentee);
  const undo = () => nextUndo(s.stack());
  const redo = () => nextRedo(s.stack());
  return (
    <div class="edit-bar">
      <p id="edit-help" class="muted edit-help">
        {`To change a seat, pick ${one()} (click, or arrow keys and Enter), then a seat in the same round: another ` +
          `${words().inline.mentee} to swap with, a free seat, or “sit out here”. You can also drag ${one()}. ` +
          'Escape cancels a pick.'}
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
          Undo<kbd>{MOD_KEY}+Z</kbd>
        </button>
        <button
          type="button"
          class="secondary small"
          onClick={() => s.redo()}
          disabled={!redo() || s.busy()}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
          data-testid="plan-redo"
        >
          Redo<kbd>{MOD_KEY}+Shift+Z</kbd>
        </button>
        <span class="muted edit-next" data-testid="undo-next">
          <Show when={undo()} fallback={s.busy() ? 'Saving…' : 'No hand edits to undo.'}>
            {(e) => <>Undo takes back: {e().text}.</>}
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
