import type { Table } from '../tables/readTable';
import { TABLES, TableKind } from '../tables/schema';
import type { KpiTables, KpiTrace } from './types';

interface PerTable {
  used: number;
  leftOut: number;
  /** Left-out rows by reason (a field key or a phrase). */
  reasons: Map<string, number>;
}

/**
 * What a KPI used and left out, per table, counted as it computes. The report computes hundreds
 * of values: without a trace only counters move; with one, row numbers are kept too.
 */
export class Tally {
  private readonly tables = new Map<TableKind, PerTable>();
  /** Data rows (indices into the table), kept only when tracing. */
  private readonly usedRows = new Map<TableKind, number[]>();
  private readonly leftRows: { kind: TableKind; row: number; why: string }[] = [];

  constructor(private readonly tracing: boolean) {}

  private of(kind: TableKind): PerTable {
    let t = this.tables.get(kind);
    if (!t) this.tables.set(kind, (t = { used: 0, leftOut: 0, reasons: new Map() }));
    return t;
  }

  use(kind: TableKind, row: number): void {
    this.of(kind).used++;
    if (this.tracing) this.rowsOf(kind).push(row);
  }

  useAll(kind: TableKind, rows: ArrayLike<number>): void {
    this.of(kind).used += rows.length;
    if (this.tracing) {
      const list = this.rowsOf(kind);
      for (let i = 0; i < rows.length; i++) list.push(rows[i]);
    }
  }

  /** Records rows one by one without a lookup per row (see KpiInput.using). */
  using(kind: TableKind): (row: number) => void {
    const t = this.of(kind);
    if (!this.tracing) return () => { t.used++; };
    const list = this.rowsOf(kind);
    return (row) => { t.used++; list.push(row); };
  }

  leaveOut(kind: TableKind, row: number, why: string): void {
    const t = this.of(kind);
    t.leftOut++;
    t.reasons.set(why, (t.reasons.get(why) ?? 0) + 1);
    if (this.tracing) this.leftRows.push({ kind, row, why });
  }

  used(kind: TableKind): number {
    return this.tables.get(kind)?.used ?? 0;
  }

  leftOut(kind: TableKind): number {
    return this.tables.get(kind)?.leftOut ?? 0;
  }

  /** Rows of a table left out for one reason. */
  leftOutFor(kind: TableKind, why: string): number {
    return this.tables.get(kind)?.reasons.get(why) ?? 0;
  }

  /** Every row left out, all tables. */
  excluded(): number {
    let n = 0;
    for (const t of this.tables.values()) n += t.leftOut;
    return n;
  }

  /** `Amount: 2 rows, close date before the created date: 1 row`, most frequent first. */
  reasons(kind: TableKind, table: Table): string {
    const entries = [...(this.tables.get(kind)?.reasons ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1]);
    return entries.map(([why, n]) => `${reasonLabel(table, why)}: ${n} ${n === 1 ? 'row' : 'rows'}`).join(', ');
  }

  /** The trace: used rows ascending and deduplicated, left-out rows with a reason a founder can act on. */
  trace(tables: KpiTables): KpiTrace {
    const used: KpiTrace['used'] = {};
    for (const [kind, rows] of this.usedRows) {
      const numbers = (tables[kind] as Table).rowNumbers;
      used[kind] = ascendingDistinct(Int32Array.from(rows, (i) => numbers[i]));
    }
    const seen = new Set<string>();
    const leftOut: KpiTrace['leftOut'] = [];
    const issuesByRow = new Map<Table, Map<string, string>>();
    for (const { kind, row, why } of this.leftRows) {
      const table = tables[kind] as Table;
      const number = table.rowNumbers[row];
      const key = `${kind}:${number}`;
      if (seen.has(key)) continue;
      seen.add(key);
      leftOut.push({ kind, row: number, why: describeWhy(table, number, why, issuesByRow) });
    }
    leftOut.sort((a, b) => (a.kind === b.kind ? a.row - b.row : a.kind < b.kind ? -1 : 1));
    return { used, leftOut };
  }

  private rowsOf(kind: TableKind): number[] {
    let list = this.usedRows.get(kind);
    if (!list) this.usedRows.set(kind, (list = []));
    return list;
  }
}

/** The numbers once each, ascending (a typed sort, no Set of every row). */
function ascendingDistinct(numbers: Int32Array): number[] {
  numbers.sort();
  const out: number[] = [];
  for (let k = 0; k < numbers.length; k++) if (k === 0 || numbers[k] !== numbers[k - 1]) out.push(numbers[k]);
  return out;
}

/** A field's column as the user wrote it, or the phrase itself. */
function reasonLabel(table: Table, why: string): string {
  const field = TABLES[table.kind].fields.find((f) => f.key === why);
  if (!field) return why;
  const col = table.columns[why];
  return col === undefined ? field.label.en : table.headers[col];
}

/** `Amount "lots": not an amount (…)` from the data check, or `no Close date` for a blank. */
function describeWhy(table: Table, row: number, why: string, cache: Map<Table, Map<string, string>>): string {
  const field = TABLES[table.kind].fields.find((f) => f.key === why);
  const col = table.columns[why];
  if (!field || col === undefined) return why;
  let byCell = cache.get(table);
  if (!byCell) {
    byCell = new Map();
    for (const i of table.issues) if (!byCell.has(`${i.row}:${i.column}`)) byCell.set(`${i.row}:${i.column}`, `${i.column} "${i.value}": ${i.message}`);
    cache.set(table, byCell);
  }
  return byCell.get(`${row}:${table.headers[col]}`) ?? `no ${table.headers[col]}`;
}
