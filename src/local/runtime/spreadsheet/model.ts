import { Grid } from './grid';
import { parseA1, toA1, columnToLetters } from './a1';
import { isDateFormat, defaultDateFormat, defaultDateTimeFormat, formatValue } from './numberFormat';
import { instantOfSerial, serialOfUtcWallClock } from './serial';
import { isDate } from '../infra/checkArgs';

/**
 * The host-side workbook model: plain data that the fake SpreadsheetApp reads and writes,
 * that xlsx/csv IO load and save, and that tests inspect. No Google objects in here.
 *
 * Cells hold numbers, strings and booleans; a date is a number (a serial: a wall clock in the
 * spreadsheet's time zone) whose number format is a date format, as in Sheets. Formulas are
 * kept as text beside the value (their cached result, if a loaded file had one); the runtime
 * does not evaluate formulas.
 */
export type CellValue = number | string | boolean;

/** Per-cell formatting kept by the model (Sheets' defaults when absent). */
export interface CellFormats {
  numberFormat: string;
  background: string;
  fontColor: string;
  fontWeight: 'normal' | 'bold';
  fontStyle: 'normal' | 'italic';
  fontSize: number;
  fontFamily: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrap: boolean;
  note: string;
}
export type FormatKey = keyof CellFormats;
export const FORMAT_KEYS: readonly FormatKey[] = ['numberFormat', 'background', 'fontColor', 'fontWeight', 'fontStyle', 'fontSize', 'fontFamily', 'horizontalAlignment', 'verticalAlignment', 'wrap', 'note'];

/** What getters return for a cell with no explicit format (Sheets' defaults). */
export const FORMAT_DEFAULTS: CellFormats = {
  numberFormat: '', background: '#ffffff', fontColor: '#000000', fontWeight: 'normal', fontStyle: 'normal',
  fontSize: 10, fontFamily: 'Arial', horizontalAlignment: 'general', verticalAlignment: 'bottom', wrap: false, note: '',
};

/** A rectangle on a sheet, 1-based, inclusive sizes. */
export interface GridRef { sheetId: number; row: number; column: number; numRows: number; numColumns: number }

export interface ConditionData { criteria: string; values: unknown[] }
export interface ConditionalFormatData {
  condition: ConditionData | null;
  gradient: { min?: [string, string, string]; mid?: [string, string, string]; max?: [string, string, string] } | null;
  format: { background?: string | null; fontColor?: string | null; bold?: boolean | null; italic?: boolean | null; strikethrough?: boolean | null; underline?: boolean | null };
  ranges: GridRef[];
}
export interface ValidationData { criteria: string; values: unknown[]; allowInvalid: boolean; helpText: string | null }
export interface DeveloperMetadataData {
  id: number; key: string; value: string | null; visibility: 'DOCUMENT' | 'PROJECT';
  location: { type: 'SPREADSHEET' } | { type: 'SHEET'; sheetId: number } | { type: 'ROW' | 'COLUMN'; sheetId: number; start: number; count: number };
}
export interface ProtectionData { id: number; type: 'RANGE' | 'SHEET'; sheetId: number; range: GridRef | null; description: string; warningOnly: boolean; rangeName: string | null; unprotected: GridRef[] }
export interface NamedRangeData { name: string; ref: GridRef }
export interface ChartData {
  /** null until Sheet.insertChart gives it one. */
  id: number | null; chartType: string | null; ranges: GridRef[];
  /** One tree of Gviz options ({ legend: { position: 'bottom' } }); read a path with chartOption(data, 'legend.position'). */
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  numHeaders: number; transpose: boolean; hiddenDimensionStrategy: string; mergeStrategy: string;
}

export interface BorderData { ref: GridRef; top: boolean | null; left: boolean | null; bottom: boolean | null; right: boolean | null; vertical: boolean | null; horizontal: boolean | null; color: string | null; style: string | null }

export class SheetModel {
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  readonly values = new Grid<CellValue>();
  readonly formulas = new Grid<string>();
  readonly formats: { [K in FormatKey]: Grid<CellFormats[K]> } = {
    numberFormat: new Grid(), background: new Grid(), fontColor: new Grid(), fontWeight: new Grid(), fontStyle: new Grid(),
    fontSize: new Grid(), fontFamily: new Grid(), horizontalAlignment: new Grid(), verticalAlignment: new Grid(), wrap: new Grid(), note: new Grid(),
  };
  readonly validations = new Grid<ValidationData>();
  /** Column widths in pixels by 1-based column (Sheets' default is 100). */
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  conditionalFormats: ConditionalFormatData[] = [];
  charts: ChartData[] = [];
  /** Borders set with Range.setBorder, in order (kept as data; not read back by Google's API). */
  borders: BorderData[] = [];
  /** 1-based rows/columns hidden by the user (hideRows/hideColumns). */
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();

  constructor(readonly workbook: WorkbookModel, public id: number, public name: string) {}

  /** 1-based last row holding a value or a formula (0 when empty), as Sheet.getLastRow. */
  lastRow(): number {
    return Math.max(this.values.lastRow(), this.formulas.lastRow()) + 1;
  }

  lastColumn(): number {
    return Math.max(this.values.lastColumn(), this.formulas.lastColumn()) + 1;
  }

  numberFormat(r: number, c: number): string {
    return this.formats.numberFormat.get(r, c) ?? '';
  }

  /** Every grid that moves with rows/columns. */
  grids(): Grid<unknown>[] {
    return [this.values, this.formulas, this.validations, ...Object.values(this.formats)] as Grid<unknown>[];
  }

  // ---------- host readers for tests ----------

  /**
   * The data range (A1 to the last row/column with content) as the host sees it: numbers,
   * strings, booleans, '' for empty, host Dates for date cells (the instant of the wall clock in
   * the spreadsheet's zone, as getValues gives), formulas as their cached value or ''.
   */
  valuesAsHost(): unknown[][] {
    const out: unknown[][] = [];
    const nr = this.lastRow(), nc = this.lastColumn();
    for (let r = 0; r < nr; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < nc; c++) {
        const v = this.values.get(r, c);
        if (v === undefined) row.push('');
        else if (typeof v === 'number' && isDateFormat(this.numberFormat(r, c))) row.push(new Date(instantOfSerial(v, this.workbook.timeZone)));
        else row.push(v);
      }
      out.push(row);
    }
    return out;
  }

  /** The data range as getDisplayValues shows it, in the spreadsheet's locale. */
  displayValuesAsHost(): string[][] {
    const out: string[][] = [];
    const nr = this.lastRow(), nc = this.lastColumn();
    for (let r = 0; r < nr; r++) {
      const row: string[] = [];
      for (let c = 0; c < nc; c++) row.push(formatValue(this.values.get(r, c), this.numberFormat(r, c), this.workbook.locale));
      out.push(row);
    }
    return out;
  }

  /** Every formula on the sheet: where and what (to prove user data never became a formula). */
  formulaCells(): { a1: string; formula: string }[] {
    return [...this.formulas.entries()].map(([r, c, f]) => ({ a1: `${columnToLetters(c + 1)}${r + 1}`, formula: f }));
  }

  /** One cell's stored content and formats, by A1 ('B2'). */
  cell(a1: string): { value: CellValue | undefined; formula: string | undefined } & Partial<CellFormats> {
    const ref = parseA1(a1);
    if (!ref || ref.startRow === undefined || ref.startColumn === undefined) throw new Error(`Not a cell: ${a1}`);
    const r = ref.startRow - 1, c = ref.startColumn - 1;
    const out: { value: CellValue | undefined; formula: string | undefined } & Partial<CellFormats> = { value: this.values.get(r, c), formula: this.formulas.get(r, c) };
    for (const k of FORMAT_KEYS) {
      const v = this.formats[k].get(r, c);
      if (v !== undefined) (out as Record<string, unknown>)[k] = v;
    }
    return out;
  }
}

export interface WorkbookOptions {
  /** Spreadsheet time zone (IANA), default 'Europe/Paris'. */
  timeZone?: string;
  /** Spreadsheet locale, default 'fr_FR'. */
  locale?: string;
  name?: string;
  id?: string;
}

/** Cell content accepted by fromGrids: a host Date is taken as its UTC wall clock (ExcelJS's convention). */
export type HostCell = string | number | boolean | Date | null | undefined;

export class WorkbookModel {
  name: string;
  id: string;
  timeZone: string;
  locale: string;
  sheets: SheetModel[] = [];
  activeSheetId = 0;
  /** Active range of the active sheet (what the user selected), or null for A1. */
  activeRange: GridRef | null = null;
  namedRanges: NamedRangeData[] = [];
  developerMetadata: DeveloperMetadataData[] = [];
  protections: ProtectionData[] = [];
  /**
   * The file was deleted, or the user running the script lost access to it: there is no active
   * spreadsheet any more, so SpreadsheetApp.getActive() and getActiveSpreadsheet() return null
   * ("Returns the currently active spreadsheet, or null if there is none",
   * developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet()).
   */
  unavailable = false;
  private nextIds = { sheet: 1000000001, metadata: 1, protection: 1, chart: 2000000001 };

  constructor(opts: WorkbookOptions = {}) {
    this.timeZone = opts.timeZone ?? 'Europe/Paris';
    this.locale = opts.locale ?? 'fr_FR';
    this.name = opts.name ?? 'Pilote (local)';
    this.id = opts.id ?? '1LocalRuntimeSpreadsheet000000000000000000a';
  }

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  /** A workbook with one empty sheet, named as Sheets names it in the locale. */
  static empty(opts: WorkbookOptions = {}): WorkbookModel {
    const wb = new WorkbookModel(opts);
    wb.addSheet(defaultSheetName(wb.locale, 1));
    return wb;
  }

  /**
   * A workbook from plain rows, one sheet per key, in order:
   *   WorkbookModel.fromGrids({ Leads: [['Name', 'Date'], ['Ada', new Date(Date.UTC(2026, 2, 1))]] }, { timeZone: 'Europe/Paris' })
   * A Date cell is taken as its UTC wall clock (2026-03-01 00:00 above, whatever the zones),
   * stored as a serial with the locale's default date (or date-time) format. A string starting
   * with '=' stays TEXT: use `setFormula` on the model for formulas.
   */
  static fromGrids(grids: Record<string, HostCell[][]>, opts: WorkbookOptions = {}): WorkbookModel {
    const wb = new WorkbookModel(opts);
    for (const [name, rows] of Object.entries(grids)) {
      const sheet = wb.addSheet(name);
      rows.forEach((row, r) => row.forEach((v, c) => wb.setHostCell(sheet, r, c, v)));
      sheet.maxRows = Math.max(sheet.maxRows, rows.length);
      for (const row of rows) if (row.length > sheet.maxColumns) sheet.maxColumns = row.length;
    }
    if (wb.sheets.length === 0) wb.addSheet(defaultSheetName(wb.locale, 1));
    return wb;
  }

  /** Stores a host value in a cell (0-based), dates by their UTC wall clock. */
  setHostCell(sheet: SheetModel, r: number, c: number, v: HostCell): void {
    if (v === null || v === undefined || v === '') { sheet.values.set(r, c, undefined); return; }
    if (isDate(v)) {
      const serial = serialOfUtcWallClock(v);
      sheet.values.set(r, c, serial);
      if (!isDateFormat(sheet.numberFormat(r, c))) {
        sheet.formats.numberFormat.set(r, c, Number.isInteger(serial) ? defaultDateFormat(this.locale) : defaultDateTimeFormat(this.locale));
      }
      return;
    }
    sheet.values.set(r, c, v as CellValue);
  }

  sheet(name: string): SheetModel {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`No sheet named ${JSON.stringify(name)} (sheets: ${this.sheets.map((x) => x.name).join(', ')})`);
    return s;
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((x) => x.id === id);
  }

  activeSheet(): SheetModel {
    return this.sheetById(this.activeSheetId) ?? this.sheets[0];
  }

  /** Adds a sheet (first one gets id 0, as in Sheets), at `index` (0-based) or last. */
  addSheet(name: string, index?: number): SheetModel {
    const id = this.sheets.length === 0 && !this.sheetById(0) ? 0 : this.nextIds.sheet++;
    const s = new SheetModel(this, id, name);
    if (index === undefined || index >= this.sheets.length) this.sheets.push(s);
    else this.sheets.splice(Math.max(0, index), 0, s);
    if (this.sheets.length === 1) this.activeSheetId = id;
    return s;
  }

  newId(kind: 'metadata' | 'protection' | 'chart'): number {
    return this.nextIds[kind]++;
  }

  /** Every formula in the workbook, per sheet. */
  formulaCells(): { sheet: string; a1: string; formula: string }[] {
    return this.sheets.flatMap((s) => s.formulaCells().map((f) => ({ sheet: s.name, ...f })));
  }

  /** A1 of a GridRef with its sheet ('Leads!A1:B2'), for messages and tests. */
  refToA1(ref: GridRef): string {
    const s = this.sheetById(ref.sheetId);
    return `${s ? s.name : '?'}!${toA1(ref.row, ref.column, ref.numRows, ref.numColumns)}`;
  }
}

/** 'Sheet1' in English, 'Feuille 1' in French, as Sheets names new sheets. */
export function defaultSheetName(locale: string, n: number): string {
  const lang = locale.split(/[_-]/)[0];
  if (lang === 'fr') return `Feuille ${n}`;
  if (lang === 'de') return `Tabellenblatt${n}`;
  if (lang === 'es') return `Hoja ${n}`;
  return `Sheet${n}`;
}
