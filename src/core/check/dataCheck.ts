import { isBlank, showCell } from '../cells/cell';
import { normalizeHeader, normalizeKey } from '../cells/text';
import { KPIS } from '../kpi/registry';
import { validScore } from '../kpi/surveyScores';
import { clip, DataIssue } from '../tables/issues';
import { repeatedCodes, type Table } from '../tables/readTable';
import { TABLES, TableKind } from '../tables/schema';
import { isKnownStage, LOST, nearestClosedStage, OPEN, SURVEY_TYPE_CODES, WON } from '../tables/vocabulary';
import { customerKeys } from '../kpi/firstWins';

/**
 * Everything wrong in a table that would make a KPI leave a row out or count it otherwise than
 * the user thinks: unreadable cells and ambiguous text (found while reading), missing columns
 * (with the KPIs they stop), duplicated headers, no data row, stages Pilote doesn't know,
 * missing values a KPI needs, impossible orders of dates, duplicates. Sorted by row so the user
 * can walk down the sheet. Quoted values are cut to 100 characters.
 */
export function checkTable(table: Table): DataIssue[] {
  table.ensure(TABLES[table.kind].fields.map((f) => f.key));
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
  if (table.size === 0) header('no data row: the table has only its header row', '');
  const add = (i: number, key: string, message: string) => {
    const col = table.columns[key];
    issues.push({ table: table.name, row: table.rowNumbers[i], column: col === undefined ? key : clip(table.headers[col]), value: col === undefined ? '' : clip(showCell(table.cell(i, col), table.options.dayOf)), message });
  };
  /** A blank value only matters where its column exists; an unreadable one is already reported. */
  const missing = (key: string): ((i: number) => boolean) => {
    const col = table.columns[key];
    if (col === undefined) return () => false;
    const absent = absentIn(table, key);
    return (i) => absent(i) && isBlank(table.cell(i, col));
  };
  rules[table.kind](table as never, { add, missing });
  return issues.sort((a, b) => a.row - b.row);
}

/** Whether a field's value is missing (blank or unreadable) in a row, from its parsed column. */
function absentIn(table: Table, key: string): (i: number) => boolean {
  const type = TABLES[table.kind].fields.find((f) => f.key === key)!.type;
  switch (type) {
    case 'day': case 'amount': case 'number': {
      const v = type === 'day' ? table.day(key as 'closed') : table.number(key as 'amount');
      return (i) => v[i] !== v[i];
    }
    case 'span': {
      const from = table.span(key as 'date').from;
      return (i) => from[i] !== from[i];
    }
    case 'text': {
      const codes = table.text(key as 'id').codes;
      return (i) => codes[i] < 0;
    }
    case 'period': {
      const p = table.period(key as 'period');
      return (i) => p[i] === undefined;
    }
    default: {
      const codes = table.code(key as 'stage');
      return (i) => codes[i] < 0;
    }
  }
}

interface Helpers {
  add(row: number, key: string, message: string): void;
  /** A test of rows: is this field's cell blank (where the table has the column)? */
  missing(key: string): (row: number) => boolean;
}

const rules: { [K in TableKind]: (t: Table<K>, h: Helpers) => void } = {
  leads(t, { add, missing }) {
    const noCreated = missing('created'), noStatus = missing('status');
    for (let i = 0; i < t.size; i++) {
      if (noCreated(i)) add(i, 'created', 'no created date: left out of every lead KPI');
      if (noStatus(i)) add(i, 'status', 'no status: left out of MQL, SQL and conversion rates');
    }
    for (const i of t.repeats('id')) add(i, 'id', 'duplicate lead ID');
  },
  deals(t, { add, missing }) {
    unknownStages(t, add);
    const stage = t.code('stage'), created = t.day('created'), closed = t.day('closed'), amount = t.number('amount');
    const noStage = missing('stage'), noClosed = missing('closed'), noAmount = missing('amount'), noCustomer = missing('customer');
    for (let i = 0; i < t.size; i++) {
      const s = stage[i];
      if (noStage(i)) add(i, 'stage', 'no stage: left out of every deal KPI');
      if (s === WON || s === LOST) {
        if (noClosed(i)) add(i, 'closed', `${s === WON ? 'Won' : 'Lost'} deal without a close date: left out of revenue and win rate`);
      }
      if ((s === WON || s === OPEN) && noAmount(i)) {
        add(i, 'amount', s === WON ? 'Won deal without an amount: left out of revenue' : 'open deal without an amount: left out of the pipeline');
      }
      if (s === WON && noCustomer(i)) add(i, 'customer', 'Won deal without a customer: left out of new customers');
      if (closed[i] < created[i]) add(i, 'closed', 'close date before the created date');
      if (amount[i] < 0) add(i, 'amount', 'negative amount');
    }
    for (const i of t.repeats('id')) add(i, 'id', 'duplicate deal ID');
  },
  activities(t, { add, missing }) {
    const noDate = missing('date'), noType = missing('type');
    for (let i = 0; i < t.size; i++) {
      if (noDate(i)) add(i, 'date', 'no date: left out of activity counts');
      if (noType(i)) add(i, 'type', 'no type: left out of counts by type');
    }
  },
  spend(t, { add, missing }) {
    const noDate = missing('date'), noAmount = missing('amount');
    for (let i = 0; i < t.size; i++) {
      if (noDate(i)) add(i, 'date', 'no date or month: left out of CPL and CAC');
      if (noAmount(i)) add(i, 'amount', 'no amount: left out of CPL and CAC');
    }
  },
  customers(t, { add, missing }) {
    const start = t.day('start'), end = t.day('end');
    const noCustomer = missing('customer'), noStart = missing('start');
    for (let i = 0; i < t.size; i++) {
      if (noCustomer(i)) add(i, 'customer', 'no customer name');
      if (noStart(i)) add(i, 'start', 'no start date: left out of churn, retention and LTV');
      if (end[i] < start[i]) add(i, 'end', 'end date before the start date: left out of churn, retention and LTV');
    }
    // Names match case-insensitively (as deals find their customer).
    const names = t.text('customer');
    const { keyOf } = customerKeys(names);
    for (const i of repeatedCodes(Int32Array.from(names.codes, (c) => (c < 0 ? -1 : keyOf[c])))) add(i, 'customer', 'customer listed twice');
  },
  surveys(t, { add, missing }) {
    const type = t.code('type'), score = t.number('score');
    const noDate = missing('date'), noType = missing('type'), noScore = missing('score');
    for (let i = 0; i < t.size; i++) {
      if (noDate(i)) add(i, 'date', 'no date: left out of NPS and CSAT');
      if (noType(i)) add(i, 'type', 'no type (NPS or CSAT)');
      if (noScore(i)) add(i, 'score', 'no score');
      if (type[i] >= 0 && score[i] === score[i]) {
        const kind = SURVEY_TYPE_CODES[type[i]];
        if (!validScore(kind, score[i])) add(i, 'score', kind === 'nps' ? 'NPS scores are whole numbers from 0 to 10' : 'CSAT scores are whole numbers from 1 to 5');
      }
    }
  },
  targets(t, { add, missing }) {
    const noKpi = missing('kpi'), noPeriod = missing('period'), noTarget = missing('target');
    const column = t.text('filterColumn').codes, value = t.text('filterValue').codes;
    for (let i = 0; i < t.size; i++) {
      if (noKpi(i)) add(i, 'kpi', 'no KPI');
      if (noPeriod(i)) add(i, 'period', 'no period (write 2026-03, 2026-Q1 or 2026)');
      if (noTarget(i)) add(i, 'target', 'no target');
      if ((column[i] < 0) !== (value[i] < 0)) add(i, column[i] < 0 ? 'filterColumn' : 'filterValue', 'a filter needs both a column and a value');
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
  const stage = t.code('stage');
  // Case, accents and spacing aside, like the vocabularies: `Parked` and `parked ` are one stage.
  const seen = new Map<string, { text: string; rows: number[] }>();
  const keyOf = new Map<unknown, string>();
  const known = new Set<string>();
  for (let i = 0; i < t.size; i++) {
    if (stage[i] !== OPEN) continue;
    const raw = t.cell(i, col);
    let key = keyOf.get(raw);
    if (key === undefined) keyOf.set(raw, (key = normalizeKey(String(raw).trim())));
    const found = seen.get(key);
    if (found) found.rows.push(i);
    else if (!known.has(key)) {
      const text = String(raw).trim();
      if (isKnownStage(text)) known.add(key);
      else seen.set(key, { text, rows: [i] });
    }
  }
  for (const { text, rows } of seen.values()) {
    const near = nearestClosedStage(text);
    const which = rows.length === 1 ? 'its deal is' : `its ${rows.length} deals (rows ${rows.slice(0, 5).map((r) => t.rowNumbers[r]).join(', ')}${rows.length > 5 ? '…' : ''}) are`;
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
