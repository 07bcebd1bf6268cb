/**
 * Day columns are Float32Arrays: a 32-bit float holds every whole day exactly up to 2^24 days
 * from 1970 either way. A date beyond is reported ('date out of range…'), never stored rounded;
 * dates within, ordinary or near the edge, come back exactly.
 */
import type { Grid } from '../../../src/core/cells/cell';
import { day, EN, read, rowsOf, utc } from '../helpers';

const OUT_OF_RANGE = 'date out of range (years −43,000 to 47,000)';
const MS_PER_DAY = 86400000;
/** The Date cell of a UTC sheet for day number `d` (days since 1970-01-01). */
const dateOfDay = (d: number) => new Date(d * MS_PER_DAY);
const EDGE = 2 ** 24 - 1; // the last day a float32 holds with its neighbours (2^24 + 1 would round)

const grid: Grid = [
  ['Stage', 'Created', 'Close date'],
  ['Won', utc(2026, 3, 31), new Date(Date.UTC(50000, 0, 1))], // sheet row 2
  ['Won', new Date(Date.UTC(-50000, 0, 1)), '2026-04-01'], // 3
  ['Won', dateOfDay(EDGE), dateOfDay(-EDGE)], // 4: the edges, in range
  ['Won', dateOfDay(EDGE + 2), dateOfDay(-EDGE - 2)], // 5: just beyond
  ['Won', '50000-01-01', '31/12/9999'], // 6: a text date has a four-digit year: never out of range
];
/** Issues as [row, column, message], by row then column (the order columns are read in differs lazily). */
const issuesOf = (issues: { row: number; column: string; message: string }[]) =>
  issues.map((i) => [i.row, i.column, i.message]).sort((a, b) => (a[0] as number) - (b[0] as number) || String(a[1]).localeCompare(String(b[1])));

describe('days beyond what a Float32Array holds exactly', () => {
  // Read at once, and lazily (where the first date column asked finds the rows too): the same.
  it.each([
    ['read at once', () => read('deals', grid)],
    ['read lazily', () => read('deals', grid, EN, { lazy: true })],
  ])('are reported as out of range and left NaN; dates within come back exactly (%s)', (_, open) => {
    const t = open();
    const created = t.day('created'), closed = t.day('closed');
    expect(created).toBeInstanceOf(Float32Array);
    expect(Array.from(created)).toEqual([day(2026, 3, 31), NaN, EDGE, NaN, NaN]);
    expect(Array.from(closed)).toEqual([NaN, day(2026, 4, 1), -EDGE, NaN, day(9999, 12, 31)]);
    expect(rowsOf(t)[0].created).toBe(day(2026, 3, 31)); // a plain number again, exactly
    expect(issuesOf(t.issues)).toEqual([
      [2, 'Close date', OUT_OF_RANGE],
      [3, 'Created', OUT_OF_RANGE],
      [5, 'Close date', OUT_OF_RANGE],
      [5, 'Created', OUT_OF_RANGE],
      [6, 'Created', 'not a date (write YYYY-MM-DD or DD/MM/YYYY)'],
    ]);
  });

  it('spend dated by day or by month: a year-50000 Date is out of range too', () => {
    for (const header of ['Date', 'Month']) {
      const t = read('spend', [[header, 'Amount'], [new Date(Date.UTC(50000, 5, 15)), 10], [utc(2026, 3, 14), 20]]);
      expect(issuesOf(t.issues)).toEqual([[2, header, OUT_OF_RANGE]]);
      const { from, to } = t.span('date');
      expect([from[0], to[0]]).toEqual([NaN, NaN]);
      expect([from[1], to[1]]).toEqual(header === 'Date' ? [day(2026, 3, 14), day(2026, 3, 14)] : [day(2026, 3, 1), day(2026, 3, 31)]);
    }
  });
});
