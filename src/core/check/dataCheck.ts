import { isBlank, showCell } from '../cells/cell';
import { validScore } from '../kpi/surveyScores';
import type { DataIssue } from '../tables/issues';
import type { Table } from '../tables/readTable';
import type { RowRef } from '../tables/rows';
import { TABLES, TableKind } from '../tables/schema';

/**
 * Everything wrong in a table that would make a KPI leave a row out: unreadable cells (found
 * while reading), missing columns and missing values a KPI needs, impossible orders of dates,
 * duplicates. Sorted by row so the user can walk down the sheet.
 */
export function checkTable(table: Table): DataIssue[] {
  const issues: DataIssue[] = [...table.issues];
  const spec = TABLES[table.kind];
  if (table.headers.every((h) => h === '')) {
    return [{ table: table.name, row: 1, column: '', value: '', message: 'empty range: select the table with its header row' }];
  }
  for (const key of spec.identifying) {
    if (table.columns[key] !== undefined) continue;
    const field = spec.fields.find((f) => f.key === key)!;
    issues.push({ table: table.name, row: 1, column: field.label.en, value: '', message: `no ${field.label.en} column (name one ${field.aliases.join(', ')})` });
  }
  const add = (r: RowRef, key: string, message: string) => {
    const col = table.columns[key];
    issues.push({ table: table.name, row: r.row, column: col === undefined ? key : table.headers[col], value: col === undefined ? '' : showCell(r.cells[col], table.options.dayOf), message });
  };
  const has = (key: string) => table.columns[key] !== undefined;
  // A blank value only matters where its column exists; an unreadable one is already reported.
  const missing = (r: RowRef, key: string) => has(key) && (r as unknown as Record<string, unknown>)[key] === undefined && isBlank(r.cells[table.columns[key]!]);

  rules[table.kind](table as never, { add, missing });
  return issues.sort((a, b) => a.row - b.row);
}


interface Helpers {
  add(r: RowRef, key: string, message: string): void;
  missing(r: RowRef, key: string): boolean;
}

const rules: { [K in TableKind]: (t: Table<K>, h: Helpers) => void } = {
  leads(t, { add, missing }) {
    for (const l of t.rows) {
      if (missing(l, 'created')) add(l, 'created', 'no created date: left out of every lead KPI');
      if (missing(l, 'status')) add(l, 'status', 'no status: left out of MQL, SQL and conversion rates');
    }
    duplicates(t.rows, (l) => l.id, (l) => add(l, 'id', 'duplicate lead ID'));
  },
  deals(t, { add, missing }) {
    for (const d of t.rows) {
      if (missing(d, 'stage')) add(d, 'stage', 'no stage: left out of every deal KPI');
      if (d.stage === 'won' || d.stage === 'lost') {
        if (missing(d, 'closed')) add(d, 'closed', `${d.stage === 'won' ? 'Won' : 'Lost'} deal without a close date: left out of revenue and win rate`);
      }
      if (missing(d, 'amount') && (d.stage === 'won' || d.stage === 'open')) {
        add(d, 'amount', d.stage === 'won' ? 'Won deal without an amount: left out of revenue' : 'open deal without an amount: left out of the pipeline');
      }
      if (d.stage === 'won' && missing(d, 'customer')) add(d, 'customer', 'Won deal without a customer: left out of new customers');
      if (d.created !== undefined && d.closed !== undefined && d.closed < d.created) add(d, 'closed', 'close date before the created date');
      if (d.amount !== undefined && d.amount < 0) add(d, 'amount', 'negative amount');
    }
    duplicates(t.rows, (d) => d.id, (d) => add(d, 'id', 'duplicate deal ID'));
  },
  activities(t, { add, missing }) {
    for (const a of t.rows) {
      if (missing(a, 'date')) add(a, 'date', 'no date: left out of activity counts');
      if (missing(a, 'type')) add(a, 'type', 'no type: left out of counts by type');
    }
  },
  spend(t, { add, missing }) {
    for (const s of t.rows) {
      if (missing(s, 'date')) add(s, 'date', 'no date or month: left out of CPL and CAC');
      if (missing(s, 'amount')) add(s, 'amount', 'no amount: left out of CPL and CAC');
    }
  },
  customers(t, { add, missing }) {
    for (const c of t.rows) {
      if (missing(c, 'customer')) add(c, 'customer', 'no customer name');
      if (missing(c, 'start')) add(c, 'start', 'no start date: left out of churn, retention and LTV');
      if (c.start !== undefined && c.end !== undefined && c.end < c.start) add(c, 'end', 'end date before the start date: left out of churn, retention and LTV');
    }
    duplicates(t.rows, (c) => c.customer?.toLowerCase(), (c) => add(c, 'customer', 'customer listed twice'));
  },
  surveys(t, { add, missing }) {
    for (const s of t.rows) {
      if (missing(s, 'date')) add(s, 'date', 'no date: left out of NPS and CSAT');
      if (missing(s, 'type')) add(s, 'type', 'no type (NPS or CSAT)');
      if (missing(s, 'score')) add(s, 'score', 'no score');
      if (s.type && s.score !== undefined && !validScore(s.type, s.score)) {
        add(s, 'score', s.type === 'nps' ? 'NPS scores are whole numbers from 0 to 10' : 'CSAT scores are whole numbers from 1 to 5');
      }
    }
  },
  targets(t, { add, missing }) {
    for (const r of t.rows) {
      if (missing(r, 'kpi')) add(r, 'kpi', 'no KPI');
      if (missing(r, 'period')) add(r, 'period', 'no period (write 2026-03, 2026-Q1 or 2026)');
      if (missing(r, 'target')) add(r, 'target', 'no target');
      if ((r.filterColumn === undefined) !== (r.filterValue === undefined)) add(r, r.filterColumn === undefined ? 'filterColumn' : 'filterValue', 'a filter needs both a column and a value');
    }
  },
};

function duplicates<R extends RowRef>(rows: R[], key: (r: R) => string | undefined, report: (r: R) => void): void {
  const seen = new Set<string>();
  for (const r of rows) {
    const k = key(r);
    if (k === undefined) continue;
    if (seen.has(k)) report(r);
    else seen.add(k);
  }
}
