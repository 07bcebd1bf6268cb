import { isBlank, showCell } from '../cells/cell';
import { normalizeHeader, normalizeKey } from '../cells/text';
import { KPIS } from '../kpi/registry';
import { validScore } from '../kpi/surveyScores';
import { clip, DataIssue } from '../tables/issues';
import type { Table } from '../tables/readTable';
import type { RowRef } from '../tables/rows';
import { TABLES, TableKind } from '../tables/schema';
import { isKnownStage, nearestClosedStage } from '../tables/vocabulary';

/**
 * Everything wrong in a table that would make a KPI leave a row out or count it otherwise than
 * the user thinks: unreadable cells and ambiguous text (found while reading), missing columns
 * (with the KPIs they stop), duplicated headers, no data row, stages Pilote doesn't know,
 * missing values a KPI needs, impossible orders of dates, duplicates. Sorted by row so the user
 * can walk down the sheet. Quoted values are cut to 100 characters.
 */
export function checkTable(table: Table): DataIssue[] {
  const issues: DataIssue[] = [...table.issues];
  const spec = TABLES[table.kind];
  if (table.headers.every((h) => h === '')) {
    return [{ table: table.name, row: 1, column: '', value: '', message: 'empty range: select the table with its header row' }];
  }
  const header = (message: string, column: string, value = '') => issues.push({ table: table.name, row: 1, column: clip(column), value: clip(value), message });
  for (const key of spec.identifying) {
    if (table.columns[key] !== undefined) continue;
    const field = spec.fields.find((f) => f.key === key)!;
    header(`no ${field.label.en} column (name one ${field.aliases.join(', ')})`, field.label.en);
  }
  for (const field of spec.fields) {
    if (table.columns[field.key] !== undefined || spec.identifying.includes(field.key)) continue;
    const stopped = KPIS.filter((k) => k.needs[table.kind]?.includes(field.key)).map((k) => k.id);
    if (stopped.length > 0) header(`no ${field.label.en} column (name one ${field.aliases.join(', ')}): ${stopped.join(', ')} cannot be computed`, field.label.en);
  }
  duplicatedHeaders(table, header);
  if (table.rows.length === 0) header('no data row: the table has only its header row', '');
  const add = (r: RowRef, key: string, message: string) => {
    const col = table.columns[key];
    issues.push({ table: table.name, row: r.row, column: col === undefined ? key : clip(table.headers[col]), value: col === undefined ? '' : clip(showCell(r.cells[col], table.options.dayOf)), message });
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
    unknownStages(t, add);
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

/**
 * Stages neither Won, Lost nor a usual open stage, listed once each with how they are counted:
 * `Wonn` is an open deal, not revenue — most likely a typo of Won.
 */
function unknownStages(t: Table<'deals'>, add: Helpers['add']): void {
  const col = t.columns.stage;
  if (col === undefined) return;
  // Case, accents and spacing aside, like the vocabularies: `Parked` and `parked ` are one stage.
  const seen = new Map<string, { text: string; rows: RowRef[] }>();
  for (const d of t.rows) {
    if (d.stage !== 'open') continue;
    const text = String(d.cells[col]).trim();
    const key = normalizeKey(text);
    const found = seen.get(key);
    if (found) found.rows.push(d);
    else if (!isKnownStage(text)) seen.set(key, { text, rows: [d] });
  }
  for (const { text, rows } of seen.values()) {
    const near = nearestClosedStage(text);
    const which = rows.length === 1 ? 'its deal is' : `its ${rows.length} deals (rows ${rows.slice(0, 5).map((r) => r.row).join(', ')}${rows.length > 5 ? '…' : ''}) are`;
    add(rows[0], 'stage', `stage not recognised: ${which} counted as open (pipeline, not revenue or win rate)${near ? `; did you mean ${near}?` : ''}`);
  }
}

/** Two columns with the same header, or two headers naming one field: say which one Pilote reads. */
function duplicatedHeaders(table: Table, header: (message: string, column: string, value?: string) => void): void {
  const keys = table.headers.map(normalizeHeader);
  const letter = (i: number) => columnLetter(i);
  const reported = new Set<number>();
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] === '' || reported.has(i)) continue;
    const same = keys.flatMap((k, j) => (k === keys[i] ? [j] : []));
    if (same.length < 2) continue;
    same.forEach((j) => reported.add(j));
    const used = same.find((j) => Object.values(table.columns).includes(j)) ?? same[0];
    const read = Object.values(table.columns).includes(used) ? 'Pilote reads' : 'filters use';
    header(`duplicated header: columns ${same.map(letter).join(' and ')} are both "${table.headers[i]}"; ${read} column ${letter(used)}, the other${same.length > 2 ? 's are' : ' is'} ignored`, table.headers[i]);
  }
  for (const field of TABLES[table.kind].fields) {
    const used = table.columns[field.key];
    if (used === undefined) continue;
    const aliases = new Set(field.aliases.map(normalizeHeader));
    keys.forEach((k, j) => {
      if (j === used || reported.has(j) || k === keys[used] || !aliases.has(k)) return;
      header(`"${table.headers[j]}" (column ${letter(j)}) also names the ${field.label.en}: Pilote reads "${table.headers[used]}" (column ${letter(used)}) and ignores it`, table.headers[j]);
    });
  }
}

/** Column letter of a 0-based index within the range (A, B, … Z, AA…). */
function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** At most `max` issues, then one line saying how many more (a spilled list Sheets can hold). */
export function boundIssues(issues: DataIssue[], max = MAX_ISSUES): { shown: DataIssue[]; more: number } {
  return issues.length <= max ? { shown: issues, more: 0 } : { shown: issues.slice(0, max), more: issues.length - max };
}

/** PILOTE_CHECK and the npm start summary list at most this many problems. */
export const MAX_ISSUES = 500;

function duplicates<R extends RowRef>(rows: R[], key: (r: R) => string | undefined, report: (r: R) => void): void {
  const seen = new Set<string>();
  for (const r of rows) {
    const k = key(r);
    if (k === undefined) continue;
    if (seen.has(k)) report(r);
    else seen.add(k);
  }
}
