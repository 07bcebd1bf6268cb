/**
 * Repeated IDs: lead and deal IDs are only checked, not built into a column, and their repeats
 * are found by hash (`repeatedTexts`), or from the codes when the column was built after all
 * (`repeatedCodes`). Either way: the rows whose ID (trimmed, case as written) an earlier row
 * has, ascending — and two IDs that merely share a hash are not repeats.
 */
import type { Cell, Grid } from '../../../src/core/cells/cell';
import { checkTable } from '../../../src/core/check/dataCheck';
import type { Table } from '../../../src/core/tables/readTable';
import { DEAL_HEADERS, EN, read, utc } from '../helpers';
import { collidingPair } from './hashCollision';

const [A, B] = collidingPair();

/** The reference: data rows whose trimmed text an earlier row has (blank, Date and error cells have none). */
function repeatedRows(ids: readonly Cell[]): number[] {
  const seen = new Set<string>(), out: number[] = [];
  ids.forEach((raw, i) => {
    if (typeof raw !== 'string') return;
    const s = raw.trim();
    if (s === '' || s.startsWith('#')) return;
    if (seen.has(s)) out.push(i);
    else seen.add(s);
  });
  return out;
}

/** Three ways to a table's repeated IDs: by hash, by hash on a partly filled lazy column, by codes of the built column. */
const ways: [string, (grid: Grid, kind: 'leads' | 'deals') => Table][] = [
  ['by hash (the ID column only checked)', (grid, kind) => read(kind, grid)],
  ['by hash (a lazy column filled in a few rows)', (grid, kind) => {
    const t = read(kind, grid, EN, { lazy: true });
    t.fill(['id'], [0, 1, 2]);
    return t;
  }],
  ['by codes (the ID column built)', (grid, kind) => {
    const t = read(kind, grid);
    t.text('id');
    return t;
  }],
];

describe('Table.repeats on a few leads, worked by hand', () => {
  const ids: Cell[] = ['L1', 'L2', ' L1 ', '', 'l1', A, B, A, utc(2026, 3, 1), B, 'L2', '#REF!', '#REF!'];
  const grid: Grid = [['Lead ID', 'Created'], ...ids.map((id) => [id, '2026-01-05'])];

  it.each(ways)('%s', (_, open) => {
    const t = open(grid, 'leads');
    // ' L1 ' repeats L1 (trimmed); 'l1' does not (case as written); A and B only share a hash;
    // the second A and B, and the second L2, repeat. Blank, Date and #REF! cells have no ID.
    expect(Array.from(t.repeats('id'))).toEqual([2, 7, 9, 10]);
    expect(Array.from(t.repeats('id'))).toEqual(repeatedRows(ids));
  });

  it('the unreadable IDs are reported once each, whether or not the column is built afterwards', () => {
    const t = read('leads', grid);
    const expected = [[10, 'Lead ID', '2026-03-01', 'a date, not a text'], [13, 'Lead ID', '#REF!', 'error cell #REF!: fix the formula'], [14, 'Lead ID', '#REF!', 'error cell #REF!: fix the formula']];
    const issues = () => t.issues.map((i) => [i.row, i.column, i.value, i.message]);
    expect(issues()).toEqual(expected);
    t.repeats('id');
    t.text('id');
    expect(issues()).toEqual(expected);
  });
});

describe('Table.repeats on 70,000 deals (16-bit sort passes; the built column coded by hash)', () => {
  const n = 70000;
  const special = new Map<number, Cell>([
    [10, A], [60000, B], [69000, A], // A and B share a hash; only the second A repeats
    [7, 'D7x'], [20, ' D7x'], [30, 'd7x'], // trimmed repeat; case apart is not one
    [500, ''], [501, utc(2026, 1, 1)], [502, '#N/A'],
  ]);
  // Every 1,000th row repeats the ID of the row 500 before it.
  const ids: Cell[] = Array.from({ length: n }, (_, i) => (special.has(i) ? special.get(i)! : i % 1000 === 999 ? 'D' + (i - 500) : 'D' + i));
  // Blank sheet rows now and then: data rows (as numbered by repeats) skip them.
  const grid: Grid = [['Deal ID', 'Stage'], ...ids.flatMap((id, i) => (i % 9000 === 1 ? [['', ''], [id, 'Won']] : [[id, 'Won']]))];
  const expected = repeatedRows(ids);

  it('the fixture holds true repeats and the colliding pair', () => {
    expect(expected.length).toBeGreaterThan(60);
    expect(expected).toEqual(expect.arrayContaining([20, 69000]));
    expect(expected).not.toContain(60000);
  });

  it.each(ways)('%s', (_, open) => {
    const t = open(grid, 'deals');
    expect(Array.from(t.repeats('id'))).toEqual(expected);
  });

  it('the built ID column gives A and B distinct codes', () => {
    const t = read('deals', grid);
    const { codes, values } = t.text('id');
    expect(codes[10]).not.toBe(codes[60000]);
    expect([values[codes[10]], values[codes[60000]], values[codes[69000]]]).toEqual([A, B, A]);
  });
});

describe('the data check reports duplicate deal IDs on their sheet rows', () => {
  const deal = (id: Cell, k: number): Cell[] => [id, 'Cust' + (k % 500), '2026-01-01', 'Won', 100, '2026-01-10', 'Alice', 'Web'];
  const duplicates = (grid: Grid) => {
    const issues = checkTable(read('deals', grid));
    // The fixtures are clean otherwise: every issue is a duplicate.
    expect(issues.map((i) => i.message).filter((m) => m !== 'duplicate deal ID')).toEqual([]);
    return issues.map((i) => [i.row, i.column, i.value]);
  };

  it('a few deals, worked by hand: trimmed repeats count, case and a shared hash do not', () => {
    const grid: Grid = [
      DEAL_HEADERS, // sheet row 1
      deal('D1', 0), // 2
      deal(A, 1), // 3
      ['', '', '', '', '', '', '', ''], // 4: blank, skipped
      deal('D2', 2), // 5
      deal(B, 3), // 6: shares A's hash only
      deal(' D1 ', 4), // 7: D1 again
      deal('d1', 5), // 8: another ID (case as written)
      deal(A, 6), // 9: A again
      deal('D2', 7), // 10: D2 again
    ];
    expect(duplicates(grid)).toEqual([[7, 'Deal ID', ' D1 '], [9, 'Deal ID', A], [10, 'Deal ID', 'D2']]);
  });

  it('70,000 deals with blank rows between them: the rows a Set finds, none for the colliding pair', () => {
    const ids = Array.from({ length: 70000 }, (_, k) => (k === 5 ? A : k === 65000 ? B : k === 69999 ? A : k % 997 === 996 ? 'D' + (k - 100) : 'D' + k));
    const grid: Grid = [DEAL_HEADERS];
    const sheetRow: number[] = [];
    ids.forEach((id, k) => {
      if (k % 10000 === 1) grid.push(['', '', '', '', '', '', '', '']); // a blank sheet row
      grid.push(deal(id, k));
      sheetRow.push(grid.length); // the header is sheet row 1
    });
    const expected = repeatedRows(ids).map((k) => [sheetRow[k], 'Deal ID', ids[k]]);
    expect(expected.length).toBeGreaterThan(60);
    expect(expected.map((e) => e[2])).not.toContain(B);
    expect(expected[expected.length - 1]).toEqual([sheetRow[69999], 'Deal ID', A]);
    expect(duplicates(grid)).toEqual(expected);
  });
});
