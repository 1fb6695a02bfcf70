/**
 * A short hash of a secret (a person token, a projector key), for naming what a phone stores
 * about it (a localStorage key, an IndexedDB key) without writing the secret itself there:
 * key names are listed by any script on the page, and one device may have held several links.
 * cyrb53, a fast 53-bit string hash: enough to keep people apart, not meant to be secret.
 */
export function hashHex(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}
