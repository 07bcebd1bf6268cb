/**
 * keepRows gathers the kept rows in a scratch list shared from query to query, then copies them
 * out: what it returns must be the caller's own, untouched by the next call.
 */
import { keepRows } from '../../../src/core/kpi/input';

const rows = (...r: number[]) => Int32Array.from(r);

describe('keepRows', () => {
  it('keeps the rows the test keeps, in order', () => {
    expect(Array.from(keepRows(rows(3, 4, 7, 8, 10), (r) => r % 2 === 0))).toEqual([4, 8, 10]);
    expect(Array.from(keepRows(rows(1, 2), () => false))).toEqual([]);
    expect(Array.from(keepRows(rows(), () => true))).toEqual([]);
  });

  it('two successive results do not share memory: the second call leaves the first result as it was', () => {
    const first = keepRows(rows(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (r) => r % 2 === 0);
    const second = keepRows(rows(10, 11, 12, 13, 14, 15, 16, 17, 18, 19), (r) => r % 2 === 1);
    expect(Array.from(first)).toEqual([0, 2, 4, 6, 8]);
    expect(Array.from(second)).toEqual([11, 13, 15, 17, 19]);
    expect(first.buffer).not.toBe(second.buffer);
    // A longer list (the scratch grows) and a shorter one (it is reused) after them.
    const third = keepRows(Int32Array.from({ length: 1000 }, (_, i) => i), (r) => r % 100 === 0);
    const fourth = keepRows(rows(50, 51), () => true);
    expect(Array.from(first)).toEqual([0, 2, 4, 6, 8]);
    expect(Array.from(second)).toEqual([11, 13, 15, 17, 19]);
    expect(Array.from(third)).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900]);
    expect(Array.from(fourth)).toEqual([50, 51]);
    // Writing into one result changes no other.
    second[0] = -1;
    fourth[0] = -1;
    expect(first[0]).toBe(0);
    expect(third[0]).toBe(0);
    expect(Array.from(keepRows(rows(7), () => true))).toEqual([7]);
    expect(second[0]).toBe(-1);
  });

  it('a result is not the list given, even when every row is kept', () => {
    const given = rows(1, 2, 3);
    const out = keepRows(given, () => true);
    expect(Array.from(out)).toEqual([1, 2, 3]);
    expect(out.buffer).not.toBe(given.buffer);
    out[0] = 99;
    expect(given[0]).toBe(1);
  });
});
