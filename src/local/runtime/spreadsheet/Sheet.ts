import type { Env, Assert, OnlyApiMembers } from './internal';
import { wrap, check, unwrap } from './internal';
import type { SheetModel } from './model';
import { parseA1 } from './a1';
import { rangeOf, checkBounds, RangeImpl } from './Range';
import { readBlock, writeCell } from './cells';
import { insertLines, deleteLines } from './structure';
import { spreadsheetOf, sheetNameTaken } from './Spreadsheet';
import { addMetadata, finderFor, metadataAt } from './DeveloperMetadata';
import { newProtection, protectionsOf } from './Protection';
import { ConditionalFormatRuleImpl, conditionalFormatRuleOf } from './ConditionalFormatRule';
import { namedRangeOf } from './NamedRange';
import { EmbeddedChartImpl, embeddedChartOf } from './EmbeddedChart';
import { newChartBuilder } from './EmbeddedChartBuilder';
import { SheetType } from './enums';

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

const cache = new WeakMap<Env, WeakMap<SheetModel, GSheet>>();

/** The Sheet handed to the add-on for this sheet model (one object per sheet per runtime). */
export function sheetOf(env: Env, sheet: SheetModel): GSheet {
  let m = cache.get(env);
  if (!m) cache.set(env, (m = new WeakMap()));
  let s = m.get(sheet);
  if (!s) m.set(sheet, (s = wrap<GSheet>(env, 'Sheet', new SheetImpl(env, sheet))));
  return s;
}

export const MSG_ROWS_OUT_OF_BOUNDS = 'Those rows are out of bounds.';
export const MSG_COLUMNS_OUT_OF_BOUNDS = 'Those columns are out of bounds.';
export const MSG_DELETE_ALL_ROWS = 'Sorry, it is not possible to delete all non-frozen rows.';
export const MSG_DELETE_ALL_COLUMNS = 'Sorry, it is not possible to delete all non-frozen columns.';
export const MSG_FREEZE_ALL_ROWS = "You can't freeze all visible rows on the sheet.";
export const MSG_FREEZE_ALL_COLUMNS = "You can't freeze all visible columns on the sheet.";

/** Sheets' default column width and row height, in pixels. */
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export class SheetImpl implements Partial<GSheet> {
  constructor(readonly _env: Env, readonly _sheet: SheetModel) {}

  private _self(): GSheet { return sheetOf(this._env, this._sheet); }
  private _check(method: string, args: readonly unknown[], ...sigs: (readonly string[])[]): void {
    check(this._env, `Sheet.${method}`, args, ...sigs);
  }
  private _assertAlive(): void {
    if (!this._env.model.sheets.includes(this._sheet)) throw this._env.ctx.error('Sheet not found');
  }
  /**
   * Rows or columns `start`..`start+count-1` must exist on the sheet: "Those columns are out of
   * bounds." (reported for getColumnWidth past the last column, mogsdad/SheetConverter#20),
   * "Those rows are out of bounds." for rows.
   */
  private _lines(dim: 'ROWS' | 'COLUMNS', start: number, count = 1): void {
    const max = dim === 'ROWS' ? this._sheet.maxRows : this._sheet.maxColumns;
    if (start < 1 || count < 1 || start + count - 1 > max) throw this._env.ctx.error(dim === 'ROWS' ? MSG_ROWS_OUT_OF_BOUNDS : MSG_COLUMNS_OUT_OF_BOUNDS);
  }

  // ---------- identity ----------
  getName(): string { return this._sheet.name; }
  getSheetName(): string { return this._sheet.name; }
  getSheetId(): number { return this._sheet.id; }
  getIndex(): number { return this._env.model.sheets.indexOf(this._sheet) + 1; }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet { return spreadsheetOf(this._env); }
  getType(): GoogleAppsScript.Spreadsheet.SheetType { return SheetType.GRID; }
  setName(name: string): GSheet {
    this._check('setName', [name], ['String']);
    if (sheetNameTaken(this._env, name, this._sheet)) throw this._env.ctx.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this._sheet.name = name;
    return this._self();
  }
  activate(): GSheet {
    this._assertAlive();
    this._env.model.activeSheetId = this._sheet.id;
    this._env.model.activeRange = null;
    return this._self();
  }
  getTabColor(): string | null { return this._sheet.tabColor; }
  setTabColor(color: string | null): GSheet {
    this._check('setTabColor', [color], ['String'], ['Any']);
    this._sheet.tabColor = color === null ? null : color.toLowerCase();
    return this._self();
  }
  isSheetHidden(): boolean { return this._sheet.hidden; }
  hideSheet(): GSheet {
    const visible = this._env.model.sheets.filter((s) => !s.hidden);
    if (visible.length === 1 && visible[0] === this._sheet) throw this._env.ctx.error("You can't hide all the sheets in a document.");
    this._sheet.hidden = true;
    return this._self();
  }
  showSheet(): GSheet { this._sheet.hidden = false; return this._self(); }

  // ---------- dimensions ----------
  getMaxRows(): number { return this._sheet.maxRows; }
  getMaxColumns(): number { return this._sheet.maxColumns; }
  getLastRow(): number { return this._sheet.lastRow(); }
  getLastColumn(): number { return this._sheet.lastColumn(); }
  getFrozenRows(): number { return this._sheet.frozenRows; }
  getFrozenColumns(): number { return this._sheet.frozenColumns; }
  /**
   * At least one row must stay unfrozen: freezing every row (or more) throws "You can't freeze
   * all visible rows on the sheet." (the message users report, e.g. google/ads-account-structure-script#2).
   */
  setFrozenRows(rows: number): void {
    this._check('setFrozenRows', [rows], ['Integer']);
    if (rows < 0) throw this._env.ctx.error(MSG_ROWS_OUT_OF_BOUNDS);
    if (rows >= this._sheet.maxRows) throw this._env.ctx.error(MSG_FREEZE_ALL_ROWS);
    this._sheet.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this._check('setFrozenColumns', [columns], ['Integer']);
    if (columns < 0) throw this._env.ctx.error(MSG_COLUMNS_OUT_OF_BOUNDS);
    if (columns >= this._sheet.maxColumns) throw this._env.ctx.error(MSG_FREEZE_ALL_COLUMNS);
    this._sheet.frozenColumns = columns;
  }
  getColumnWidth(columnPosition: number): number {
    this._check('getColumnWidth', [columnPosition], ['Integer']);
    this._lines('COLUMNS', columnPosition);
    return this._sheet.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  setColumnWidth(columnPosition: number, width: number): GSheet {
    this._check('setColumnWidth', [columnPosition, width], ['Integer', 'Integer']);
    this._lines('COLUMNS', columnPosition);
    this._sheet.columnWidths.set(columnPosition, width);
    return this._self();
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    this._check('setColumnWidths', [startColumn, numColumns, width], ['Integer', 'Integer', 'Integer']);
    this._lines('COLUMNS', startColumn, numColumns);
    for (let c = startColumn; c < startColumn + numColumns; c++) this._sheet.columnWidths.set(c, width);
    return this._self();
  }
  /**
   * Width to fit the longest display text: about 7 px a character plus padding, at least the
   * default (an estimate: no font metrics offline).
   */
  autoResizeColumns(startColumn: number, numColumns: number): GSheet {
    this._check('autoResizeColumns', [startColumn, numColumns], ['Integer', 'Integer']);
    this._lines('COLUMNS', startColumn, numColumns);
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      for (const row of this._sheet.values.rows) { const v = row?.[c - 1]; if (v !== undefined) longest = Math.max(longest, String(v).length); }
      this._sheet.columnWidths.set(c, Math.max(DEFAULT_COLUMN_WIDTH, longest * 7 + 10));
    }
    return this._self();
  }
  autoResizeColumn(columnPosition: number): GSheet { return this.autoResizeColumns(columnPosition, 1); }
  getRowHeight(rowPosition: number): number {
    this._check('getRowHeight', [rowPosition], ['Integer']);
    this._lines('ROWS', rowPosition);
    return this._sheet.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }
  setRowHeight(rowPosition: number, height: number): GSheet {
    this._check('setRowHeight', [rowPosition, height], ['Integer', 'Integer']);
    this._lines('ROWS', rowPosition);
    this._sheet.rowHeights.set(rowPosition, height);
    return this._self();
  }
  setRowHeights(startRow: number, numRows: number, height: number): GSheet {
    this._check('setRowHeights', [startRow, numRows, height], ['Integer', 'Integer', 'Integer']);
    this._lines('ROWS', startRow, numRows);
    for (let r = startRow; r < startRow + numRows; r++) this._sheet.rowHeights.set(r, height);
    return this._self();
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this._check('hideColumns', [columnIndex, numColumns], ['Integer', 'Integer?']);
    this._lines('COLUMNS', columnIndex, numColumns);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._sheet.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this._check('showColumns', [columnIndex, numColumns], ['Integer', 'Integer?']);
    this._lines('COLUMNS', columnIndex, numColumns);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._sheet.hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    this._check('isColumnHiddenByUser', [columnPosition], ['Integer']);
    this._lines('COLUMNS', columnPosition);
    return this._sheet.hiddenColumns.has(columnPosition);
  }
  hideRows(rowIndex: number, numRows = 1): void {
    this._check('hideRows', [rowIndex, numRows], ['Integer', 'Integer?']);
    this._lines('ROWS', rowIndex, numRows);
    for (let r = rowIndex; r < rowIndex + numRows; r++) this._sheet.hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows = 1): void {
    this._check('showRows', [rowIndex, numRows], ['Integer', 'Integer?']);
    this._lines('ROWS', rowIndex, numRows);
    for (let r = rowIndex; r < rowIndex + numRows; r++) this._sheet.hiddenRows.delete(r);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    this._check('isRowHiddenByUser', [rowPosition], ['Integer']);
    this._lines('ROWS', rowPosition);
    return this._sheet.hiddenRows.has(rowPosition);
  }

  // ---------- ranges ----------
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): GRange {
    this._check('getRange', [a, column, numRows, numColumns], ['Integer', 'Integer', 'Integer?', 'Integer?'], ['String']);
    if (typeof a === 'string') return this._rangeA1(a);
    const nr = numRows ?? 1, nc = numColumns ?? 1;
    checkBounds(this._env, this._sheet, a, column!, nr, nc);
    return rangeOf(this._env, this._sheet, a, column!, nr, nc);
  }
  /** `A1`, `A1:B2`, `A:K` (every row), `2:5` (every column), `A2:C` (rows to the end). */
  _rangeA1(a1: string): GRange {
    const ref = parseA1(a1);
    if (!ref) throw this._env.ctx.error('Range not found');
    const r0 = ref.startRow ?? 1, c0 = ref.startColumn ?? 1;
    const r1 = ref.endRow ?? this._sheet.maxRows, c1 = ref.endColumn ?? this._sheet.maxColumns;
    if (r1 > this._sheet.maxRows || c1 > this._sheet.maxColumns) throw this._env.ctx.error('Range not found');
    return rangeOf(this._env, this._sheet, r0, c0, r1 - r0 + 1, c1 - c0 + 1);
  }
  getDataRange(): GRange {
    return rangeOf(this._env, this._sheet, 1, 1, Math.max(1, this._sheet.lastRow()), Math.max(1, this._sheet.lastColumn()));
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    this._check('getSheetValues', [startRow, startColumn, numRows, numColumns], ['Integer', 'Integer', 'Integer', 'Integer']);
    // -1 means "to the last row/column with content", as in Google's implementation.
    const nr = numRows === -1 ? this._sheet.lastRow() - startRow + 1 : numRows;
    const nc = numColumns === -1 ? this._sheet.lastColumn() - startColumn + 1 : numColumns;
    checkBounds(this._env, this._sheet, startRow, startColumn, nr, nc);
    return readBlock(this._env, this._sheet, startRow - 1, startColumn - 1, nr, nc);
  }
  getActiveRange(): GRange | null {
    const ar = this._env.model.activeRange;
    if (ar && ar.sheetId === this._sheet.id) return rangeOf(this._env, this._sheet, ar.row, ar.column, ar.numRows, ar.numColumns);
    return rangeOf(this._env, this._sheet, 1, 1, 1, 1);
  }
  getActiveCell(): GRange {
    const ar = this._env.model.activeRange;
    if (ar && ar.sheetId === this._sheet.id) return rangeOf(this._env, this._sheet, ar.row, ar.column, 1, 1);
    return rangeOf(this._env, this._sheet, 1, 1, 1, 1);
  }
  setActiveRange(range: GRange): GRange {
    this._check('setActiveRange', [range], ['Object']);
    const impl = unwrap(range, RangeImpl);
    if (!impl || impl._sheet !== this._sheet) throw this._env.ctx.error('The range must be on the active sheet.');
    this._env.model.activeSheetId = this._sheet.id;
    this._env.model.activeRange = impl._ref();
    return range;
  }
  setActiveSelection(range: GRange | string): GRange {
    return this.setActiveRange(typeof range === 'string' ? this._rangeA1(range) : range);
  }

  // ---------- content ----------
  appendRow(rowContents: unknown[]): GSheet {
    this._check('appendRow', [rowContents], ['Object[]']);
    const r = this._sheet.lastRow() + 1;
    if (r > this._sheet.maxRows) this._sheet.maxRows = r;
    if (rowContents.length > this._sheet.maxColumns) this._sheet.maxColumns = rowContents.length;
    rowContents.forEach((v, c) => writeCell(this._env, this._sheet, r - 1, c, v));
    return this._self();
  }
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GSheet {
    this._check('clear', [options], ['Object?']);
    const o = options ?? {};
    const all = !o.formatOnly && !o.contentsOnly;
    if (all || o.contentsOnly) { this._sheet.values.rows = []; this._sheet.formulas.rows = []; }
    if (all || o.formatOnly) for (const [k, g] of Object.entries(this._sheet.formats)) if (k !== 'note') g.rows = [];
    return this._self();
  }
  clearContents(): GSheet { return this.clear({ contentsOnly: true }); }
  clearFormats(): GSheet { return this.clear({ formatOnly: true }); }
  clearNotes(): GSheet { this._sheet.formats.note.rows = []; return this._self(); }
  /** Sorts the rows below the frozen rows by one column (1-based). */
  sort(columnPosition: number, ascending = true): GSheet {
    this._check('sort', [columnPosition, ascending], ['Integer', 'Boolean?']);
    const first = this._sheet.frozenRows + 1, last = this._sheet.lastRow();
    if (last >= first) new RangeImpl(this._env, this._sheet, first, 1, last - first + 1, Math.max(this._sheet.lastColumn(), columnPosition)).sort({ column: columnPosition, ascending });
    return this._self();
  }

  // ---------- structure ----------
  insertRows(rowIndex: number, numRows = 1): void {
    this._check('insertRows', [rowIndex, numRows], ['Integer', 'Integer?']);
    this._insert('ROWS', rowIndex, numRows);
  }
  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    this._check('insertRowsBefore', [beforePosition, howMany], ['Integer', 'Integer']);
    this._insert('ROWS', beforePosition, howMany);
    return this._self();
  }
  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    this._check('insertRowsAfter', [afterPosition, howMany], ['Integer', 'Integer']);
    this._insert('ROWS', afterPosition + 1, howMany);
    return this._self();
  }
  insertRowBefore(beforePosition: number): GSheet { return this.insertRowsBefore(beforePosition, 1); }
  insertRowAfter(afterPosition: number): GSheet { return this.insertRowsAfter(afterPosition, 1); }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this._check('insertColumns', [columnIndex, numColumns], ['Integer', 'Integer?']);
    this._insert('COLUMNS', columnIndex, numColumns);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): GSheet {
    this._check('insertColumnsBefore', [beforePosition, howMany], ['Integer', 'Integer']);
    this._insert('COLUMNS', beforePosition, howMany);
    return this._self();
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    this._check('insertColumnsAfter', [afterPosition, howMany], ['Integer', 'Integer']);
    this._insert('COLUMNS', afterPosition + 1, howMany);
    return this._self();
  }
  insertColumnBefore(beforePosition: number): GSheet { return this.insertColumnsBefore(beforePosition, 1); }
  insertColumnAfter(afterPosition: number): GSheet { return this.insertColumnsAfter(afterPosition, 1); }
  private _insert(dim: 'ROWS' | 'COLUMNS', at: number, n: number): void {
    const max = dim === 'ROWS' ? this._sheet.maxRows : this._sheet.maxColumns;
    if (at < 1) throw this._env.ctx.error(dim === 'ROWS' ? 'The starting row of the range is too small.' : 'The starting column of the range is too small.');
    if (n < 1) throw this._env.ctx.error(dim === 'ROWS' ? 'The number of rows in the range must be at least 1.' : 'The number of columns in the range must be at least 1.');
    if (at > max + 1) throw this._env.ctx.error('The coordinates of the range are outside the dimensions of the sheet.');
    insertLines(this._env, this._sheet, dim, at, n);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this._check('deleteRows', [rowPosition, howMany], ['Integer', 'Integer']);
    this._delete('ROWS', rowPosition, howMany);
  }
  deleteRow(rowPosition: number): GSheet {
    this._check('deleteRow', [rowPosition], ['Integer']);
    this._delete('ROWS', rowPosition, 1);
    return this._self();
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this._check('deleteColumns', [columnPosition, howMany], ['Integer', 'Integer']);
    this._delete('COLUMNS', columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): GSheet {
    this._check('deleteColumn', [columnPosition], ['Integer']);
    this._delete('COLUMNS', columnPosition, 1);
    return this._self();
  }
  /**
   * A sheet keeps at least one non-frozen row (column): deleting every row after the frozen ones
   * throws "Sorry, it is not possible to delete all non-frozen rows." (users' reports: with row 1
   * frozen, deleteRows(2, maxRows - 1) fails). Deleted frozen rows leave the frozen block.
   */
  private _delete(dim: 'ROWS' | 'COLUMNS', at: number, n: number): void {
    const rows = dim === 'ROWS';
    const max = rows ? this._sheet.maxRows : this._sheet.maxColumns;
    const frozen = rows ? this._sheet.frozenRows : this._sheet.frozenColumns;
    this._lines(dim, at, n);
    const last = at + n - 1;
    const deletedFrozen = Math.max(0, Math.min(last, frozen) - at + 1);
    const deletedUnfrozen = n - deletedFrozen;
    if (deletedUnfrozen >= max - frozen) throw this._env.ctx.error(rows ? MSG_DELETE_ALL_ROWS : MSG_DELETE_ALL_COLUMNS);
    deleteLines(this._env, this._sheet, dim, at, n);
    if (rows) this._sheet.frozenRows = frozen - deletedFrozen;
    else this._sheet.frozenColumns = frozen - deletedFrozen;
  }

  // ---------- conditional formats ----------
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this._sheet.conditionalFormats.map((d) => conditionalFormatRuleOf(this._env, d));
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this._check('setConditionalFormatRules', [rules], ['Object[]']);
    this._sheet.conditionalFormats = rules.map((r) => {
      const impl = unwrap(r, ConditionalFormatRuleImpl);
      if (!impl) throw this._env.ctx.error(`The parameters (${'Object[]'}) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.`);
      return impl._data;
    });
  }
  clearConditionalFormatRules(): void { this._sheet.conditionalFormats = []; }

  // ---------- metadata, protections, named ranges ----------
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GSheet {
    this._check('addDeveloperMetadata', [key, valueOrVisibility, visibility], ['String', 'String?', 'Object?'], ['String', 'Object']);
    addMetadata(this._env, { type: 'SHEET', sheetId: this._sheet.id }, key, valueOrVisibility, visibility);
    return this._self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataAt(this._env, { kind: 'sheet', sheetId: this._sheet.id });
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return finderFor(this._env, { kind: 'sheet', sheetId: this._sheet.id });
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return newProtection(this._env, 'SHEET', this._sheet, null);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    this._check('getProtections', [type], ['Object']);
    return protectionsOf(this._env, String(type) as 'RANGE' | 'SHEET', this._sheet.id);
  }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this._env.model.namedRanges.filter((n) => n.ref.sheetId === this._sheet.id).map((n) => namedRangeOf(this._env, n.name));
  }

  // ---------- charts ----------
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder { return newChartBuilder(this._env, null); }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] { return this._sheet.charts.map((d) => embeddedChartOf(this._env, d)); }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this._check('insertChart', [chart], ['Object']);
    const impl = this._chart(chart);
    this._anchorOnSheet(impl);
    const data = { ...impl._data, id: this._env.model.newId('chart') };
    this._sheet.charts.push(data);
    impl._data = data;
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this._check('updateChart', [chart], ['Object']);
    const impl = this._chart(chart);
    this._anchorOnSheet(impl);
    const i = this._sheet.charts.findIndex((c) => c.id === impl._data.id);
    if (i < 0) throw this._env.ctx.error('The chart could not be found.');
    this._sheet.charts[i] = impl._data;
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this._check('removeChart', [chart], ['Object']);
    const impl = this._chart(chart);
    const i = this._sheet.charts.findIndex((c) => c.id === impl._data.id);
    if (i < 0) throw this._env.ctx.error('The chart could not be found.');
    this._sheet.charts.splice(i, 1);
  }
  /** A chart's anchor cell must exist on this sheet ("Those columns are out of bounds." is what users report at insertChart). */
  private _anchorOnSheet(impl: EmbeddedChartImpl): void {
    const p = impl._data.position;
    this._lines('ROWS', p.row);
    this._lines('COLUMNS', p.column);
  }
  private _chart(chart: unknown): EmbeddedChartImpl {
    const impl = unwrap(chart, EmbeddedChartImpl);
    if (!impl) throw this._env.ctx.error('Invalid argument: chart');
    return impl;
  }
}

export type SheetApiCheck = Assert<OnlyApiMembers<SheetImpl, GSheet>>;
