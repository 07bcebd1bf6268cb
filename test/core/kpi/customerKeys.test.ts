/**
 * customerKeys groups a column's customer names by hash (no Map of every key): texts equal but
 * for case share a key, keys numbered in order of their first text. Checked against a Map of
 * `toLowerCase()` keys, including two lower-case names that share a hash.
 */
import { customerKeys } from '../../../src/core/kpi/firstWins';
import type { TextColumn } from '../../../src/core/tables/readTable';
import { collidingPair } from '../tables/hashCollision';

/** A column whose dictionary is `values` (customerKeys reads the dictionary only). */
const columnOf = (values: string[]): TextColumn => ({ codes: new Int32Array(0), values });

/** The reference: each text's key number, keys numbered by a Map in order of first text. */
function mapKeys(values: readonly string[]): { keyOf: number[]; count: number } {
  const byKey = new Map<string, number>();
  const keyOf = values.map((v) => {
    const key = v.toLowerCase();
    let k = byKey.get(key);
    if (k === undefined) byKey.set(key, (k = byKey.size));
    return k;
  });
  return { keyOf, count: byKey.size };
}

const keysOf = (values: string[]) => {
  const { keyOf, count } = customerKeys(columnOf(values));
  return { keyOf: Array.from(keyOf), count };
};

describe('customerKeys', () => {
  it('worked by hand: case aside, ASCII and accented, keys in order of first text', () => {
    expect(keysOf(['Acme', 'Beta', 'ACME', 'Émile', 'acme', 'émile', 'ÉMILE', 'Emile', 'beta'])).toEqual({
      keyOf: [0, 1, 0, 2, 0, 2, 2, 3, 1], // 'Emile' without the accent is another customer
      count: 4,
    });
  });

  it('texts whose lower case changes length or leaves ASCII (İ, the Kelvin sign) still match by toLowerCase', () => {
    // 'İ'.toLowerCase() is 'i̇' (two code units); the Kelvin sign (U+212A) lower-cases to ASCII 'k'.
    const values = ['İstanbul', 'i̇stanbul', 'Istanbul', '\u212A-Corp', 'k-corp', 'Straße', 'STRASSE', 'strasse'];
    expect(keysOf(values)).toEqual(mapKeys(values));
    expect(keysOf(values).keyOf).toEqual([0, 0, 1, 2, 2, 3, 4, 4]);
  });

  it('two lower-case names of one hash are two customers; their upper-case spellings join them', () => {
    const [a, b] = collidingPair();
    const values = [a, 'Other', b.toUpperCase(), a.toUpperCase(), b];
    expect(keysOf(values)).toEqual({ keyOf: [0, 1, 2, 0, 2], count: 3 });
  });

  it.each([
    ['a few thousand names (8-bit sort passes)', 5000],
    ['70,000 names (16-bit sort passes)', 70000],
  ])('%s: the same keys as a Map of lower-cased names', (_, n) => {
    const [a, b] = collidingPair();
    const spell = [(s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s[0].toUpperCase() + s.slice(1)];
    const accented = ['élodie', 'zoë', 'çà et là', 'øre', 'łódź'];
    const values: string[] = [];
    for (let i = 0; values.length < n; i++) {
      // Names repeat in another case some hundreds of rows later; some are accented; the
      // colliding pair comes in early and again late, in other spellings.
      const base = i % 11 === 0 ? accented[i % 5] + (i >> 4) : 'client ' + (i >> 1);
      values.push(spell[i % 3](base));
      if (i === 3) values.push(a, b);
      if (i === 4000) values.push(b.toUpperCase(), spell[2](a));
    }
    const expected = mapKeys(values);
    expect(expected.count).toBeLessThan(values.length); // some names do share keys
    const { keyOf, count } = customerKeys(columnOf(values));
    expect(count).toBe(expected.count);
    expect(Array.from(keyOf)).toEqual(expected.keyOf);
  });

  it('is kept per column, and made again when a lazily read column has met new names', () => {
    const col = columnOf(['Acme', 'beta']);
    const first = customerKeys(col);
    expect(customerKeys(col)).toBe(first);
    col.values.push('BETA', 'Gamma');
    expect(Array.from(customerKeys(col).keyOf)).toEqual([0, 1, 1, 2]);
    expect(customerKeys(col).count).toBe(3);
  });
});
