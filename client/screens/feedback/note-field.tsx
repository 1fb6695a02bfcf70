import { createEffect, createSignal, on, onCleanup, type JSX } from 'solid-js';
import { NOTE_MAX } from '../../../shared/schemas/feedback';
import { afterTalk } from '../../i18n/catalogues/after-talk';

/** Typing that pauses this long is saved, so a phone put away mid-note keeps what was written. */
export const NOTE_SAVE_DELAY_MS = 800;

/**
 * A private note, saved when the field is left and after a pause in typing. What is typed
 * stays the field's own while it is being edited; a value arriving from the server replaces
 * it only when the person is not typing.
 */
export function NoteField(props: { id: string; value: string; save: (note: string) => void }): JSX.Element {
  const [draft, setDraft] = createSignal(props.value);
  let editing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Typed but not handed to `save` yet. */
  let unsaved: string | null = null;

  createEffect(
    on(
      () => props.value,
      (v) => !editing && setDraft(v),
      { defer: true },
    ),
  );
  const commit = () => {
    clearTimeout(timer);
    const text = unsaved;
    unsaved = null;
    // The server trims a note: only a change beyond white space is worth a write.
    if (text !== null && text.trim() !== props.value.trim()) props.save(text);
  };
  // A card that goes away (feedback closed, the page switched) still saves what was typed;
  // without reading the card's values, which are being disposed with it.
  onCleanup(() => {
    clearTimeout(timer);
    if (unsaved !== null) props.save(unsaved);
  });

  return (
    <>
      <label for={props.id} class="small note-label">
        {afterTalk.rich('privateNote', { muted: (chunks) => <span class="muted">{chunks}</span> })}
      </label>
      <textarea
        id={props.id}
        rows="2"
        dir="auto"
        maxLength={NOTE_MAX}
        value={draft()}
        onFocus={() => (editing = true)}
        onInput={(e) => {
          editing = true;
          unsaved = e.currentTarget.value;
          setDraft(unsaved);
          clearTimeout(timer);
          timer = setTimeout(commit, NOTE_SAVE_DELAY_MS);
        }}
        onBlur={() => {
          editing = false;
          commit();
        }}
      />
    </>
  );
}
