/** The keyboard shortcuts of the Run panel. */
export type ShortcutAction = 'pause-resume' | 'skip' | 'extend';

/** The key shown on each button. */
export const SHORTCUT_KEYS: Record<ShortcutAction, string> = { 'pause-resume': 'Space', skip: 'N', extend: 'E' };

/** The part of a KeyboardEvent the mapping looks at. */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  repeat?: boolean;
  target?: EventTarget | null;
}

/** Is the user typing into this element (then letters and Space are theirs, not shortcuts)? */
export function isTypingTarget(target: EventTarget | null | undefined): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  if (el.closest('textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"]')) return true;
  const input = el.closest('input');
  if (!input) return false;
  return !['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file'].includes(input.type);
}

/** Elements that Space already activates (pressing it there must not also pause). */
function activatesOnSpace(target: EventTarget | null | undefined): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  return Boolean(
    (target as Element).closest(
      'button, a[href], summary, [role="button"], [role="tab"], input[type="checkbox"], input[type="radio"]',
    ),
  );
}

/** The shortcut a key press means, or null (typing, modifiers, held-down repeats, or another key). */
export function shortcutFor(e: KeyPress): ShortcutAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return null;
  if (isTypingTarget(e.target)) return null;
  if (e.key === ' ' || e.key === 'Spacebar') return activatesOnSpace(e.target) ? null : 'pause-resume';
  const k = e.key.toLowerCase();
  if (k === 'n') return 'skip';
  if (k === 'e') return 'extend';
  return null;
}
