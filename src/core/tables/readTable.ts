import { Cell, Grid, Invalid, errorCellOf, isBlank, isInvalid, showCell } from '../cells/cell';
import { DayOf, isFullDateText, otherReading, parseDay } from '../cells/date';
import { parseAmount, readNumberText } from '../cells/amount';
import { parsePeriodLabel } from '../cells/periodText';
import { normalizeHeader, textOf } from '../cells/text';
import { monthOf } from '../dates/period';
import { formatDay, isDate } from '../dates/day';
import type { LocaleInfo } from '../format/locale';
import { clip, DataIssue } from './issues';
import type { RowOf } from './rows';
import { FieldSpec, MONTH_HEADERS, TABLES, TableKind } from './schema';
import { activityTypeOf, dealStageOf, leadStatusOf, spendCategoryOf, SUGGEST, surveyTypeOf } from './vocabulary';

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
   * Parse a column only when a KPI asks for it (`ensureFields`). Custom functions use this: a
   * KPI reads two or three columns of a ten-column range. Default: every column at once.
   */
  lazy?: boolean;
}

export interface Table<K extends TableKind = TableKind> {
  kind: K;
  name: string;
  /** Headers as written. */
  headers: string[];
  /** Column index of each recognised field. */
  columns: Partial<Record<string, number>>;
  /** Headers no field recognised (kept for filters on any column). */
  unmatched: string[];
  /** Non-blank rows; a field is filled once parsed (see `parsed`). */
  rows: RowOf[K][];
  issues: DataIssue[];
  /** Fields parsed so far: all recognised ones unless the table was read `lazy`. */
  parsed: Set<string>;
  options: ReadOptions;
}

/**
 * Reads a range whose first row is headers into typed rows. Blank rows are skipped; a cell
 * that can't be read leaves its field undefined and adds an issue naming row, column and why.
 * Never throws on bad data: the KPIs decide what they can't do without.
 */
export function readTable<K extends TableKind>(kind: K, grid: Grid, options: ReadOptions): Table<K> {
  const spec = TABLES[kind];
  const name = options.name ?? spec.label.en;
  const headerRow = grid.length > 0 ? grid[0] : [];
  const headers = headerRow.map((h) => showCell(h).trim());
  const { columns, unmatched } = matchHeaders(spec.fields, headers);
  const table: Table<K> = { kind, name, headers, columns, unmatched, rows: [], issues: [], parsed: new Set(), options: { ...options, name } };
  // Eager rows get every field at once (one object shape per kind); lazy rows get fields as KPIs
  // ask for them, each written on every row in the same order, so shapes stay uniform and small.
  const make = options.lazy ? (row: number, cells: Cell[]) => ({ row, cells }) as RowOf[K] : (BLANK_ROW[kind] as (row: number, cells: Cell[]) => RowOf[K]);
  const width = headers.length;
  for (let r = 1; r < grid.length; r++) {
    const cells = grid[r];
    if (!isBlankRow(cells, width)) table.rows.push(make(r + 1, cells));
  }
  if (!options.lazy) ensureFields(table, spec.fields.map((f) => f.key));
  return table;
}

/** Parses the listed fields (those with a column) that are not parsed yet, column by column. */
export function ensureFields(table: Table, keys: readonly string[]): void {
  for (const key of keys) {
    if (table.parsed.has(key)) continue;
    table.parsed.add(key);
    const col = table.columns[key];
    if (col === undefined) continue;
    const field = TABLES[table.kind].fields.find((f) => f.key === key)!;
    const parse = cellParser(field, table.headers[col], table.options);
    // Text dates read in an assumed order are flagged when the other order gives another day.
    const flagDates = table.options.dateOrderKnown === false && (field.type === 'day' || field.type === 'span');
    const order = table.options.locale.dateOrder;
    const rows = table.rows as unknown as Record<string, unknown>[];
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i].cells as Cell[];
      const raw = cells[col];
      let value: unknown = undefined;
      if (!isBlank(raw)) {
        const errorText = errorCellOf(raw);
        value = errorText ? { invalid: `error cell ${errorText}: fix the formula` } : parse(raw);
        if (isInvalid(value)) {
          table.issues.push({ table: table.name, row: rows[i].row as number, column: table.headers[col], value: clip(showCell(raw, table.options.dayOf)), message: value.invalid });
          value = undefined;
        } else if (flagDates) {
          const other = otherReading(raw, order);
          if (other !== undefined) {
            const read = parseDay(raw, table.options.dayOf, order) as number;
            table.issues.push({
              table: table.name, row: rows[i].row as number, column: table.headers[col], value: clip(showCell(raw)),
              message: `ambiguous date: read ${order === 'DMY' ? 'day' : 'month'} first as ${formatDay(read)}; ${order === 'DMY' ? 'month' : 'day'} first it is ${formatDay(other)} (the date order could not be told from the data: give the locale)`,
            });
          }
        }
      }
      rows[i][key] = value;
    }
  }
}

/** Rows start with every field present (undefined): one object shape per kind keeps V8 fast. */
const BLANK_ROW: { [K in TableKind]: (row: number, cells: Cell[]) => RowOf[K] } = {
  leads: (row, cells) => ({ row, cells, id: undefined, created: undefined, channel: undefined, status: undefined, owner: undefined }),
  deals: (row, cells) => ({ row, cells, id: undefined, customer: undefined, created: undefined, stage: undefined, amount: undefined, closed: undefined, owner: undefined, product: undefined, region: undefined, channel: undefined }),
  activities: (row, cells) => ({ row, cells, date: undefined, type: undefined, owner: undefined, dealId: undefined }),
  spend: (row, cells) => ({ row, cells, date: undefined, channel: undefined, amount: undefined, category: undefined }),
  customers: (row, cells) => ({ row, cells, customer: undefined, start: undefined, end: undefined, segment: undefined }),
  surveys: (row, cells) => ({ row, cells, date: undefined, customer: undefined, score: undefined, type: undefined }),
  targets: (row, cells) => ({ row, cells, kpi: undefined, period: undefined, target: undefined, filterColumn: undefined, filterValue: undefined }),
};

function isBlankRow(cells: Cell[], width: number): boolean {
  const n = Math.min(cells.length, width);
  for (let c = 0; c < n; c++) if (!isBlank(cells[c])) return false;
  return true;
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
