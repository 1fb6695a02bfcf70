import type { Phrase } from '../../../ui/person-name';

// Private-use characters: no catalogue or name holds them, so they mark the slots safely.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'u');

/**
 * A translated message with phrases (names marked) in its placeholders, as one phrase. `fill`
 * formats the message with `slot(phrase)` as each placeholder's value: the words around the
 * names come in the language's own order, and the names stay marked for isolation.
 */
export function phraseOf(fill: (slot: (part: Phrase) => string) => string): Phrase {
  const slots: Phrase[] = [];
  const text = fill((part) => `${OPEN}${slots.push(part) - 1}${CLOSE}`);
  const out: (string | { readonly name: string })[] = [];
  // split with one capture group: text, slot index, text, slot index, …
  text.split(SLOT).forEach((piece, i) => {
    if (i % 2 === 1) out.push(...slots[Number(piece)]!);
    else if (piece !== '') out.push(piece);
  });
  return out;
}
