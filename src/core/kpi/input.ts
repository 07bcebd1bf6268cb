import { filterKey, normalizeHeader } from '../cells/text';
import type { Table } from '../tables/readTable';
import { bounds } from './math';
import { rowsDuring } from './dayIndex';
import { TABLES, TableKind } from '../tables/schema';
import { FilterSpec, KpiDefinition, KpiError, KpiInput, KpiTables, Rows } from './types';
import type { Tally } from './tally';

/** A filter on one table: does a data row have the filter's value in its column? */
type RowTest = (row: number) => boolean;

/**
 * Builds a KPI's input: checks the filter pairs (each must name a column of at least one table
 * given, and of both tables of a two-table KPI unless its definition allows one), and narrows
 * each table's rows by the filters that apply to it, matched on the column's key codes. What the
 * KPI uses and leaves out goes to `tally`.
 */
export function kpiInput(def: KpiDefinition, tables: KpiTables, filters: readonly FilterSpec[], tally: Tally): KpiInput {
  const kpiName = def.id;
  const given = (Object.values(tables) as (Table | undefined)[]).filter((t): t is Table => t !== undefined);
  // An empty range says so before any filter is checked against its (missing) headers.
  for (const t of given) if (t.headers.every((h) => h === '')) requireColumns(kpiName, t, []);
  const byKind = new Map<TableKind, RowTest[]>();
  for (const filter of filters) {
    let applied = false;
    for (const t of given) {
      const index = columnOf(t, filter.column);
      if (index === undefined) continue;
      applied = true;
      const list = byKind.get(t.kind) ?? [];
      list.push(rowTest(t, index, filterKey(filter.value)));
      byKind.set(t.kind, list);
    }
    if (!applied) {
      const have = given.map((t) => `${t.name}: ${t.headers.filter((h) => h !== '').join(', ')}`).join('; ');
      throw new KpiError(`${kpiName}: no table given has a column "${filter.column}" to filter on (${have}).`);
    }
    checkBothSides(def, tables, filter);
  }
  const cache = new Map<TableKind, Rows>();

  const matches = (kind: TableKind): RowTest => {
    const fs = byKind.get(kind);
    if (!fs) return () => true;
    return fs.length === 1 ? fs[0] : (row) => fs.every((f) => f(row));
  };

  const table = <K extends TableKind>(kind: K, fields: readonly string[]): Table<K> => {
    const t = tableOf(kpiName, tables, kind);
    requireColumns(kpiName, t, fields);
    t.ensure(fields);
    return t;
  };

  /** The rows every filter on the table keeps, ascending. */
  const filteredRows = (kind: TableKind): Rows => {
    let rows = cache.get(kind);
    if (!rows) {
      const keep = matches(kind);
      rows = keepRows(allRows(tables[kind] as Table), keep);
      cache.set(kind, rows);
    }
    return rows;
  };

  return {
    table,
    rows(kind, fields) {
      const t = table(kind, fields);
      return byKind.has(kind) ? filteredRows(kind) : allRows(t);
    },
    during(kind, dateField, fields, period) {
      const t = tableOf(kpiName, tables, kind);
      requireColumns(kpiName, t, [dateField, ...fields]);
      const [lo, hi] = bounds(period);
      let { rows, undated } = rowsDuring(t, dateField, lo, hi);
      if (byKind.has(kind)) {
        // The period's rows first (an index slice from the second request on), then the filters.
        const keep = matches(kind);
        rows = keepRows(rows, keep);
        undated = keepRows(undated, keep);
      }
      // Only these rows' other fields are read: a lazily read table parses just them.
      t.fill(fields, rows);
      t.fill(fields, undated);
      return { rows, undated, table: t as never };
    },
    filtered: (kind) => byKind.has(kind),
    matches,
    use: (kind, row) => tally.use(kind, row),
    useAll: (kind, rows) => tally.useAll(kind, rows),
    using: (kind) => tally.using(kind),
    leaveOut: (kind, row, why) => tally.leaveOut(kind, row, why),
  };
}

/**
 * A filter's row test, on the column's key codes when they are built (tables read at once, and
 * KPI_BY_SEGMENT's column); on a lazily read table, each distinct cell is keyed when a row with it
 * is first tested, so a custom function keys only the rows its query looks at.
 */
function rowTest(t: Table, col: number, key: string): RowTest {
  if (!t.options.lazy || t.hasKeys(col)) {
    const { codes, codeOf } = t.keys(col);
    const code = codeOf(key);
    return (row) => codes[row] === code;
  }
  const dayOf = t.options.dayOf;
  const byCell = new Map<unknown, boolean>();
  const byTime = new Map<number, boolean>();
  return (row) => {
    const raw = t.cell(row, col);
    if (typeof raw === 'object' && raw !== null) {
      const time = (raw as Date).getTime?.();
      if (typeof time !== 'number' || time !== time) return filterKey(raw, dayOf) === key;
      let hit = byTime.get(time);
      if (hit === undefined) byTime.set(time, (hit = filterKey(raw, dayOf) === key));
      return hit;
    }
    let hit = byCell.get(raw);
    if (hit === undefined) byCell.set(raw, (hit = filterKey(raw, dayOf) === key));
    return hit;
  };
}

/** Scratch list of keepRows, reused from query to query. */
let kept = new Int32Array(0);

/**
 * The rows `keep` keeps, in order: gathered in a scratch list, then copied out at their count
 * (a typed array's filter() would first gather them in a list on the heap).
 */
export function keepRows(rows: Rows, keep: (row: number) => boolean): Rows {
  if (kept.length < rows.length) kept = new Int32Array(rows.length);
  let n = 0;
  for (let k = 0; k < rows.length; k++) if (keep(rows[k])) kept[n++] = rows[k];
  return kept.slice(0, n);
}

let identity = new Int32Array(0);

/** 0, 1, … size-1: every row of a table (a view of one shared array: never written to). */
function allRows(t: Table): Rows {
  if (identity.length < t.size) {
    identity = new Int32Array(Math.max(t.size, identity.length * 2));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return identity.subarray(0, t.size);
}

/** What each table stands for in a two-table KPI, for the message of a one-sided filter. */
const SIDE: Partial<Record<TableKind, string>> = {
  spend: 'the spend', leads: 'the leads', deals: 'the deals', customers: 'the customers (churn, active customers)',
};

/**
 * A filter must narrow both tables of a KPI whose numerator and denominator come from two
 * tables (CPL, CAC, LTV): filtering one side only divides all of one by a part of the other.
 * The definition's `oneTableFilters` lists the exceptions that keep the parts adding up.
 */
function checkBothSides(def: KpiDefinition, tables: KpiTables, filter: FilterSpec): void {
  const kinds = def.args.flatMap((a) => (a.kind === 'table' ? [a.table] : []));
  if (kinds.length < 2) return;
  const present = kinds.map((k) => tables[k] as Table | undefined).filter((t): t is Table => t !== undefined);
  const having = present.filter((t) => columnOf(t, filter.column) !== undefined);
  const lacking = present.filter((t) => columnOf(t, filter.column) === undefined);
  if (lacking.length === 0 || having.length === 0) return;
  for (const t of having) {
    const allowed = def.oneTableFilters?.[t.kind];
    if (allowed === 'any') return;
    if (allowed && allowed.some((key) => t.columns[key] !== undefined && t.columns[key] === columnOf(t, filter.column))) return;
  }
  const missing = lacking[0];
  const word = filter.column.trim().toLowerCase();
  const shared = sharedColumns(having[0], missing);
  const hint = shared.length > 0 ? `filter on a column both tables have, such as ${shared.slice(0, 3).join(' or ')}` : 'no column is in both tables, so compute it without this filter';
  throw new KpiError(`${def.id}: ${missing.name} has no ${filter.column.trim()} column, so ${SIDE[missing.kind] ?? missing.name} can't be split by ${word}; ${hint}.`);
}

/** Fields both tables have a column for (as the first table names them), then identical headers. */
function sharedColumns(a: Table, b: Table): string[] {
  const out: string[] = [];
  for (const field of TABLES[a.kind].fields) {
    const col = a.columns[field.key];
    if (col === undefined || field.type !== 'text') continue;
    if (TABLES[b.kind].fields.some((g) => g.key === field.key && b.columns[g.key] !== undefined)) out.push(a.headers[col]);
  }
  for (const h of a.headers) {
    if (h !== '' && !out.includes(h) && b.headers.some((x) => normalizeHeader(x) === normalizeHeader(h)) && !isRecognised(a, h)) out.push(h);
  }
  return out;
}

function isRecognised(t: Table, header: string): boolean {
  const at = t.headers.indexOf(header);
  return Object.values(t.columns).includes(at);
}

/** A filter column is a field alias (`Canal` finds the channel column) or any header as written. */
export function columnOf(t: Table, column: string): number | undefined {
  const key = normalizeHeader(column);
  for (const field of TABLES[t.kind].fields) {
    if (t.columns[field.key] !== undefined && field.aliases.some((a) => normalizeHeader(a) === key)) return t.columns[field.key];
  }
  const at = t.headers.findIndex((h) => normalizeHeader(h) === key);
  return at >= 0 ? at : undefined;
}

/** The KPI's table of this kind, or an error saying the KPI needs one. */
export function tableOf<K extends TableKind>(kpiName: string, tables: KpiTables, kind: K): Table<K> {
  const t = tables[kind] as Table<K> | undefined;
  if (!t) throw new KpiError(`${kpiName} needs a ${TABLES[kind].label.en} table.`);
  return t;
}

/** Throws a message naming the missing columns and the headers that would be recognised. */
export function requireColumns(kpiName: string, t: Table, fields: readonly string[]): void {
  if (t.headers.every((h) => h === '')) {
    throw new KpiError(`${kpiName}: the ${t.name} range is empty; select the whole table, header row included (e.g. ${t.name}!A:K).`);
  }
  for (const key of fields) {
    if (t.columns[key] !== undefined) continue;
    const field = TABLES[t.kind].fields.find((fs) => fs.key === key)!;
    throw new KpiError(
      `${kpiName}: the ${t.name} table has no ${field.label.en} column (name one ${field.aliases.map((a) => `"${a}"`).join(', ')}); its headers are: ${t.headers.filter((h) => h !== '').join(', ')}.`,
    );
  }
}
