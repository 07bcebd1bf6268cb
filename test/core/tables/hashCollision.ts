/**
 * Test helpers for code that groups texts by a 32-bit hash: an FNV-1a written independently of
 * src/core/tables/hashRows (no Math.imul: the prime is 2^24 + 403), and a pair of distinct short
 * texts with the same hash, found by brute force (a birthday search: some 60,000 tries).
 */

/** FNV-1a 32-bit of a text's UTF-16 code units, unsigned. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) {
    h = (h ^ s.charCodeAt(k)) >>> 0;
    // h * 16777619 mod 2^32, as h * 403 + h * 2^24: both terms exact in a double.
    h = (h * 403 + ((h << 24) >>> 0)) >>> 0;
  }
  return h;
}

let found: [string, string] | undefined;

/** Two distinct lower-case ASCII texts (letters and digits, no spaces) with equal FNV-1a hashes. */
export function collidingPair(): [string, string] {
  if (found) return found;
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    // Scrambled numbers in base 36 collide about as soon as random texts would.
    const s = 'id' + (Math.imul(i, 2654435761) >>> 0).toString(36);
    const h = fnv1a(s);
    const other = seen.get(h);
    if (other !== undefined && other !== s) return (found = [other, s]);
    seen.set(h, s);
  }
}
