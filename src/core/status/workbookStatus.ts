import { DEAL_STAGE_CODES } from '../tables/vocabulary';
/**
 * What the sidebar's "Data status" shows: which sheet Pilote reads as which table, the header it
 * recognised for each field and the fields it did not find, row counts, and the data check
 * grouped by table with sheet rows and columns (so a click can select the cell). Also what the
 * settings and objectives editors offer: the open deal stages found, and the segment columns
 * with their values. Pure: the add-on reads the sheets once and hands their grids over.
 */
import { showCell } from '../cells/cell';
import type { Grid } from '../cells/cell';
import type { DayOf } from '../cells/date';
import { normalizeHeader, normalizeKey } from '../cells/text';
import { checkTables } from '../check/checkTables';
import type { WorkbookSheet } from '../dashboard/dashboardSheets';
import { localeInfo } from '../format/locale';
import type { Settings } from '../settings/settings';
import type { ChoiceReason } from '../tables/chooseTables';
import { readChosenTables } from '../tables/readChosenTables';
import type { DataIssue } from '../tables/issues';
import { readTable, Table } from '../tables/readTable';
import { TABLES, TABLE_KINDS, TableKind } from '../tables/schema';
import { targetRowViews, TargetRowView } from '../targets/targetRows';

/** A cell (or a whole row when `column` is null) of a sheet, 1-based: what selectProblem selects. */
export interface ProblemRef {
  sheet: string;
  row: number;
  column: number | null;
}

export interface Problem {
  ref: ProblemRef;
  /** The column's header as written ('' for a problem with the whole row or the headers). */
  column: string;
  value: string;
  message: string;
}

export interface FieldStatus {
  key: string;
  label: { en: string; fr: string };
  /** The header recognised for it, as written, and its 1-based column; null: not found. */
  header: string | null;
  column: number | null;
  /** Without it the sheet isn't recognised as this table. */
  identifying: boolean;
  /** The headers that would be recognised, to tell the user what to name the column. */
  aliases: string[];
}

export interface TableStatus {
  kind: TableKind;
  sheet: string;
  /** Why this sheet: the only candidate, named like the table, chosen in the settings, most columns or rows, or the first. */
  reason: ChoiceReason;
  /** Other sheets that look like the same table (not read). */
  others: string[];
  /** Non-blank data rows. */
  rows: number;
  fields: FieldStatus[];
  /** Headers no field uses (they still work as filters). */
  unmatched: string[];
  /** The data check's findings, by sheet row, the first PROBLEMS_LISTED of them. */
  problems: Problem[];
  problemCount: number;
  /** Rows with at least one problem. */
  problemRows: number;
}

export interface SegmentColumn {
  /** The header as written in the user's sheets (the first met). */
  column: string;
  /** Values seen, most frequent first (at most SEGMENT_VALUES). */
  values: string[];
}

export interface StageSeen {
  /** As first written in the Deals sheet. */
  stage: string;
  deals: number;
}

export interface WorkbookStatus {
  tables: TableStatus[];
  /** Table kinds no sheet holds. */
  missing: TableKind[];
  /** Sheets Pilote doesn't read, with their first row. */
  unrecognised: { sheet: string; firstRow: string[] }[];
  /** Open stages in the Deals sheet (not Won or Lost), most deals first. */
  stages: StageSeen[];
  segments: SegmentColumn[];
  targets: { sheet: string | null; rows: TargetRowView[] };
}

export const PROBLEMS_LISTED = 50;
export const SEGMENT_VALUES = 40;

/** Fields whose values make segments (filters of objectives and breakdowns). */
const SEGMENT_FIELDS: Partial<Record<TableKind, string[]>> = {
  leads: ['channel', 'owner'],
  deals: ['channel', 'owner', 'product', 'region'],
  spend: ['channel', 'category'],
  customers: ['segment'],
};

export interface StatusInput {
  sheets: WorkbookSheet[];
  settings: Pick<Settings, 'tables'>;
  dayOf: DayOf;
  /** The spreadsheet's locale (how text numbers are read). */
  locale: string;
}

/**
 * The tables are chosen, read and checked as the dashboard does it (readChosenTables with the
 * spreadsheet's locale, checkTables), so the sidebar reports what a refresh will find.
 */
export function workbookStatus(input: StatusInput): WorkbookStatus {
  const { choice, tables: read, grids } = readChosenTables(input.sheets, (input.settings.tables ?? {}) as Partial<Record<TableKind, string>>, { dayOf: input.dayOf, locale: localeInfo(input.locale) });
  const { issues } = checkTables(read);
  const tables: TableStatus[] = [];
  let targets: WorkbookStatus['targets'] = { sheet: null, rows: [] };
  for (const kind of TABLE_KINDS) {
    const chosen = choice.chosen[kind];
    const table = read[kind] as Table | undefined;
    if (!chosen || !table) continue;
    // Each sheet holds one table: its issues are those naming it, walked down by row.
    const own = issues.filter((i) => i.table === table.name).sort((a, b) => a.row - b.row);
    if (kind === 'targets') targets = { sheet: chosen.sheet, rows: targetRowViews(table as Table<'targets'>, grids[kind]!, own, input.dayOf) };
    tables.push({
      kind, sheet: chosen.sheet, reason: chosen.reason, others: chosen.others.slice(), rows: table.size,
      fields: TABLES[kind].fields.map((f) => {
        const col = table.columns[f.key];
        return { key: f.key, label: { ...f.label }, header: col === undefined ? null : table.headers[col], column: col === undefined ? null : col + 1, identifying: TABLES[kind].identifying.includes(f.key), aliases: f.aliases.slice() };
      }),
      unmatched: table.unmatched.slice(),
      problems: own.slice(0, PROBLEMS_LISTED).map((i) => problemOf(i, table)),
      problemCount: own.length,
      problemRows: new Set(own.map((i) => i.row)).size,
    });
  }
  return {
    tables,
    missing: TABLE_KINDS.filter((k) => !read[k]),
    unrecognised: choice.unrecognised.map((u) => ({ sheet: u.name, firstRow: u.firstRow })),
    stages: openStages(read.deals),
    segments: segmentColumns(read as Partial<Record<TableKind, Table>>),
    targets,
  };
}

function problemOf(issue: DataIssue, table: Table): Problem {
  const at = issue.column === '' ? -1 : table.headers.indexOf(issue.column);
  // A column the sheet lacks is named in the message (prefixed when the message doesn't say it).
  const named = at >= 0 || issue.column === '' || issue.message.includes(issue.column);
  return { ref: { sheet: table.name, row: issue.row, column: at >= 0 ? at + 1 : null }, column: at >= 0 ? issue.column : '', value: issue.value, message: named ? issue.message : `${issue.column}: ${issue.message}` };
}

function openStages(deals: Table<'deals'> | undefined): StageSeen[] {
  const col = deals?.columns.stage;
  if (!deals || col === undefined) return [];
  const seen = new Map<string, StageSeen>();
  const stages = deals.code('stage');
  const open = DEAL_STAGE_CODES.indexOf('open');
  for (let i = 0; i < deals.size; i++) {
    if (stages[i] !== open) continue;
    const text = showCell(deals.cell(i, col)).trim();
    const key = normalizeKey(text);
    const s = seen.get(key);
    if (s) s.deals++;
    else seen.set(key, { stage: text, deals: 1 });
  }
  return [...seen.values()].sort((a, b) => b.deals - a.deals || a.stage.localeCompare(b.stage));
}

function segmentColumns(read: Partial<Record<TableKind, Table>>): SegmentColumn[] {
  const byHeader = new Map<string, { column: string; counts: Map<string, number> }>();
  for (const kind of Object.keys(SEGMENT_FIELDS) as TableKind[]) {
    const table = read[kind];
    if (!table) continue;
    for (const field of SEGMENT_FIELDS[kind]!) {
      const col = table.columns[field];
      if (col === undefined) continue;
      const key = normalizeHeader(table.headers[col]);
      let entry = byHeader.get(key);
      if (!entry) byHeader.set(key, (entry = { column: table.headers[col], counts: new Map() }));
      for (let i = 0; i < table.size; i++) {
        const v = showCell(table.cell(i, col)).trim();
        if (v !== '') entry.counts.set(v, (entry.counts.get(v) ?? 0) + 1);
      }
    }
  }
  return [...byHeader.values()].map((e) => ({
    column: e.column,
    values: [...e.counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, SEGMENT_VALUES).map(([v]) => v),
  }));
}

/** The rows of a Targets sheet as the sidebar lists them (what saveTargets returns after writing). */
export function readTargetRows(sheet: string, grid: Grid, dayOf: DayOf, locale: string): TargetRowView[] {
  const table = readTable('targets', grid, { dayOf, locale: localeInfo(locale), name: sheet });
  const issues = checkTables({ targets: table }).issues.sort((a, b) => a.row - b.row);
  return targetRowViews(table, grid, issues, dayOf);
}
