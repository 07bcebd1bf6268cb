/**
 * Sheets' structural limits, with the messages Apps Script users report (see COVERAGE.md for
 * which are confirmed): a sheet keeps at least one non-frozen row and column, frozen panes leave
 * a row/column unfrozen, and row/column indexes must exist on the sheet.
 * Reference: developers.google.com/apps-script/reference/spreadsheet/sheet
 */
import { WorkbookModel } from '../../../../src/local/runtime/spreadsheet';
import {
  MSG_COLUMNS_OUT_OF_BOUNDS, MSG_DELETE_ALL_COLUMNS, MSG_DELETE_ALL_ROWS, MSG_FREEZE_ALL_COLUMNS, MSG_FREEZE_ALL_ROWS, MSG_ROWS_OUT_OF_BOUNDS,
} from '../../../../src/local/runtime/spreadsheet/Sheet';
import { makeApp, thrown } from './setup';

const REF = 'developers.google.com/apps-script/reference/spreadsheet/sheet';

function sheetOf(rows: number, columns: number) {
  const model = WorkbookModel.empty();
  const s = model.activeSheet();
  s.maxRows = rows;
  s.maxColumns = columns;
  return makeApp(model).app.getActiveSheet();
}

describe(`deleting rows and columns (${REF}#deleteRows(Integer,Integer))`, () => {
  it('a 10-row sheet with row 1 frozen: deleting rows 2..10 (every non-frozen row) fails; 2..9 leaves row 10', () => {
    const sheet = sheetOf(10, 5);
    sheet.setFrozenRows(1);
    expect(thrown(() => sheet.deleteRows(2, 9))).toBe(MSG_DELETE_ALL_ROWS);
    expect(MSG_DELETE_ALL_ROWS).toBe('Sorry, it is not possible to delete all non-frozen rows.');
    expect(sheet.getMaxRows()).toBe(10);
    sheet.deleteRows(2, 8);
    expect([sheet.getMaxRows(), sheet.getFrozenRows()]).toEqual([2, 1]);
  });

  it('without frozen rows, deleting all 10 fails and 9 leaves one', () => {
    const sheet = sheetOf(10, 5);
    expect(thrown(() => sheet.deleteRows(1, 10))).toBe(MSG_DELETE_ALL_ROWS);
    sheet.deleteRows(1, 9);
    expect(sheet.getMaxRows()).toBe(1);
    expect(thrown(() => sheet.deleteRow(1))).toBe(MSG_DELETE_ALL_ROWS);
  });

  it('deleting frozen rows shrinks the frozen block: 3 frozen of 10, delete rows 2..4 → 7 rows, 1 frozen', () => {
    const sheet = sheetOf(10, 5);
    sheet.setFrozenRows(3);
    sheet.deleteRows(2, 3); // rows 2 and 3 were frozen, row 4 was not
    expect([sheet.getMaxRows(), sheet.getFrozenRows()]).toEqual([7, 1]);
  });

  it('columns: 5 columns, A..B frozen, deleting C..E fails; a column past the sheet is out of bounds', () => {
    const sheet = sheetOf(10, 5);
    sheet.setFrozenColumns(2);
    expect(thrown(() => sheet.deleteColumns(3, 3))).toBe(MSG_DELETE_ALL_COLUMNS);
    expect(thrown(() => sheet.deleteColumns(5, 2))).toBe(MSG_COLUMNS_OUT_OF_BOUNDS);
    expect(thrown(() => sheet.deleteRows(0, 1))).toBe(MSG_ROWS_OUT_OF_BOUNDS);
    sheet.deleteColumns(3, 2);
    expect([sheet.getMaxColumns(), sheet.getFrozenColumns()]).toEqual([3, 2]);
  });
});

describe(`frozen panes (${REF}#setFrozenRows(Integer))`, () => {
  it('a 10-row sheet freezes at most 9 rows; a 5-column sheet at most 4 columns', () => {
    const sheet = sheetOf(10, 5);
    expect(thrown(() => sheet.setFrozenRows(10))).toBe(MSG_FREEZE_ALL_ROWS);
    expect(MSG_FREEZE_ALL_ROWS).toBe("You can't freeze all visible rows on the sheet.");
    expect(thrown(() => sheet.setFrozenRows(11))).toBe(MSG_FREEZE_ALL_ROWS);
    sheet.setFrozenRows(9);
    expect(sheet.getFrozenRows()).toBe(9);
    expect(thrown(() => sheet.setFrozenColumns(5))).toBe(MSG_FREEZE_ALL_COLUMNS);
    sheet.setFrozenColumns(4);
    expect(sheet.getFrozenColumns()).toBe(4);
    sheet.setFrozenRows(0);
    expect(sheet.getFrozenRows()).toBe(0);
  });
});

describe(`rows and columns past the sheet (${REF}#setColumnWidth(Integer,Integer))`, () => {
  it('widths, heights, hiding: column 6 of 5 and row 11 of 10 are out of bounds; the last ones are fine', () => {
    const sheet = sheetOf(10, 5);
    const cols: [string, () => unknown][] = [
      ['setColumnWidth', () => sheet.setColumnWidth(6, 120)],
      ['getColumnWidth', () => sheet.getColumnWidth(6)],
      ['setColumnWidths', () => sheet.setColumnWidths(4, 3, 120)], // 4..6
      ['autoResizeColumns', () => sheet.autoResizeColumns(5, 2)],
      ['hideColumns', () => sheet.hideColumns(6)],
      ['showColumns', () => sheet.showColumns(0)],
      ['isColumnHiddenByUser', () => sheet.isColumnHiddenByUser(6)],
    ];
    for (const [m, call] of cols) expect([m, thrown(call)]).toEqual([m, MSG_COLUMNS_OUT_OF_BOUNDS]);
    const rows: [string, () => unknown][] = [
      ['setRowHeight', () => sheet.setRowHeight(11, 30)],
      ['getRowHeight', () => sheet.getRowHeight(11)],
      ['setRowHeights', () => sheet.setRowHeights(9, 3, 30)],
      ['hideRows', () => sheet.hideRows(10, 2)],
      ['isRowHiddenByUser', () => sheet.isRowHiddenByUser(0)],
    ];
    for (const [m, call] of rows) expect([m, thrown(call)]).toEqual([m, MSG_ROWS_OUT_OF_BOUNDS]);
    sheet.setColumnWidth(5, 120);
    sheet.setRowHeight(10, 30);
    expect([sheet.getColumnWidth(5), sheet.getRowHeight(10)]).toEqual([120, 30]);
  });

  it('getRange past the sheet: numbers give the coordinates message, A1 "Range not found"', () => {
    const sheet = sheetOf(10, 5);
    expect(thrown(() => sheet.getRange(11, 1))).toBe('The coordinates of the range are outside the dimensions of the sheet.');
    expect(thrown(() => sheet.getRange(1, 5, 1, 2))).toBe('The coordinates of the range are outside the dimensions of the sheet.');
    expect(thrown(() => sheet.getRange('F1'))).toBe('Range not found');
    expect(sheet.getRange('E10').getA1Notation()).toBe('E10');
  });
});
