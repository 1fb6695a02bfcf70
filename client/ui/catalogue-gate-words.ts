import type { GateWords } from './gate-words';

/**
 * A page's gate words read from its own catalogue namespace (the phone's, the projector's), each
 * under its GateWords name; `read`'s type makes a key missing from the catalogue a type error.
 * A proxy rather than a getter per key: no list of keys rides in the phone's bundle (its weight
 * budget, issue 19), and each read follows the page's language, so a switch from the menu
 * re-renders the words too. The pieces only read the words by name.
 */
export function catalogueGateWords(read: (key: keyof GateWords) => string): GateWords {
  return new Proxy({} as GateWords, {
    get: (_, key) => (typeof key === 'string' ? read(key as keyof GateWords) : undefined),
  });
}
