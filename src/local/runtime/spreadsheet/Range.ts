import type { Env, Assert, OnlyApiMembers } from './internal';
import { wrap, check, unwrap } from './internal';
import type { SheetModel, CellFormats, FormatKey, GridRef } from './model';
import { FORMAT_DEFAULTS } from './model';
import { toA1 } from './a1';
import { readBlock, readCell, writeCell } from './cells';
import { formatValue } from './numberFormat';
import { normalizeColor } from './color';
import { sheetOf } from './Sheet';
import { DataValidationImpl, dataValidationOf } from './DataValidation';
import { addMetadata, finderFor, metadataAt } from './DeveloperMetadata';
import { newProtection } from './Protection';

type GRange = GoogleAppsScript.Spreadsheet.Range;

/** Sheets' answer for getNumberFormat on a cell that has none ("Automatic"). */
export const AUTOMATIC_NUMBER_FORMAT = '0.###############';

/** A Range handed to the add-on (counted as SpreadsheetApp.Range.*). 1-based coordinates. */
export function rangeOf(env: Env, sheet: SheetModel, row: number, column: number, numRows: number, numColumns: number): GRange {
  return wrap<GRange>(env, 'Range', new RangeImpl(env, sheet, row, column, numRows, numColumns));
}

export function rangeOfRef(env: Env, ref: GridRef): GRange | null {
  const sheet = env.model.sheetById(ref.sheetId);
  return sheet ? rangeOf(env, sheet, ref.row, ref.column, ref.numRows, ref.numColumns) : null;
}

/** Validates coordinates as Sheet.getRange does, with Google's messages. */
export function checkBounds(env: Env, sheet: SheetModel, row: number, column: number, numRows: number, numColumns: number): void {
  if (row < 1) throw env.ctx.error('The starting row of the range is too small.');
  if (column < 1) throw env.ctx.error('The starting column of the range is too small.');
  if (numRows < 1) throw env.ctx.error('The number of rows in the range must be at least 1.');
  if (numColumns < 1) throw env.ctx.error('The number of columns in the range must be at least 1.');
  if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
    throw env.ctx.error('The coordinates of the range are outside the dimensions of the sheet.');
  }
}

type HAlign = 'left' | 'center' | 'normal' | 'right' | null;
type VAlign = 'top' | 'middle' | 'bottom' | null;

export class RangeImpl implements Partial<GRange> {
  constructor(readonly _env: Env, readonly _sheet: SheetModel, readonly _row: number, readonly _col: number, readonly _nr: number, readonly _nc: number) {}

  _ref(): GridRef {
    return { sheetId: this._sheet.id, row: this._row, column: this._col, numRows: this._nr, numColumns: this._nc };
  }

  private _self(): GRange {
    return rangeOf(this._env, this._sheet, this._row, this._col, this._nr, this._nc);
  }

  private _check(method: string, args: readonly unknown[], ...sigs: (readonly string[])[]): void {
    check(this._env, `Range.${method}`, args, ...sigs);
  }

  /** Google's message when a 2-D argument does not have the range's shape. */
  private _checkShape(data: readonly unknown[][]): void {
    if (data.length !== this._nr) {
      throw this._env.ctx.error(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this._nr}.`);
    }
    for (const row of data) {
      if (!Array.isArray(row) || row.length !== this._nc) {
        throw this._env.ctx.error(`The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this._nc}.`);
      }
    }
  }

  // ---------- geometry ----------
  getRow(): number { return this._row; }
  getRowIndex(): number { return this._row; }
  getColumn(): number { return this._col; }
  getNumRows(): number { return this._nr; }
  getNumColumns(): number { return this._nc; }
  getHeight(): number { return this._nr; }
  getWidth(): number { return this._nc; }
  getLastRow(): number { return this._row + this._nr - 1; }
  getLastColumn(): number { return this._col + this._nc - 1; }
  getGridId(): number { return this._sheet.id; }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet { return sheetOf(this._env, this._sheet); }
  getA1Notation(): string {
    const wholeCols = this._row === 1 && this._nr === this._sheet.maxRows;
    const wholeRows = this._col === 1 && this._nc === this._sheet.maxColumns;
    if (wholeCols && !(this._nr === 1)) {
      const l = toA1(1, this._col, 1, this._nc).replace(/\d+/g, '');
      return l.includes(':') ? l : `${l}:${l}`;
    }
    if (wholeRows && this._nc > 1) return `${this._row}:${this._row + this._nr - 1}`;
    return toA1(this._row, this._col, this._nr, this._nc);
  }
  isStartRowBounded(): boolean { return true; }
  isStartColumnBounded(): boolean { return true; }
  isEndRowBounded(): boolean { return !(this._row === 1 && this._nr === this._sheet.maxRows); }
  isEndColumnBounded(): boolean { return !(this._col === 1 && this._nc === this._sheet.maxColumns); }

  getCell(row: number, column: number): GRange {
    this._check('getCell', [row, column], ['Integer', 'Integer']);
    if (row < 1 || column < 1 || row > this._nr || column > this._nc) throw this._env.ctx.error('The coordinates of the range are outside the dimensions of the sheet.');
    return rangeOf(this._env, this._sheet, this._row + row - 1, this._col + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    this._check('offset', [rowOffset, columnOffset, numRows, numColumns], ['Integer', 'Integer', 'Integer?', 'Integer?']);
    const r = this._row + rowOffset, c = this._col + columnOffset, nr = numRows ?? this._nr, nc = numColumns ?? this._nc;
    checkBounds(this._env, this._sheet, r, c, nr, nc);
    return rangeOf(this._env, this._sheet, r, c, nr, nc);
  }

  activate(): GRange {
    this._env.model.activeSheetId = this._sheet.id;
    this._env.model.activeRange = this._ref();
    return this._self();
  }

  // ---------- values ----------
  getValue(): unknown { return readCell(this._env, this._sheet, this._row - 1, this._col - 1); }
  getValues(): unknown[][] { return readBlock(this._env, this._sheet, this._row - 1, this._col - 1, this._nr, this._nc); }

  getDisplayValue(): string { return this._display(this._row - 1, this._col - 1); }
  getDisplayValues(): string[][] { return this._map((r, c) => this._display(r, c)); }
  private _display(r: number, c: number): string {
    const f = this._sheet.formats.numberFormat.get(r, c);
    return formatValue(this._sheet.values.get(r, c), f === AUTOMATIC_NUMBER_FORMAT ? '' : f, this._env.model.locale);
  }

  setValue(value: unknown): GRange {
    this._check('setValue', [value], ['Any']);
    for (let i = 0; i < this._nr; i++) for (let j = 0; j < this._nc; j++) writeCell(this._env, this._sheet, this._row - 1 + i, this._col - 1 + j, value);
    return this._self();
  }

  setValues(values: unknown[][]): GRange {
    this._check('setValues', [values], ['Object[][]']);
    this._checkShape(values);
    for (let i = 0; i < this._nr; i++) {
      const row = values[i];
      for (let j = 0; j < this._nc; j++) writeCell(this._env, this._sheet, this._row - 1 + i, this._col - 1 + j, row[j]);
    }
    return this._self();
  }

  isBlank(): boolean {
    for (let i = 0; i < this._nr; i++) for (let j = 0; j < this._nc; j++) {
      const r = this._row - 1 + i, c = this._col - 1 + j;
      if (this._sheet.values.get(r, c) !== undefined || this._sheet.formulas.get(r, c) !== undefined) return false;
    }
    return true;
  }

  // ---------- formulas ----------
  getFormula(): string { return this._sheet.formulas.get(this._row - 1, this._col - 1) ?? ''; }
  getFormulas(): string[][] { return this._map((r, c) => this._sheet.formulas.get(r, c) ?? ''); }
  setFormula(formula: string): GRange {
    this._check('setFormula', [formula], ['String']);
    for (let i = 0; i < this._nr; i++) for (let j = 0; j < this._nc; j++) this._putFormula(this._row - 1 + i, this._col - 1 + j, formula);
    return this._self();
  }
  setFormulas(formulas: string[][]): GRange {
    this._check('setFormulas', [formulas], ['String[][]']);
    this._checkShape(formulas);
    for (let i = 0; i < this._nr; i++) for (let j = 0; j < this._nc; j++) this._putFormula(this._row - 1 + i, this._col - 1 + j, formulas[i][j]);
    return this._self();
  }
  private _putFormula(r: number, c: number, f: string): void {
    if (f === '') { this._sheet.formulas.set(r, c, undefined); this._sheet.values.set(r, c, undefined); return; }
    // Sheets prefixes '=' when missing ("A1+1" is stored as "=A1+1").
    this._sheet.formulas.set(r, c, f.startsWith('=') ? f : `=${f}`);
    this._sheet.values.set(r, c, undefined);
  }

  // ---------- formats ----------
  private _map<T>(fn: (r: number, c: number) => T): T[][] {
    const out: T[][] = new Array(this._nr);
    for (let i = 0; i < this._nr; i++) {
      const line: T[] = new Array(this._nc);
      for (let j = 0; j < this._nc; j++) line[j] = fn(this._row - 1 + i, this._col - 1 + j);
      out[i] = line;
    }
    return out;
  }
  private _get<K extends FormatKey>(key: K, r = this._row - 1, c = this._col - 1): CellFormats[K] {
    return this._sheet.formats[key].get(r, c) ?? FORMAT_DEFAULTS[key];
  }
  private _getAll<K extends FormatKey>(key: K): CellFormats[K][][] {
    return this._map((r, c) => this._get(key, r, c));
  }
  /** Sets one format everywhere in the range; undefined resets to the default. */
  private _setAll<K extends FormatKey>(key: K, v: CellFormats[K] | undefined): GRange {
    for (let i = 0; i < this._nr; i++) for (let j = 0; j < this._nc; j++) this._sheet.formats[key].set(this._row - 1 + i, this._col - 1 + j, v);
    return this._self();
  }
  private _setEach<K extends FormatKey>(key: K, data: unknown[][], conv: (v: unknown) => CellFormats[K] | undefined): GRange {
    this._checkShape(data);
    for (let i = 0; i < this._nr; i++) for (let j = 0; j < this._nc; j++) this._sheet.formats[key].set(this._row - 1 + i, this._col - 1 + j, conv(data[i][j]));
    return this._self();
  }

  getNumberFormat(): string { return this._get('numberFormat') || AUTOMATIC_NUMBER_FORMAT; }
  getNumberFormats(): string[][] { return this._getAll('numberFormat').map((row) => row.map((f) => f || AUTOMATIC_NUMBER_FORMAT)); }
  setNumberFormat(numberFormat: string): GRange {
    this._check('setNumberFormat', [numberFormat], ['String']);
    return this._setAll('numberFormat', numberFormat);
  }
  setNumberFormats(numberFormats: string[][]): GRange {
    this._check('setNumberFormats', [numberFormats], ['String[][]']);
    return this._setEach('numberFormat', numberFormats, (v) => v as string);
  }

  getBackground(): string { return this._get('background'); }
  getBackgrounds(): string[][] { return this._getAll('background'); }
  setBackground(color: string | null): GRange {
    this._check('setBackground', [color], ['String'], ['Any']);
    return this._setAll('background', color === null ? undefined : normalizeColor(color));
  }
  setBackgroundRGB(red: number, green: number, blue: number): GRange {
    this._check('setBackgroundRGB', [red, green, blue], ['Integer', 'Integer', 'Integer']);
    const h = (n: number) => n.toString(16).padStart(2, '0');
    return this._setAll('background', `#${h(red)}${h(green)}${h(blue)}`);
  }
  setBackgrounds(color: Array<Array<string | null>>): GRange {
    this._check('setBackgrounds', [color], ['Object[][]']);
    return this._setEach('background', color, (v) => (v === null || v === undefined || v === '' ? undefined : normalizeColor(String(v))));
  }

  getFontColor(): string { return this._get('fontColor'); }
  getFontColors(): string[][] { return this._getAll('fontColor'); }
  setFontColor(color: string | null): GRange {
    this._check('setFontColor', [color], ['String'], ['Any']);
    return this._setAll('fontColor', color === null ? undefined : normalizeColor(color));
  }
  setFontColors(colors: unknown[][]): GRange {
    this._check('setFontColors', [colors], ['Object[][]']);
    return this._setEach('fontColor', colors, (v) => (v === null || v === undefined || v === '' ? undefined : normalizeColor(String(v))));
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight { return this._get('fontWeight'); }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] { return this._getAll('fontWeight'); }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GRange {
    this._check('setFontWeight', [fontWeight], ['String'], ['Any']);
    return this._setAll('fontWeight', fontWeight === null || fontWeight === 'normal' ? undefined : fontWeight);
  }
  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): GRange {
    this._check('setFontWeights', [fontWeights], ['Object[][]']);
    return this._setEach('fontWeight', fontWeights, (v) => (v === 'bold' ? 'bold' : undefined));
  }

  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle { return this._get('fontStyle'); }
  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] { return this._getAll('fontStyle'); }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): GRange {
    this._check('setFontStyle', [fontStyle], ['String'], ['Any']);
    return this._setAll('fontStyle', fontStyle === 'italic' ? 'italic' : undefined);
  }
  setFontStyles(fontStyles: Array<Array<GoogleAppsScript.Spreadsheet.FontStyle | null>>): GRange {
    this._check('setFontStyles', [fontStyles], ['Object[][]']);
    return this._setEach('fontStyle', fontStyles, (v) => (v === 'italic' ? 'italic' : undefined));
  }

  getFontSize(): number { return this._get('fontSize'); }
  getFontSizes(): number[][] { return this._getAll('fontSize'); }
  setFontSize(size: number): GRange {
    this._check('setFontSize', [size], ['Number']);
    return this._setAll('fontSize', size);
  }
  setFontSizes(sizes: number[][]): GRange {
    this._check('setFontSizes', [sizes], ['Object[][]']);
    return this._setEach('fontSize', sizes, (v) => (typeof v === 'number' ? v : undefined));
  }

  getFontFamily(): string { return this._get('fontFamily'); }
  getFontFamilies(): string[][] { return this._getAll('fontFamily'); }
  setFontFamily(fontFamily: string | null): GRange {
    this._check('setFontFamily', [fontFamily], ['String'], ['Any']);
    return this._setAll('fontFamily', fontFamily ?? undefined);
  }

  getHorizontalAlignment(): string { return this._get('horizontalAlignment'); }
  getHorizontalAlignments(): string[][] { return this._getAll('horizontalAlignment'); }
  setHorizontalAlignment(alignment: HAlign): GRange {
    this._check('setHorizontalAlignment', [alignment], ['String'], ['Any']);
    return this._setAll('horizontalAlignment', alignment === null || alignment === 'normal' ? undefined : alignment);
  }
  setHorizontalAlignments(alignments: HAlign[][]): GRange {
    this._check('setHorizontalAlignments', [alignments], ['Object[][]']);
    return this._setEach('horizontalAlignment', alignments, (v) => (v === null || v === 'normal' || v === undefined ? undefined : String(v)));
  }

  getVerticalAlignment(): string { return this._get('verticalAlignment'); }
  getVerticalAlignments(): string[][] { return this._getAll('verticalAlignment'); }
  setVerticalAlignment(alignment: VAlign): GRange {
    this._check('setVerticalAlignment', [alignment], ['String'], ['Any']);
    return this._setAll('verticalAlignment', alignment ?? undefined);
  }

  getWrap(): boolean { return this._get('wrap'); }
  getWraps(): boolean[][] { return this._getAll('wrap'); }
  setWrap(isWrapEnabled: boolean): GRange {
    this._check('setWrap', [isWrapEnabled], ['Boolean']);
    return this._setAll('wrap', isWrapEnabled);
  }
  setWraps(isWrapEnabled: boolean[][]): GRange {
    this._check('setWraps', [isWrapEnabled], ['Object[][]']);
    return this._setEach('wrap', isWrapEnabled, (v) => v === true);
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GRange {
    this._check('setWrapStrategy', [strategy], ['Object']);
    return this._setAll('wrap', String(strategy) === 'WRAP');
  }

  getNote(): string { return this._get('note'); }
  getNotes(): string[][] { return this._getAll('note'); }
  setNote(note: string | null): GRange {
    this._check('setNote', [note], ['String'], ['Any']);
    return this._setAll('note', note === null || note === '' ? undefined : String(note));
  }
  setNotes(notes: Array<Array<string | null>>): GRange {
    this._check('setNotes', [notes], ['Object[][]']);
    return this._setEach('note', notes, (v) => (v === null || v === undefined || v === '' ? undefined : String(v)));
  }
  clearNote(): GRange { return this._setAll('note', undefined); }

  /** Borders are accepted and kept as plain data on the sheet (not rendered, not read back by Google's API). */
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null, vertical: boolean | null, horizontal: boolean | null, color?: string | null, style?: GoogleAppsScript.Spreadsheet.BorderStyle | null): GRange {
    this._check('setBorder', [top, left, bottom, right, vertical, horizontal, color, style], ['Any', 'Any', 'Any', 'Any', 'Any', 'Any', 'Any?', 'Any?']);
    this._sheet.borders.push({ ref: this._ref(), top, left, bottom, right, vertical, horizontal, color: color ?? null, style: style == null ? null : String(style) });
    return this._self();
  }

  // ---------- clearing ----------
  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }): GRange {
    this._check('clear', [options], ['Object?']);
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    const [r0, c0, r1, c1] = [this._row - 1, this._col - 1, this._row - 1 + this._nr, this._col - 1 + this._nc];
    if (!any || o.contentsOnly) { this._sheet.values.clear(r0, c0, r1, c1); this._sheet.formulas.clear(r0, c0, r1, c1); }
    if (!any || o.formatOnly) for (const [k, g] of Object.entries(this._sheet.formats)) if (k !== 'note') g.clear(r0, c0, r1, c1);
    if (!any || o.validationsOnly) this._sheet.validations.clear(r0, c0, r1, c1);
    if (o.commentsOnly) this._sheet.formats.note.clear(r0, c0, r1, c1);
    return this._self();
  }
  clearContent(): GRange { return this.clear({ contentsOnly: true }); }
  clearFormat(): GRange { return this.clear({ formatOnly: true }); }
  clearDataValidations(): GRange { return this.clear({ validationsOnly: true }); }

  // ---------- validation ----------
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const v = this._sheet.validations.get(this._row - 1, this._col - 1);
    return v ? dataValidationOf(this._env, v) : null;
  }
  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    return this._map((r, c) => { const v = this._sheet.validations.get(r, c); return v ? dataValidationOf(this._env, v) : null; });
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GRange {
    this._check('setDataValidation', [rule], ['Object'], ['Any']);
    const impl = rule === null ? null : unwrap(rule, DataValidationImpl);
    if (rule !== null && !impl) throw this._env.ctx.error('The parameters (Object) don\'t match the method signature for SpreadsheetApp.Range.setDataValidation.');
    for (let i = 0; i < this._nr; i++) for (let j = 0; j < this._nc; j++) this._sheet.validations.set(this._row - 1 + i, this._col - 1 + j, impl ? impl._data : undefined);
    return this._self();
  }
  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): GRange {
    this._check('setDataValidations', [rules], ['Object[][]']);
    this._checkShape(rules);
    for (let i = 0; i < this._nr; i++) for (let j = 0; j < this._nc; j++) {
      const impl = rules[i][j] ? unwrap(rules[i][j], DataValidationImpl) : undefined;
      this._sheet.validations.set(this._row - 1 + i, this._col - 1 + j, impl ? impl._data : undefined);
    }
    return this._self();
  }
  /** Checkbox validation (TRUE/FALSE) with FALSE in empty cells, as Sheets does. */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): GRange {
    const data = { criteria: 'CHECKBOX', values: checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue], allowInvalid: false, helpText: null };
    for (let i = 0; i < this._nr; i++) for (let j = 0; j < this._nc; j++) {
      const r = this._row - 1 + i, c = this._col - 1 + j;
      this._sheet.validations.set(r, c, data);
      if (checkedValue === undefined && this._sheet.values.get(r, c) === undefined) this._sheet.values.set(r, c, false);
    }
    return this._self();
  }
  isChecked(): boolean | null {
    const v = this._sheet.validations.get(this._row - 1, this._col - 1);
    if (!v || v.criteria !== 'CHECKBOX') return null;
    const value = this._sheet.values.get(this._row - 1, this._col - 1);
    return v.values.length ? value === v.values[0] : value === true;
  }

  // ---------- metadata, protection ----------
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GRange {
    this._check('addDeveloperMetadata', [key, valueOrVisibility, visibility], ['String', 'String?', 'Object?'], ['String', 'Object']);
    const wholeRows = this._col === 1 && this._nc === this._sheet.maxColumns;
    const wholeCols = this._row === 1 && this._nr === this._sheet.maxRows;
    if (!wholeRows && !wholeCols) {
      throw this._env.ctx.error('Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.');
    }
    const location = wholeRows
      ? { type: 'ROW' as const, sheetId: this._sheet.id, start: this._row, count: this._nr }
      : { type: 'COLUMN' as const, sheetId: this._sheet.id, start: this._col, count: this._nc };
    addMetadata(this._env, location, key, valueOrVisibility, visibility);
    return this._self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataAt(this._env, { kind: 'range', ref: this._ref(), intersecting: false });
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return finderFor(this._env, { kind: 'range', ref: this._ref(), intersecting: false });
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return newProtection(this._env, 'RANGE', this._sheet, this._ref());
  }
  canEdit(): boolean { return true; }

  // ---------- moving data ----------
  /** Copies values, formulas and formats (or only one of them) to `destination`'s top-left cell. */
  copyTo(destination: GRange, options?: unknown, transposed?: boolean): void {
    this._check('copyTo', [destination, options, transposed], ['Object', 'Object?', 'Boolean?']);
    const dest = unwrap(destination, RangeImpl);
    if (!dest) throw this._env.ctx.error('Target range and source range must be on the same spreadsheet.');
    const o = (options && typeof options === 'object' && !('ordinal' in (options as object)) ? options : {}) as { formatOnly?: boolean; contentsOnly?: boolean };
    const mode = options !== undefined && 'ordinal' in Object(options) ? String(options) : '';
    const contents = !o.formatOnly && mode !== 'PASTE_FORMAT';
    const formats = !o.contentsOnly && mode !== 'PASTE_VALUES' && mode !== 'PASTE_FORMULA';
    const src = this._sheet, dst = dest._sheet;
    const snapshot = { values: this._map((r, c) => src.values.get(r, c)), formulas: this._map((r, c) => src.formulas.get(r, c)), formats: Object.fromEntries(Object.entries(src.formats).map(([k, g]) => [k, this._map((r, c) => g.get(r, c))])) };
    for (let i = 0; i < this._nr; i++) for (let j = 0; j < this._nc; j++) {
      const r = dest._row - 1 + (transposed ? j : i), c = dest._col - 1 + (transposed ? i : j);
      if (r >= dst.maxRows || c >= dst.maxColumns) continue;
      if (contents) { dst.values.set(r, c, snapshot.values[i][j]); dst.formulas.set(r, c, mode === 'PASTE_VALUES' ? undefined : snapshot.formulas[i][j]); }
      if (formats) for (const [k, g] of Object.entries(dst.formats)) (g as { set(r: number, c: number, v: unknown): void }).set(r, c, snapshot.formats[k][i][j]);
    }
  }

  /** Sorts the rows of the range by column(s): sort(2), sort({column: 2, ascending: false}), or an array of those. */
  sort(sortSpecObj: unknown): GRange {
    this._check('sort', [sortSpecObj], ['Any']);
    const specs = (Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj]).map((s) => (typeof s === 'number' ? { column: s, ascending: true } : { column: Number((s as { column: number }).column), ascending: (s as { ascending?: boolean }).ascending !== false }));
    for (const s of specs) if (s.column < this._col || s.column > this._col + this._nc - 1) throw this._env.ctx.error(`Sort column is out of the range of the sort range.`);
    const r0 = this._row - 1, c0 = this._col - 1;
    const grids = this._sheet.grids();
    const rows = Array.from({ length: this._nr }, (_, i) => ({ i, cells: grids.map((g) => Array.from({ length: this._nc }, (_, j) => g.get(r0 + i, c0 + j))) }));
    const rank = (v: unknown) => (v === undefined ? 4 : typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
    rows.sort((a, b) => {
      for (const s of specs) {
        const va = a.cells[0][s.column - this._col], vb = b.cells[0][s.column - this._col];
        if (va === vb) continue;
        if (va === undefined) return 1; // empty cells last, whatever the order
        if (vb === undefined) return -1;
        const d = rank(va) - rank(vb) || (va! < vb! ? -1 : va! > vb! ? 1 : 0);
        if (d) return s.ascending ? d : -d;
      }
      return a.i - b.i;
    });
    rows.forEach((row, i) => grids.forEach((g, k) => row.cells[k].forEach((v, j) => g.set(r0 + i, c0 + j, v))));
    return this._self();
  }

  /** Trims whitespace of every text cell (Range.trimWhitespace). */
  trimWhitespace(): GRange {
    for (let i = 0; i < this._nr; i++) for (let j = 0; j < this._nc; j++) {
      const v = this._sheet.values.get(this._row - 1 + i, this._col - 1 + j);
      if (typeof v === 'string') this._sheet.values.set(this._row - 1 + i, this._col - 1 + j, v.trim().replace(/\s+/g, ' ') || undefined);
    }
    return this._self();
  }
}

export type RangeApiCheck = Assert<OnlyApiMembers<RangeImpl, GRange>>;
