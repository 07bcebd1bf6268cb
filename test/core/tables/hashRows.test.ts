/** hashRows: the 32-bit text hash and the radix sort that group rows without a Map of every text. */
import { hashText, sortByHash } from '../../../src/core/tables/hashRows';
import { collidingPair, fnv1a } from './hashCollision';

/** A small deterministic generator (xorshift32), so the tests are the same every run. */
function random(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x | 0;
  };
}

/** The order sortByHash promises: by unsigned hash, ties in their order in `rows` (a stable comparison sort). */
function reference(rows: Int32Array, hashes: Int32Array): number[] {
  return Array.from(rows, (row, at) => ({ row, at }))
    .sort((a, b) => (hashes[a.row] >>> 0) - (hashes[b.row] >>> 0) || a.at - b.at)
    .map((x) => x.row);
}

/** Sorts a copy of `rows` (checking that the answer lands in `rows` itself, not in the spare). */
function sorted(rows: Int32Array, hashes: Int32Array): number[] {
  const copy = rows.slice();
  sortByHash(copy, hashes, new Int32Array(copy.length));
  return Array.from(copy);
}

describe('hashText: FNV-1a of the UTF-16 code units, as an int32', () => {
  it('gives the published FNV-1a 32-bit values', () => {
    // Test vectors of the FNV reference (draft-eastlake-fnv): "" 0x811c9dc5, "a" 0xe40c292c, "foobar" 0xbf9cf968.
    expect(hashText('')).toBe(0x811c9dc5 | 0);
    expect(hashText('a')).toBe(0xe40c292c | 0);
    expect(hashText('foobar')).toBe(0xbf9cf968 | 0);
  });

  it('agrees with an independent FNV-1a on ASCII, accented and astral texts, and is an int32', () => {
    for (const s of ['Acme', 'acme', 'D-000123', 'Émile', 'émile', 'Zürich GmbH', '東京', '🙂 smile', 'x'.repeat(1000)]) {
      const h = hashText(s);
      expect(h).toBe(fnv1a(s) | 0);
      expect(Number.isInteger(h) && h >= -(2 ** 31) && h < 2 ** 31).toBe(true);
    }
  });

  it('hashes equal texts equal (built differently), and case apart', () => {
    const a = 'Customer ' + 42, b = ['Cus', 'tomer', ' 4', '2'].join('');
    expect(hashText(a)).toBe(hashText(b));
    expect(hashText('Acme')).not.toBe(hashText('acme'));
  });

  it('the colliding pair of the test helper does collide under hashText', () => {
    const [a, b] = collidingPair();
    expect(a).not.toBe(b);
    expect(hashText(a)).toBe(hashText(b));
  });
});

describe('sortByHash: rows by unsigned hash, stable, in place', () => {
  it('worked by hand: negative hashes come after positive ones (unsigned order), ties keep their order', () => {
    // unsigned: row0 5, row1 0xffffffff, row2 0, row3 0x80000000, row4 5, row5 0x7fffffff.
    const hashes = Int32Array.from([5, -1, 0, 0x80000000 | 0, 5, 0x7fffffff]);
    expect(sorted(Int32Array.from([0, 1, 2, 3, 4, 5]), hashes)).toEqual([2, 0, 4, 5, 3, 1]);
    // Given in another order, the two rows of hash 5 stay in that order.
    expect(sorted(Int32Array.from([4, 3, 1, 0, 5, 2]), hashes)).toEqual([2, 4, 0, 5, 3, 1]);
  });

  it('hashes differing in one byte only (each pass of the 8-bit sort) are ordered by it', () => {
    const hashes = Int32Array.from([0x01000000, 0x00010000, 0x00000100, 0x00000001, 0x00000000, 0xff000000 | 0, 0x00ff0000, 0x0000ff00, 0x000000ff]);
    const rows = Int32Array.from(hashes.keys());
    expect(sorted(rows, hashes)).toEqual([4, 3, 8, 2, 7, 1, 6, 0, 5]);
  });

  it('an empty list and a single row', () => {
    expect(sorted(new Int32Array(0), new Int32Array(0))).toEqual([]);
    expect(sorted(Int32Array.from([0]), Int32Array.from([-7]))).toEqual([0]);
  });

  it.each([
    ['8-bit passes (fewer than 65,536 rows)', 65535],
    ['16-bit passes (65,536 rows or more)', 70000],
  ])('%s: the same order as a stable comparison sort, on a subset of rows given shuffled', (_, n) => {
    const next = random(n);
    // Hashes over the whole int32 range, many repeated (ties to keep in order), some only in the high bits.
    const hashes = new Int32Array(n + 500);
    for (let i = 0; i < hashes.length; i++) {
      const r = next();
      hashes[i] = i % 3 === 0 ? r & 0xff : i % 3 === 1 ? r : r & 0xffff0000;
      if (i % 7 === 0) hashes[i] = hashes[(i * 31) % (i + 1)];
    }
    // n rows out of n + 500, shuffled: sortByHash orders the rows it is given, looking their hash up.
    const rows = Int32Array.from({ length: n }, (_, k) => k + 250);
    for (let k = n - 1; k > 0; k--) {
      const j = (next() >>> 0) % (k + 1);
      [rows[k], rows[j]] = [rows[j], rows[k]];
    }
    expect(sorted(rows, hashes)).toEqual(reference(rows, hashes));
  });

  it('ascending rows of one hash stay ascending (what the groupings rely on)', () => {
    const n = 70000, hashes = new Int32Array(n);
    for (let i = 0; i < n; i++) hashes[i] = [-3, 9, 0x40000000, -0x40000000][i % 4];
    const out = sorted(Int32Array.from(hashes.keys()), hashes);
    // Unsigned: 9, 0x40000000, 0xc0000000 (−0x40000000), 0xfffffffd (−3); rows of each ascending.
    const expected = [1, 2, 3, 0].flatMap((r) => Array.from({ length: n / 4 }, (_, k) => r + 4 * k));
    expect(out).toEqual(expected);
  });
});
