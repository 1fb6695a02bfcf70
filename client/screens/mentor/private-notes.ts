/**
 * Where earlier versions kept a mentor's private note about a mentee: this browser's
 * localStorage only. Notes are now stored on the server with the meeting's feedback; these
 * are read once more to move what is left there (move-local-notes.ts).
 */
export function noteKey(eventId: string, mentorId: string, menteeId: string): string {
  return `tablehop.note.${eventId}.${mentorId}.${menteeId}`;
}

export function readNote(key: string, storage: Storage | undefined = safeStorage()): string {
  try {
    return storage?.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/** Save (or, when empty, forget) a note; false when the browser refuses storage. */
export function writeNote(key: string, text: string, storage: Storage | undefined = safeStorage()): boolean {
  try {
    if (!storage) return false;
    if (text.trim() === '') storage.removeItem(key);
    else storage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
