/**
 * Rows grouped by text without a Map of every text: each row's text hashed to 32 bits, the rows
 * sorted by hash in linear time. A Map of half a million IDs allocates some 30 MB on the heap as
 * it grows, garbage as soon as the column is coded; this takes three Int32Arrays, gone as soon.
 * Equal hashes don't prove equal texts: callers compare the texts of rows that share a hash.
 */

/** FNV-1a of a text's UTF-16 code units, as an int32. */
export function hashText(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h | 0;
}

/**
 * `rows` ordered by `hashes[row]` (unsigned), in place: a radix sort, stable, so rows of one hash
 * stay in their order (ascending rows stay ascending). `spare`, as long as `rows`, is scratch.
 * Two passes of 16 bits for many rows, four of 8 for fewer (a smaller table of counts).
 */
export function sortByHash(rows: Int32Array, hashes: Int32Array, spare: Int32Array): void {
  const bits = rows.length >= 65536 ? 16 : 8, buckets = 1 << bits, mask = buckets - 1;
  const count = new Int32Array(buckets + 1);
  let src = rows, dst = spare;
  for (let shift = 0; shift < 32; shift += bits) {
    count.fill(0);
    for (let k = 0; k < src.length; k++) count[((hashes[src[k]] >>> shift) & mask) + 1]++;
    for (let b = 1; b <= buckets; b++) count[b] += count[b - 1];
    for (let k = 0; k < src.length; k++) {
      const row = src[k];
      dst[count[(hashes[row] >>> shift) & mask]++] = row;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  // An even number of passes: the sorted rows are back in `rows`.
}
