/**
 * Issue 9 (runtime item): a custom function's spilled result of 500k rows came back through
 * LocalRuntime as a stack overflow (`Math.max(...rows)` spread half a million arguments).
 * Sheets spills a 2-D result, padding short rows with empty cells
 * (developers.google.com/apps-script/guides/sheets/functions#return_values).
 */
import { isCellError } from '../../../src/local/runtime/loader';
import { WorkbookModel } from '../../../src/local/runtime/spreadsheet';
import { loadBundle } from './services/fixture';
import { makeApp } from './spreadsheet/setup';

const CODE = `
function SPILL(n) {
  var out = [];
  for (var i = 0; i < n; i++) out.push(i % 1000 === 999 ? [i] : [i, i * 2]);
  return out;
}
`;

describe('a 500,000-row spilled result', () => {
  it('comes back whole, every 1000th row padded to the widest row', () => {
    const addon = loadBundle(CODE);
    const rows = addon.customFunction('SPILL', 500000);
    expect(isCellError(rows)).toBe(false);
    const grid = rows as unknown[][];
    expect(grid.length).toBe(500000);
    // Row i is [i, 2i] except rows 999, 1999, … which are [i] padded with ''.
    expect(grid[0]).toEqual([0, 0]);
    expect(grid[998]).toEqual([998, 1996]);
    expect(grid[999]).toEqual([999, '']);
    expect(grid[499999]).toEqual([499999, '']);
    expect(grid[499998]).toEqual([499998, 999996]);
    expect(grid.every((r) => r.length === 2)).toBe(true);
  });
});

describe('other spreads over rows, fixed with the same cause', () => {
  it('WorkbookModel.fromGrids takes 500,000 rows; insertRowsAfter inserts 300,000 rows', () => {
    const rows = Array.from({ length: 500000 }, (_, i) => (i === 7 ? ['a', 'b', 'c'] : ['a']));
    const model = WorkbookModel.fromGrids({ Big: rows });
    const sheet = model.sheet('Big');
    expect([sheet.maxRows, sheet.maxColumns]).toEqual([500000, 26]);
    const app = makeApp(model).app;
    app.getActiveSheet().insertRowsAfter(1, 300000);
    // 'a' of row 2 moved to row 300002; row 8's 'c' to row 300008.
    expect(sheet.maxRows).toBe(800000);
    expect(app.getActiveSheet().getRange('A300002:C300002').getValues()).toEqual([['a', '', '']]);
    expect(app.getActiveSheet().getRange('C300008').getValue()).toBe('c');
    expect(app.getActiveSheet().getRange('A2').getValue()).toBe('');
  });
});
