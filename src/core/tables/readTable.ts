import { Cell, Grid, Invalid, errorCellOf, isBlank, isInvalid, showCell } from '../cells/cell';
import { DayOf, isFullDateText, otherReading, parseDay } from '../cells/date';
import { parseAmount, readNumberText } from '../cells/amount';
import { parsePeriodLabel } from '../cells/periodText';
import { filterKey, normalizeHeader, textOf } from '../cells/text';
import { monthOf, NamedPeriod } from '../dates/period';
import { formatDay, isDate } from '../dates/day';
import type { LocaleInfo } from '../format/locale';
import type { FieldKey, FieldOf, VocabularyType } from './fields';
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

/** Days since 1970-01-01, one per data row; NaN where the cell is blank or can't be read. */
export type DayColumn = Float64Array;
/** Amounts or numbers, one per data row; NaN where the cell is blank or can't be read. */
export type NumberColumn = Float64Array;
/** Spend dated by a day or a whole month: each row's first and last day (NaN: no date). */
export interface SpanColumn { from: Float64Array; to: Float64Array }
/**
 * Text dictionary-coded: each row's code into `values` (the distinct texts, trimmed, as written,
 * in order of first appearance), -1 where the cell is blank or can't be read.
 */
export interface TextColumn { codes: Int32Array; values: string[] }
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

type Parsed = DayColumn | SpanColumn | TextColumn | CodeColumn | (NamedPeriod | undefined)[];

/**
 * A table read from a range whose first row is headers, held column-wise: blank rows are
 * skipped, each recognised field is parsed into a typed column (days and amounts as Float64Array,
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

  /** Parses the listed fields in every row (a field without a column reads as blank everywhere). */
  ensure(keys: readonly string[]): void {
    for (const key of keys) {
      if (this.parsed.has(key)) continue;
      this.builder(key).fill();
      this.parsed.add(key);
    }
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
    const col = this.builders.get(key)!.data;
    switch (type) {
      case 'day': case 'amount': case 'number': {
        const v = (col as Float64Array)[i];
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
    if (!this.builders.has(key)) this.ensure([key]);
    return this.builders.get(key)!.data;
  }

  private builder(key: string): Builder {
    let b = this.builders.get(key);
    if (!b) this.builders.set(key, (b = makeBuilder(this as Table, fieldOf(this.kind, key))));
    return b;
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
    const byGridRow = new Float64Array(Math.max(grid.length - 1, 0)).fill(NaN);
    const others: number[] = [];
    let n = 0, last = 0;
    for (let r = 1; r < grid.length; r++) {
      const cells = grid[r], raw = cells[col];
      if (raw instanceof Date) {
        const t = raw.getTime();
        if (t === t) { byGridRow[r - 1] = dayOf(raw); n++; last = r; continue; }
      }
      if (blankCell(raw)) {
        if (isBlankRow(cells, width)) continue;
      } else others.push(r);
      n++;
      last = r;
    }
    this.settle(n, last);
    const spread = this.spreadRows;
    let days: Float64Array;
    if (!spread) days = byGridRow.subarray(0, n);
    else {
      days = new Float64Array(n);
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

  constructor(readonly table: Table, field: FieldSpec) {
    const col = table.columns[field.key];
    this.header = col === undefined ? '' : table.headers[col];
    this.parse = cellParser(field, this.header, table.options);
    // Text dates read in an assumed order are flagged when the other order gives another day.
    this.flagDates = table.options.dateOrderKnown === false && (field.type === 'day' || field.type === 'span');
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
  private done?: Uint8Array;
  protected readonly reader: CellReader;
  protected readonly col: number | undefined;

  constructor(protected readonly table: Table, field: FieldSpec, readonly data: D) {
    this.reader = new CellReader(table, field);
    this.col = table.columns[field.key];
  }

  fill(rows?: ArrayLike<number>): void {
    if (this.full) return;
    const col = this.col;
    if (col === undefined) { this.full = true; return; }
    const grid = this.table.grid, spread = this.table.spread;
    if (!rows) {
      const done = this.done, n = this.table.size;
      for (let i = 0; i < n; i++) if (!done || !done[i]) this.one(i, grid[spread ? spread[i] : i + 1][col]);
      this.complete();
      return;
    }
    const done = (this.done ??= new Uint8Array(this.table.size));
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k];
      if (done[i]) continue;
      done[i] = 1;
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

function makeBuilder(t: Table, field: FieldSpec): Builder {
  const n = t.size;
  switch (field.type) {
    case 'day': return new DayBuilder(t, field, new Float64Array(n).fill(NaN));
    case 'amount': case 'number': return new NumberBuilder(t, field, new Float64Array(n).fill(NaN));
    case 'text': return new TextBuilder(t, field, { codes: new Int32Array(n).fill(-1), values: [] });
    case 'span': return new SpanBuilder(t, field, { from: new Float64Array(n).fill(NaN), to: new Float64Array(n).fill(NaN) });
    case 'period': return new PeriodBuilder(t, field, new Array<NamedPeriod | undefined>(n).fill(undefined));
    default: return new CodeBuilder(t, field, new Int8Array(n).fill(-1), VOCABULARY[field.type as VocabularyType]);
  }
}

class DayBuilder extends Builder<DayColumn> {
  private readonly dayOf = this.table.options.dayOf;
  protected one(i: number, raw: Cell): void {
    if (raw instanceof Date) {
      const t = raw.getTime();
      if (t === t) { this.data[i] = this.dayOf(raw); return; }
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
 */
class TextBuilder extends Builder<TextColumn> {
  private readonly byRaw = new Map<string, number>(); // -1: blank, -2: can't be read

  protected override forget(): void {
    this.byRaw.clear();
  }

  protected one(i: number, raw: Cell): void {
    if (typeof raw === 'string') {
      let c = this.byRaw.get(raw);
      if (c === undefined) {
        if (plainText(raw)) {
          c = this.data.values.length;
          this.data.values.push(raw);
        } else {
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
    if (c === undefined) {
      c = this.data.values.length;
      this.data.values.push(text);
      this.byRaw.set(text, c);
    }
    return c;
  }
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

  constructor(t: Table, field: FieldSpec, data: CodeColumn, private readonly list: readonly string[]) {
    super(t, field, data);
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
  const codes = new Int32Array(n);
  const keys: string[] = [];
  const first: number[] = [];
  const byKey = new Map<string, number>();
  const byCell = new Map<unknown, number>();
  const byTime = new Map<number, number>();
  const intern = (key: string, i: number): number => {
    let c = byKey.get(key);
    if (c === undefined) { c = keys.length; keys.push(key); first.push(i); byKey.set(key, c); }
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
  const narrow = keys.length <= 256 ? Uint8Array.from(codes) : keys.length <= 65536 ? Uint16Array.from(codes) : codes;
  return { codes: narrow, keys, first, codeOf: (key) => byKey.get(key) ?? -1 };
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
    case 'day': return (v) => parseDay(v, o.dayOf, order);
    case 'amount': return (v) => parseAmount(v, o.locale);
    case 'number': return (v) => parseNumberOrPercent(v, o.locale);
    case 'period': return (v) => parsePeriodLabel(v, o.dayOf, order);
    case 'span': {
      // Under a "Month" header a date stands for its whole month; under "Date", for its day.
      const byMonth = MONTH_HEADERS.some((m) => normalizeHeader(m) === normalizeHeader(header));
      return (v) => {
        if (typeof v === 'number') return { invalid: 'a number, not a date or month: format the column as a date' };
        if (isDate(v) || isFullDateText(String(v))) {
          const d = parseDay(v, o.dayOf, order);
          if (typeof d !== 'number') return d;
          if (!byMonth) return { from: d, to: d };
          const m = monthOf(d);
          return { from: m.start, to: m.end };
        }
        const p = parsePeriodLabel(v, o.dayOf, order);
        if (isInvalid(p)) return { invalid: 'not a date or month (write 2026-03-15, 2026-03 or mars 2026)' };
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
