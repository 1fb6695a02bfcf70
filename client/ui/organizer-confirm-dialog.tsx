import { createEffect, onCleanup, type JSX } from 'solid-js';

/**
 * A modal confirmation built on <dialog> (focus moves in and is kept there, Escape cancels,
 * the page behind is inert). Focus starts on the safe choice and returns where it was.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: JSX.Element;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  id?: string;
}) {
  let dialog: HTMLDialogElement | undefined;
  let cancelButton: HTMLButtonElement | undefined;
  let returnFocus: Element | null = null;
  const id = props.id ?? `confirm-${Math.random().toString(36).slice(2, 8)}`;

  createEffect(() => {
    if (!dialog) return;
    if (props.open && !dialog.open) {
      returnFocus = document.activeElement;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      cancelButton?.focus();
    } else if (!props.open && dialog.open) {
      dialog.close();
      if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
    }
  });
  onCleanup(() => dialog?.open && dialog.close());

  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{props.title}</h2>
      <div id={`${id}-body`}>{props.children}</div>
      <div class="dialog-actions">
        <button ref={cancelButton} type="button" class="secondary" onClick={() => props.onCancel()}>
          {props.cancelLabel ?? 'Cancel'}
        </button>
        <button type="button" classList={{ danger: props.danger }} onClick={() => props.onConfirm()}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
