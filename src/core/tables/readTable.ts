import { Cell, Grid, Invalid, errorCellOf, isBlank, isInvalid, showCell } from '../cells/cell';
import { DayOf, isFullDateText, otherReading, parseDay } from '../cells/date';
import { parseAmount, readNumberText } from '../cells/amount';
import { parsePeriodLabel } from '../cells/periodText';
import { filterKey, normalizeHeader, textOf } from '../cells/text';
import { monthOf, NamedPeriod } from '../dates/period';
import { formatDay, isDate } from '../dates/day';
import type { LocaleInfo } from '../format/locale';
import type { FieldKey, FieldOf, VocabularyType } from './fields';
import { hashText, sortByHash } from './hashRows';
import { clip, DataIssue } from './issues';
import { FieldSpec, FieldType, MONTH_HEADERS, TABLES, TableKind } from './schema';
import {
  activityTypeOf, ACTIVITY_TYPE_CODES, dealStageOf, DEAL_STAGE_CODES, leadStatusOf, LEAD_STATUS_CODES, spendCategoryOf,
  SPEND_CATEGORY_CODES, SUGGEST, surveyTypeOf, SURVEY_TYPE_CODES,
} from './vocabulary';

export interface ReadOptions {
  /** Calendar day of a Date cell, in the spreadsheet's time zone. */
  dayOf: DayOf;
  /** The spreadsheet's locale: separators of text amounts, order of text dates (`3/4/2026`). */
  locale: LocaleInfo;
  /**
   * False when the locale's date order was assumed rather than known (the CLI could not tell it
   * from the data): a text date valid both ways is then read in that order *and* reported as
   * ambiguous by the data check. Default true (a spreadsheet's locale is known).
   */
  dateOrderKnown?: boolean;
  /** Name shown in messages (sheet name); defaults to the kind's English label. */
  name?: string;
  /**
   * Parse a column only when a KPI asks for it. Custom functions use this: a KPI reads two or
   * three columns of a ten-column range. Default: every column at once (the data check, the
   * report and the dashboard need them all).
   */
  lazy?: boolean;
}

/**
 * Days since 1970-01-01, one per data row; NaN where the cell is blank or can't be read. Days are
 * whole numbers: a 32-bit float holds every one exactly up to ±2^24 (years −43,000 to 47,000; a
 * date beyond is reported, not rounded), in half the memory of a Float64Array, and keeps NaN.
 */
export type DayColumn = Float32Array;
/** Amounts or numbers, one per data row; NaN where the cell is blank or can't be read. */
export type NumberColumn = Float64Array;
/** Spend dated by a day or a whole month: each row's first and last day (NaN: no date), as DayColumn. */
export interface SpanColumn { from: DayColumn; to: DayColumn }
/**
 * Text dictionary-coded: each row's code into `values` (the distinct texts, trimmed, as written,
 * in order of first appearance), -1 where the cell is blank or can't be read. Codes take a byte
 * per row for up to 128 texts, two bytes for up to 32,768 (owners, channels, products: a byte).
 */
export interface TextColumn { codes: TextCodes; values: string[] }
export type TextCodes = Int8Array | Int16Array | Int32Array;
/** A closed vocabulary (stage, status, type…): each row's index into its *_CODES list, -1 where blank or unreadable. */
export type CodeColumn = Int8Array;

/**
 * Any column as filters see it: each row's code into `keys` (trimmed, lower case, a Date cell as
 * its day, '' for blank), in order of first appearance; `first` is the first row with each key
 * (its cell is the key's first spelling). Codes take a byte when there are at most 256 keys.
 */
export interface KeyColumn {
  codes: Uint8Array | Uint16Array | Int32Array;
  keys: string[];
  first: number[];
  /** Code of a key, -1 when no row has it. */
  codeOf(key: string): number;
}

type Parsed = DayColumn | NumberColumn | SpanColumn | TextColumn | CodeColumn | (NamedPeriod | undefined)[];

/**
 * A table read from a range whose first row is headers, held column-wise: blank rows are
 * skipped, each recognised field is parsed into a typed column (days as Float32Array, amounts as Float64Array,
 * text dictionary-coded, vocabularies as small codes), at once, or — read `lazy`, as a custom
 * function reads its range — when first used, and then only as far as asked: the first date
 * column read also finds the data rows (one pass over the range), and `fill` parses other fields
 * for the rows a query looks at only (a month's deals, not the whole range).
 * Rows are numbered 0…size-1 ("data rows"); `rowNumbers` gives each its sheet row. A cell that
 * can't be read is NaN / -1 in its column and an issue naming row, column and why. Never throws
 * on bad data: the KPIs decide what they can't do without. No object per row.
 */
export class Table<K extends TableKind = TableKind> {
  /** Headers as written. */
  readonly headers: string[];
  /** Column index of each recognised field. */
  readonly columns: Partial<Record<string, number>>;
  /** Headers no field recognised (kept for filters on any column). */
  readonly unmatched: string[];
  readonly issues: DataIssue[] = [];
  /** Fields parsed in every row: all recognised ones unless the table was read `lazy`. */
  readonly parsed = new Set<string>();
  readonly options: ReadOptions;
  private readonly builders = new Map<string, Builder>();
  private readonly keyColumns = new Map<number, KeyColumn>();
  /** Check-only fields checked (their unreadable cells reported), and the repeats found. */
  private readonly checked = new Set<string>();
  private readonly repeated = new Map<string, Int32Array>();
  private found = false;
  private count = 0;
  private spreadRows?: Int32Array;
  private numbers?: Int32Array;

  constructor(readonly kind: K, readonly name: string, readonly grid: Grid, options: ReadOptions) {
    const headerRow = grid.length > 0 ? grid[0] : [];
    this.headers = headerRow.map((h) => showCell(h).trim());
    const { columns, unmatched } = matchHeaders(TABLES[kind].fields, this.headers);
    this.columns = columns;
    this.unmatched = unmatched;
    this.options = { ...options, name };
    if (!options.lazy) this.findRows();
  }

  /** Number of data (non-blank) rows. */
  get size(): number {
    if (!this.found) this.findRows();
    return this.count;
  }

  /** Grid index of each data row when blank rows come between them; undefined when data row i is grid row i + 1. */
  get spread(): Int32Array | undefined {
    if (!this.found) this.findRows();
    return this.spreadRows;
  }

  /** Sheet row of each data row (the header is row 1: the sheet row for a range from row 1); made when first asked. */
  get rowNumbers(): Int32Array {
    if (!this.numbers) {
      const out = new Int32Array(this.size);
      for (let i = 0; i < out.length; i++) out[i] = this.gridIndex(i) + 1;
      this.numbers = out;
    }
    return this.numbers;
  }

  /** Index in the grid of data row `i`. */
  gridIndex(i: number): number {
    const spread = this.spread;
    return spread ? spread[i] : i + 1;
  }

  /** The cell of data row `i` in column `col`, as given. */
  cell(i: number, col: number): Cell {
    return this.grid[this.gridIndex(i)][col];
  }

  /**
   * Finds the data rows now, reading the day field `dayKey` in the same pass (a custom function
   * then goes through its range once to find the rows and their dates).
   */
  prepare(dayKey?: string): void {
    if (this.found) return;
    const field = dayKey === undefined ? undefined : TABLES[this.kind].fields.find((f) => f.key === dayKey);
    if (field && field.type === 'day' && this.columns[field.key] !== undefined) this.findRowsWithDays(field);
    else this.findRows();
  }

  /**
   * Parses the listed fields in every row (a field without a column reads as blank everywhere).
   * A check-only field (an ID no KPI reads) is only checked: its unreadable cells reported, its
   * column built if someone asks for it (see CHECK_ONLY).
   */
  ensure(keys: readonly string[]): void {
    for (const key of keys) {
      if (this.parsed.has(key)) continue;
      if (CHECK_ONLY[this.kind]?.includes(key)) this.checkCells(key);
      else this.builder(key).fill();
      this.parsed.add(key);
    }
  }

  /**
   * Data rows whose text in `key` an earlier row already has (trimmed, case as written),
   * ascending: duplicated IDs. Found by hash when the column isn't built (see hashRows).
   */
  repeats(key: FieldOf<TableKind, 'text'>): Int32Array {
    let found = this.repeated.get(key);
    if (!found) {
      const b = this.builders.get(key);
      found = b?.full ? repeatedCodes((b.data as TextColumn).codes) : repeatedTexts(this as Table, fieldOf(this.kind, key));
      this.repeated.set(key, found);
    }
    return found;
  }

  /** Parses the listed fields in the given data rows only (what a query looks at). */
  fill(keys: readonly string[], rows: ArrayLike<number>): void {
    for (const key of keys) if (!this.parsed.has(key)) this.builder(key).fill(rows);
  }

  /** A day field's column: every row, unless rows were asked with `fill` (then those rows). */
  day(key: FieldOf<TableKind, 'day'>): DayColumn {
    if (!this.builders.has(key)) this.prepare(key);
    return this.column(key, 'day') as DayColumn;
  }

  span(key: FieldOf<TableKind, 'span'>): SpanColumn {
    return this.column(key, 'span') as SpanColumn;
  }

  /** An amount or number field. */
  number(key: FieldOf<TableKind, 'amount' | 'number'>): NumberColumn {
    return this.column(key, 'amount') as NumberColumn;
  }

  text(key: FieldOf<TableKind, 'text'>): TextColumn {
    return this.column(key, 'text') as TextColumn;
  }

  /** A closed vocabulary's codes (see DEAL_STAGE_CODES, LEAD_STATUS_CODES…). */
  code(key: FieldOf<TableKind, VocabularyType>): CodeColumn {
    return this.column(key, 'stage') as CodeColumn;
  }

  period(key: FieldOf<TableKind, 'period'>): readonly (NamedPeriod | undefined)[] {
    return this.column(key, 'period') as (NamedPeriod | undefined)[];
  }

  /**
   * A field's value in data row `i` as a plain value (text, day, `{ from, to }`, 'won'…), or
   * undefined when blank or unreadable. For the few reads off the hot path (targets, tests).
   */
  value(key: FieldKey<TableKind>, i: number): unknown {
    const type = fieldOf(this.kind, key).type;
    this.ensure([key]);
    const col = this.column(key, type);
    switch (type) {
      case 'day': case 'amount': case 'number': {
        const v = (col as DayColumn | NumberColumn)[i];
        return v === v ? v : undefined;
      }
      case 'span': {
        const s = col as SpanColumn;
        return s.from[i] === s.from[i] ? { from: s.from[i], to: s.to[i] } : undefined;
      }
      case 'text': {
        const t = col as TextColumn;
        return t.codes[i] < 0 ? undefined : t.values[t.codes[i]];
      }
      case 'period':
        return (col as (NamedPeriod | undefined)[])[i];
      default: {
        const c = (col as CodeColumn)[i];
        return c < 0 ? undefined : VOCABULARY[type as VocabularyType][c];
      }
    }
  }

  /** Column `col` (any header, recognised or not) coded by filter key; built once per column. */
  keys(col: number): KeyColumn {
    let found = this.keyColumns.get(col);
    if (!found) this.keyColumns.set(col, (found = keyColumn(this, col)));
    return found;
  }

  /** Whether `keys(col)` was built already. */
  hasKeys(col: number): boolean {
    return this.keyColumns.has(col);
  }

  /** A field's column as parsed so far; parsed in every row if it wasn't at all. */
  private column(key: string, expected: FieldType): Parsed {
    const type = fieldOf(this.kind, key).type;
    const ok = expected === type || (expected === 'amount' && type === 'number') || (expected === 'stage' && VOCABULARY[type as VocabularyType] !== undefined);
    if (!ok) throw new Error(`${this.kind}.${key} is a ${type} field, not ${expected}`);
    if (!this.builders.has(key)) {
      // Quietly for a check-only field already checked: its problems are reported.
      this.builder(key, this.checked.has(key)).fill();
      this.parsed.add(key);
    }
    return this.builders.get(key)!.data;
  }

  private builder(key: string, quiet = false): Builder {
    let b = this.builders.get(key);
    if (!b) this.builders.set(key, (b = makeBuilder(this as Table, fieldOf(this.kind, key), quiet)));
    return b;
  }

  /** Reports a check-only field's unreadable cells, building nothing. */
  private checkCells(key: string): void {
    this.checked.add(key);
    const col = this.columns[key];
    if (col === undefined) return;
    const reader = new CellReader(this as Table, fieldOf(this.kind, key));
    for (let i = 0; i < this.size; i++) {
      const raw = this.cell(i, col);
      if (typeof raw !== 'string' || !plainText(raw)) reader.read(i, raw);
    }
  }

  /** Data rows: those with a non-blank cell within the headers' width. */
  private findRows(): void {
    this.found = true;
    const grid = this.grid, width = this.headers.length;
    let n = 0, last = 0;
    for (let r = 1; r < grid.length; r++) if (!isBlankRow(grid[r], width)) { n++; last = r; }
    this.settle(n, last);
  }

  /**
   * findRows and a day column in one pass: a Date cell makes its row a data row without looking
   * further; other cells (text dates, mistakes) go through the field's parser once rows are known.
   */
  private findRowsWithDays(field: FieldSpec): void {
    this.found = true;
    const grid = this.grid, width = this.headers.length, col = this.columns[field.key]!, dayOf = this.options.dayOf;
    const byGridRow = new Float32Array(Math.max(grid.length - 1, 0)).fill(NaN);
    const others: number[] = [];
    let n = 0, last = 0;
    for (let r = 1; r < grid.length; r++) {
      const cells = grid[r], raw = cells[col];
      if (raw instanceof Date) {
        const t = raw.getTime();
        if (t === t) {
          const d = dayOf(raw);
          if (d > -MAX_DAY && d < MAX_DAY) { byGridRow[r - 1] = d; n++; last = r; continue; }
        }
      }
      if (blankCell(raw)) {
        if (isBlankRow(cells, width)) continue;
      } else others.push(r);
      n++;
      last = r;
    }
    this.settle(n, last);
    const spread = this.spreadRows;
    let days: DayColumn;
    if (!spread) days = byGridRow.subarray(0, n);
    else {
      days = new Float32Array(n);
      for (let i = 0; i < n; i++) days[i] = byGridRow[spread[i] - 1];
    }
    const b = new DayBuilder(this as Table, field, days);
    b.fill(others.map((r) => (spread ? indexOf(spread, r) : r - 1)));
    b.complete();
    this.builders.set(field.key, b);
    this.parsed.add(field.key);
  }

  private settle(n: number, last: number): void {
    this.count = n;
    if (last === n) return;
    // Blank rows between data rows: list where each data row is (else no list at all).
    const grid = this.grid, width = this.headers.length;
    const spread = new Int32Array(n);
    for (let r = 1, k = 0; r < grid.length; r++) if (!isBlankRow(grid[r], width)) spread[k++] = r;
    this.spreadRows = spread;
  }
}

/** Position of `x` in an ascending array. */
function indexOf(sorted: Int32Array, x: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * Text fields no KPI reads: a full read only checks them (unreadable cells reported, repeats
 * found when the data check asks) and builds no column — an ID column's dictionary is a text and
 * a code per row that nothing uses. Their column is built if asked (`text('id')`).
 */
const CHECK_ONLY: Partial<Record<TableKind, readonly string[]>> = { leads: ['id'], deals: ['id'], activities: ['dealId'] };

/** Rows whose code an earlier row has, ascending. */
export function repeatedCodes(codes: ArrayLike<number>): Int32Array {
  let max = -1;
  for (let i = 0; i < codes.length; i++) if (codes[i] > max) max = codes[i];
  const seen = new Uint8Array(max + 1), out: number[] = [];
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c < 0) continue;
    if (seen[c]) out.push(i);
    else seen[c] = 1;
  }
  return Int32Array.from(out);
}

/** Rows whose text an earlier row has, ascending, found by hash (no column, no Map of the texts). */
function repeatedTexts(t: Table, field: FieldSpec): Int32Array {
  const col = t.columns[field.key];
  if (col === undefined) return new Int32Array(0);
  const reader = new CellReader(t, field, true);
  const n = t.size, hashes = new Int32Array(n), rows = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const text = textIn(reader, t.cell(i, col));
    if (text === undefined) continue;
    hashes[i] = hashText(text);
    rows[m++] = i;
  }
  const sorted = rows.subarray(0, m);
  sortByHash(sorted, hashes, new Int32Array(m));
  const out: number[] = [];
  for (let k = 0; k < m;) {
    let end = k + 1;
    while (end < m && hashes[sorted[end]] === hashes[sorted[k]]) end++;
    if (end > k + 1) {
      // Rows of one hash, ascending: a row repeats a text an earlier one of them has.
      const texts: string[] = [];
      for (let j = k; j < end; j++) {
        const text = textIn(reader, t.cell(sorted[j], col))!;
        if (texts.includes(text)) out.push(sorted[j]);
        else texts.push(text);
      }
    }
    k = end;
  }
  return Int32Array.from(out).sort();
}

/** A cell's text as a text field reads it (trimmed), undefined when blank or unreadable. */
function textIn(reader: CellReader, raw: Cell): string | undefined {
  if (typeof raw === 'string' && plainText(raw)) return raw;
  const v = reader.reading(raw);
  return typeof v === 'string' ? v : undefined;
}

/** Reads a range whose first row is headers (see Table). */
export function readTable<K extends TableKind>(kind: K, grid: Grid, options: ReadOptions): Table<K> {
  const table = new Table(kind, options.name ?? TABLES[kind].label.en, grid, options);
  if (!options.lazy) table.ensure(TABLES[kind].fields.map((f) => f.key));
  return table;
}

const VOCABULARY: Record<VocabularyType, readonly string[]> = {
  stage: DEAL_STAGE_CODES, leadStatus: LEAD_STATUS_CODES, activityType: ACTIVITY_TYPE_CODES, surveyType: SURVEY_TYPE_CODES, category: SPEND_CATEGORY_CODES,
};

function fieldOf(kind: TableKind, key: string): FieldSpec {
  const field = TABLES[kind].fields.find((f) => f.key === key);
  if (!field) throw new Error(`${kind} has no field ${key}`);
  return field;
}

/** Whether a cell is blank, without trimming the usual non-blank text. */
function blankCell(v: Cell): boolean {
  if (v === '' || v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  const c = v.charCodeAt(0);
  return c > 32 && c < 127 ? false : v.trim() === '';
}

function isBlankRow(cells: Cell[], width: number): boolean {
  const n = Math.min(cells.length, width);
  for (let c = 0; c < n; c++) if (!blankCell(cells[c])) return false;
  return true;
}

/** A cell read as a Date cell (any realm: Sheets' values, node:vm). */
function asDate(v: Cell): Date | undefined {
  return v instanceof Date || isDate(v) ? (v as Date) : undefined;
}

/** The reading of a blank cell (a parser's `undefined`). */
const BLANK = { blank: true } as const;

/**
 * Reads one field's cells one by one, as the field's cell parser does: blank, an error cell
 * (`#REF!`), or the parser's value or Invalid; reports what can't be read. The builders below
 * only take shortcuts for the cells Sheets hands over most (a Date in a date column, a number in
 * an amount column, a text seen before) and give every other cell to `read`.
 */
class CellReader {
  private readonly header: string;
  private readonly parse: Parser;
  private readonly flagDates: boolean;
  private readonly strings = new Map<string, unknown>();

  /** `quiet`: what can't be read was reported already (a check-only field's column built later). */
  constructor(readonly table: Table, field: FieldSpec, private readonly quiet = false) {
    const col = table.columns[field.key];
    this.header = col === undefined ? '' : table.headers[col];
    this.parse = cellParser(field, this.header, table.options);
    // Text dates read in an assumed order are flagged when the other order gives another day.
    this.flagDates = table.options.dateOrderKnown === false && (field.type === 'day' || field.type === 'span');
  }

  /** A cell's reading (its value, BLANK or an Invalid), without reporting it. */
  reading(raw: Cell): unknown {
    return typeof raw === 'string' ? this.readString(raw) : raw === null || raw === undefined ? BLANK : this.readCell(raw);
  }

  /** The value of any cell of row `i`, or undefined (blank, or reported). */
  read(i: number, raw: Cell): unknown {
    const r = typeof raw === 'string' ? this.readString(raw) : raw === null || raw === undefined ? BLANK : this.readCell(raw);
    if (r === BLANK) return undefined;
    if (isInvalid(r)) { this.report(i, raw, r.invalid); return undefined; }
    if (this.flagDates) this.flag(i, raw);
    return r;
  }

  /** A string's reading, once per distinct string (its value, BLANK or an Invalid). */
  readString(raw: string): unknown {
    let r = this.strings.get(raw);
    if (r === undefined) this.strings.set(raw, (r = this.readCell(raw)));
    return r;
  }

  forget(): void {
    this.strings.clear();
  }

  report(i: number, raw: Cell, message: string): void {
    if (this.quiet) return;
    const t = this.table;
    t.issues.push({ table: t.name, row: t.gridIndex(i) + 1, column: this.header, value: clip(showCell(raw, t.options.dayOf)), message });
  }

  private readCell(raw: Cell): unknown {
    if (isBlank(raw)) return BLANK;
    const errorText = errorCellOf(raw);
    if (errorText) return { invalid: `error cell ${errorText}: fix the formula` };
    const v = this.parse(raw);
    return v === undefined ? BLANK : v;
  }

  private flag(i: number, raw: Cell): void {
    if (this.quiet) return;
    const t = this.table, o = t.options;
    const order = o.locale.dateOrder;
    const other = otherReading(raw, order);
    if (other === undefined) return;
    const readAs = parseDay(raw, o.dayOf, order) as number;
    t.issues.push({
      table: t.name, row: t.gridIndex(i) + 1, column: this.header, value: clip(showCell(raw)),
      message: `ambiguous date: read ${order === 'DMY' ? 'day' : 'month'} first as ${formatDay(readAs)}; ${order === 'DMY' ? 'month' : 'day'} first it is ${formatDay(other)} (the date order could not be told from the data: give the locale)`,
    });
  }
}

/**
 * One field's column being filled, in every row (`fill()`) or in the rows asked (`fill(rows)`,
 * each parsed once): a custom function parses a field only in the rows its query looks at.
 */
abstract class Builder<D extends Parsed = Parsed> {
  /** Every row parsed. */
  full = false;
  /** Rows parsed so far when not all are: a bit per row. */
  protected done?: Int32Array;
  protected readonly reader: CellReader;
  protected readonly col: number | undefined;

  constructor(protected readonly table: Table, field: FieldSpec, readonly data: D, quiet = false) {
    this.reader = new CellReader(table, field, quiet);
    this.col = table.columns[field.key];
  }

  fill(rows?: ArrayLike<number>): void {
    if (this.full) return;
    const col = this.col;
    if (col === undefined) { this.full = true; return; }
    const grid = this.table.grid, spread = this.table.spread;
    if (!rows) {
      const done = this.done, n = this.table.size;
      for (let i = 0; i < n; i++) if (!done || (done[i >> 5] & (1 << (i & 31))) === 0) this.one(i, grid[spread ? spread[i] : i + 1][col]);
      this.complete();
      return;
    }
    if (rows.length === 0) return;
    const done = (this.done ??= new Int32Array((this.table.size + 31) >> 5));
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k], bit = 1 << (i & 31);
      if (done[i >> 5] & bit) continue;
      done[i >> 5] |= bit;
      this.one(i, grid[spread ? spread[i] : i + 1][col]);
    }
  }

  /** Every row is parsed: what served to parse them (texts seen, rows done) can go. */
  complete(): void {
    this.full = true;
    this.done = undefined;
    this.reader.forget();
    this.forget();
  }

  /** Parses data row `i`'s cell into the column. */
  protected abstract one(i: number, raw: Cell): void;

  protected forget(): void {}
}

function makeBuilder(t: Table, field: FieldSpec, quiet: boolean): Builder {
  const n = t.size;
  switch (field.type) {
    case 'day': return new DayBuilder(t, field, new Float32Array(n).fill(NaN), quiet);
    case 'amount': case 'number': return new NumberBuilder(t, field, new Float64Array(n).fill(NaN), quiet);
    case 'text': return new TextBuilder(t, field, { codes: textCodes(n, 0), values: [] }, quiet);
    case 'span': return new SpanBuilder(t, field, { from: new Float32Array(n).fill(NaN), to: new Float32Array(n).fill(NaN) }, quiet);
    case 'period': return new PeriodBuilder(t, field, new Array<NamedPeriod | undefined>(n).fill(undefined), quiet);
    default: return new CodeBuilder(t, field, new Int8Array(n).fill(-1), VOCABULARY[field.type as VocabularyType], quiet);
  }
}

class DayBuilder extends Builder<DayColumn> {
  private readonly dayOf = this.table.options.dayOf;
  protected one(i: number, raw: Cell): void {
    if (raw instanceof Date) {
      const t = raw.getTime();
      if (t === t) {
        const d = this.dayOf(raw);
        if (d > -MAX_DAY && d < MAX_DAY) { this.data[i] = d; return; }
      }
    }
    const v = this.reader.read(i, raw);
    if (v !== undefined) this.data[i] = v as number;
  }
}

class NumberBuilder extends Builder<NumberColumn> {
  protected one(i: number, raw: Cell): void {
    if (typeof raw === 'number' && raw - raw === 0) { this.data[i] = raw; return; }
    const v = this.reader.read(i, raw);
    if (v !== undefined) this.data[i] = v as number;
  }
}

/**
 * Text dictionary-coded. A string's code is remembered per raw text, and a trimmed text is a key
 * too, so `Acme` and ` Acme ` share one code; a plain text (no space or `#` at its ends) is its
 * own value without going through the parser.
 *
 * A column read in full that turns out to hold many distinct texts (IDs, customer names) is coded
 * without a Map of every text: past MANY_TEXTS, the remaining rows are sorted by a hash of their
 * text (one typed array), and rows of equal hash and text share a code. A Map of half a million
 * IDs allocates some 30 MB as it grows, all garbage once the column is coded; this takes 14 bytes
 * a row, also gone at once, and gives the same codes (in order of first appearance).
 */
class TextBuilder extends Builder<TextColumn> {
  private readonly byRaw = new Map<string, number>(); // -1: blank, -2: can't be read

  protected override forget(): void {
    this.byRaw.clear();
  }

  override fill(rows?: ArrayLike<number>): void {
    const n = this.table.size;
    if (rows || this.full || this.done || this.col === undefined) { super.fill(rows); return; }
    for (let i = 0; i < n; i++) {
      this.one(i, this.cellAt(i));
      if ((i & 1023) === 1023 && this.data.values.length > MANY_TEXTS) {
        this.codeByHash(i + 1);
        break;
      }
    }
    this.complete();
  }

  protected one(i: number, raw: Cell): void {
    if (typeof raw === 'string') {
      let c = this.byRaw.get(raw);
      if (c === undefined) {
        if (plainText(raw)) c = this.add(raw);
        else {
          const v = this.reader.readString(raw);
          c = typeof v === 'string' ? this.codeOf(v) : isInvalid(v) ? -2 : -1;
        }
        this.byRaw.set(raw, c);
      }
      if (c >= 0) this.data.codes[i] = c;
      else if (c === -2) this.reader.read(i, raw); // reports it
      return;
    }
    const v = this.reader.read(i, raw);
    if (v !== undefined) this.data.codes[i] = this.codeOf(v as string);
  }

  private codeOf(text: string): number {
    let c = this.byRaw.get(text);
    if (c === undefined) this.byRaw.set(text, (c = this.add(text)));
    return c;
  }

  /** A new text's code; the codes widen when it no longer fits them. */
  private add(text: string): number {
    const c = this.data.values.length;
    this.data.values.push(text);
    if (c === 128 || c === 32768) this.data.codes = widened(this.data.codes, c + 1);
    return c;
  }

  private cellAt(i: number): Cell {
    const spread = this.table.spread;
    return this.table.grid[spread ? spread[i] : i + 1][this.col!];
  }

  /** Data row `i`'s text (it has one): as the first pass read it, without reporting again. */
  private textAt(i: number): string {
    return textIn(this.reader, this.cellAt(i))!;
  }

  /**
   * Codes every row again, by hash: rows before `read` went through `one` (what can't be read
   * there is reported already), the others are read here.
   */
  private codeByHash(read: number): void {
    const n = this.table.size;
    const hashes = new Int32Array(n), rows = new Int32Array(n);
    let m = 0;
    for (let i = 0; i < n; i++) {
      const raw = this.cellAt(i);
      let text: string;
      if (typeof raw === 'string' && plainText(raw)) text = raw;
      else {
        const v = this.reader.reading(raw);
        if (typeof v !== 'string') {
          if (i >= read && isInvalid(v)) this.reader.read(i, raw); // reports it
          continue;
        }
        text = v;
      }
      hashes[i] = hashText(text);
      rows[m++] = i;
    }
    const sorted = rows.subarray(0, m), firstRow = new Int32Array(m);
    sortByHash(sorted, hashes, firstRow);
    // Rows of one hash make a group, its first row first. A row's group goes in `codes` for
    // now (more than MANY_TEXTS texts: four bytes a row).
    const codes = new Int32Array(n).fill(-1);
    let groups = 0;
    for (let k = 0; k < m; k++) {
      const i = sorted[k];
      if (k === 0 || hashes[i] !== hashes[sorted[k - 1]]) firstRow[groups++] = i;
      codes[i] = groups - 1;
    }
    // In row order (the grid read in order, not at random): a group's first row gives it the
    // next code, and every other row must have its text, else it is another text of the same
    // hash, coded on its own.
    const values = new Array<string>(groups), codeOfGroup = hashes; // the hashes are done with
    let collided: Map<string, number> | undefined;
    for (let i = 0, next = 0; i < n; i++) {
      const g = codes[i];
      if (g < 0) continue;
      const text = this.textAt(i);
      if (firstRow[g] === i) {
        codeOfGroup[g] = next;
        values[next++] = text;
      } else if (text !== values[codeOfGroup[g]]) {
        let c = (collided ??= new Map()).get(text);
        if (c === undefined) { collided.set(text, (c = next)); values[next++] = text; }
        codes[i] = c;
        continue;
      }
      codes[i] = codeOfGroup[g];
    }
    this.data.values = values;
    this.data.codes = values.length <= 32768 ? narrowed(codes, values.length) : codes;
  }
}

/** Past this many distinct texts, a column read in full is coded by hash (see TextBuilder). */
const MANY_TEXTS = 32768;

/** Codes for `n` rows and `count` texts: a byte each for up to 128 texts, two up to 32,768, else four; −1: no text. */
function textCodes(n: number, count: number): TextCodes {
  return count <= 128 ? new Int8Array(n).fill(-1) : count <= 32768 ? new Int16Array(n).fill(-1) : new Int32Array(n).fill(-1);
}

/** The same codes in the narrowest array for `count` texts. */
function narrowed(codes: Int32Array, count: number): TextCodes {
  const out = textCodes(codes.length, count);
  if (out instanceof Int32Array) return codes;
  out.set(codes);
  return out;
}

/** The same codes in an array wide enough for `count` texts (the same array when it is). */
function widened(codes: TextCodes, count: number): TextCodes {
  const max = codes instanceof Int8Array ? 128 : codes instanceof Int16Array ? 32768 : Infinity;
  if (count <= max) return codes;
  const wider = textCodes(codes.length, count);
  wider.set(codes);
  return wider;
}

/** Text that reads as itself: not blank, no space to trim, not an error cell (`#N/A`). */
function plainText(s: string): boolean {
  const a = s.charCodeAt(0), z = s.charCodeAt(s.length - 1);
  return a > 32 && a < 127 && a !== 35 && z > 32 && z < 127;
}

/** A vocabulary's codes; a string's code is remembered per raw text. */
class CodeBuilder extends Builder<CodeColumn> {
  private readonly byRaw = new Map<string, number>(); // -1: blank, -2: can't be read

  protected override forget(): void {
    this.byRaw.clear();
  }

  constructor(t: Table, field: FieldSpec, data: CodeColumn, private readonly list: readonly string[], quiet: boolean) {
    super(t, field, data, quiet);
  }

  protected one(i: number, raw: Cell): void {
    if (typeof raw === 'string') {
      let c = this.byRaw.get(raw);
      if (c === undefined) {
        const v = this.reader.readString(raw);
        this.byRaw.set(raw, (c = typeof v === 'string' ? this.list.indexOf(v) : isInvalid(v) ? -2 : -1));
      }
      if (c >= 0) this.data[i] = c;
      else if (c === -2) this.reader.read(i, raw);
      return;
    }
    const v = this.reader.read(i, raw);
    if (v !== undefined) this.data[i] = this.list.indexOf(v as string);
  }
}

class SpanBuilder extends Builder<SpanColumn> {
  protected one(i: number, raw: Cell): void {
    const v = this.reader.read(i, raw) as { from: number; to: number } | undefined;
    if (v !== undefined) { this.data.from[i] = v.from; this.data.to[i] = v.to; }
  }
}

class PeriodBuilder extends Builder<(NamedPeriod | undefined)[]> {
  protected one(i: number, raw: Cell): void {
    const v = this.reader.read(i, raw);
    if (v !== undefined) this.data[i] = v as NamedPeriod;
  }
}

/** Builds a column's filter keys: one Map lookup per cell, each distinct cell keyed once. */
function keyColumn(t: Table, col: number): KeyColumn {
  const n = t.size;
  const dayOf = t.options.dayOf;
  // A byte per row, widened when a 257th or a 65,537th key comes.
  let codes: KeyColumn['codes'] = new Uint8Array(n);
  const keys: string[] = [];
  const first: number[] = [];
  const byKey = new Map<string, number>();
  const byCell = new Map<unknown, number>();
  const byTime = new Map<number, number>();
  const intern = (key: string, i: number): number => {
    let c = byKey.get(key);
    if (c === undefined) {
      c = keys.length;
      keys.push(key);
      first.push(i);
      byKey.set(key, c);
      if (c === 256 || c === 65536) {
        const wider = c === 256 ? new Uint16Array(n) : new Int32Array(n);
        wider.set(codes);
        codes = wider;
      }
    }
    return c;
  };
  for (let i = 0; i < n; i++) {
    const raw = t.cell(i, col);
    let c: number | undefined;
    if (typeof raw === 'object' && raw !== null) {
      const d = asDate(raw);
      const time = d ? d.getTime() : NaN;
      if (time === time) {
        c = byTime.get(time);
        if (c === undefined) byTime.set(time, (c = intern(filterKey(raw, dayOf), i)));
      } else c = intern(filterKey(raw, dayOf), i);
    } else {
      c = byCell.get(raw);
      if (c === undefined) byCell.set(raw, (c = intern(filterKey(raw, dayOf), i)));
    }
    codes[i] = c;
  }
  return { codes, keys, first, codeOf: (key) => byKey.get(key) ?? -1 };
}

/** Each field takes the first header matching its aliases in priority order; a header serves one field. */
export function matchHeaders(fields: readonly FieldSpec[], headers: string[]): { columns: Partial<Record<string, number>>; unmatched: string[] } {
  const keys = headers.map(normalizeHeader);
  const used = new Set<number>();
  const columns: Partial<Record<string, number>> = {};
  for (const field of fields) {
    for (const alias of field.aliases) {
      const a = normalizeHeader(alias);
      const at = keys.findIndex((k, i) => k === a && !used.has(i));
      if (at >= 0) { columns[field.key] = at; used.add(at); break; }
    }
  }
  const unmatched = headers.filter((h, i) => h !== '' && !used.has(i));
  return { columns, unmatched };
}

type Parser = (v: Cell) => unknown | Invalid;

function cellParser(field: FieldSpec, header: string, o: ReadOptions): Parser {
  const order = o.locale.dateOrder;
  switch (field.type) {
    case 'text': return (v) => textOf(v) ?? (isDate(v) ? { invalid: 'a date, not a text' } : undefined);
    case 'day': return (v) => inRange(parseDay(v, o.dayOf, order));
    case 'amount': return (v) => parseAmount(v, o.locale);
    case 'number': return (v) => parseNumberOrPercent(v, o.locale);
    case 'period': return (v) => parsePeriodLabel(v, o.dayOf, order);
    case 'span': {
      // Under a "Month" header a date stands for its whole month; under "Date", for its day.
      const byMonth = MONTH_HEADERS.some((m) => normalizeHeader(m) === normalizeHeader(header));
      return (v) => {
        if (typeof v === 'number') return { invalid: 'a number, not a date or month: format the column as a date' };
        if (isDate(v) || isFullDateText(String(v))) {
          const d = inRange(parseDay(v, o.dayOf, order));
          if (typeof d !== 'number') return d;
          if (!byMonth) return { from: d, to: d };
          const m = monthOf(d);
          return { from: m.start, to: m.end };
        }
        const p = parsePeriodLabel(v, o.dayOf, order);
        if (isInvalid(p)) return { invalid: 'not a date or month (write 2026-03-15, 2026-03 or mars 2026)' };
        if (p && !(p.start > -MAX_DAY && p.end < MAX_DAY)) return OUT_OF_RANGE;
        return p && { from: p.start, to: p.end };
      };
    }
    case 'stage': return (v) => (isDate(v) ? { invalid: 'a date, not a stage' } : textOf(v) === undefined ? undefined : dealStageOf(String(v)));
    case 'leadStatus': return vocab(leadStatusOf, SUGGEST.leadStatus, 'unknown status (New, MQL, SQL, Opportunity, Customer, Disqualified / Nouveau, Opportunité, Client, Converti, Disqualifié)');
    case 'activityType': return vocab(activityTypeOf, SUGGEST.activityType, 'unknown activity type (Call, Meeting, Demo, Proposal, Email / Appel, Rendez-vous, Démo, Proposition)');
    case 'surveyType': return vocab(surveyTypeOf, SUGGEST.surveyType, 'unknown survey type (NPS or CSAT)');
    case 'category': return vocab(spendCategoryOf, SUGGEST.category, 'unknown category (Marketing or Sales / Ventes)');
  }
}

/** Days a DayColumn holds exactly (see DayColumn). */
const MAX_DAY = 2 ** 24;
const OUT_OF_RANGE: Invalid = { invalid: 'date out of range (years −43,000 to 47,000)' };

/** A parsed day, or an Invalid when a 32-bit float can't hold it exactly. */
function inRange(d: ReturnType<typeof parseDay>): ReturnType<typeof parseDay> {
  return typeof d === 'number' && !(d > -MAX_DAY && d < MAX_DAY) ? OUT_OF_RANGE : d;
}

function vocab<T>(lookup: (s: string) => T | undefined, suggest: (s: string) => string | undefined, why: string): Parser {
  return (v) => {
    if (isDate(v)) return { invalid: `a date: ${why}` };
    const s = textOf(v);
    if (s === undefined) return undefined;
    const found = lookup(s);
    if (found !== undefined) return found;
    const near = suggest(s);
    return { invalid: near ? `${why}: did you mean ${near}?` : why };
  };
}

/** A number, or text `12,5`, `1 200`, `25 %` (→ 0.25), read with the locale's separators. */
export function parseNumberOrPercent(v: Cell, locale: LocaleInfo): number | undefined | Invalid {
  if (typeof v === 'number') return Number.isFinite(v) ? v : { invalid: 'not a finite number' };
  if (isBlank(v)) return undefined;
  if (typeof v !== 'string') return { invalid: 'not a number' };
  const s = v.trim();
  const percent = /%$/.test(s);
  const n = readNumberText(percent ? s.slice(0, -1) : s, locale);
  if (isInvalid(n)) return { invalid: n.invalid.startsWith('ambiguous') ? n.invalid : 'not a number' };
  return percent ? n / 100 : n;
}
