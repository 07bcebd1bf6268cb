import type { Grid } from '../cells/cell';
import { normalizeKey } from '../cells/text';
import { checkTables } from '../check/checkTables';
import { boundIssues } from '../check/dataCheck';
import { KpiError, type KpiTables } from '../kpi/types';
import { readTable } from '../tables/readTable';
import { kindOfHeaders } from '../tables/recognise';
import { TABLES, TABLE_KINDS, TableKind } from '../tables/schema';
import type { FormulaEnv } from './args';

/**
 * PILOTE_CHECK(table, [kind]): the data check as a spilled list, header row first, or '' when
 * the table is clean (an empty cell, not an error). Row numbers are counted within the range,
 * its header being row 1 — the sheet's row numbers when the range starts at row 1. At most 500
 * problems, then one row "… and N more" (values are cut to 100 characters).
 */
export function checkFormula(table: unknown, kind: unknown, env: FormulaEnv): string | (string | number)[][] {
  if (!Array.isArray(table) || !Array.isArray(table[0])) {
    throw new KpiError('PILOTE_CHECK: table must be a range, header row included (e.g. Deals!A:K).');
  }
  const grid = table as Grid;
  const k = kind === undefined || kind === '' ? recognise(grid) : kindNamed(String(kind));
  const parsed = readTable(k, grid, { dayOf: env.dayOf, locale: env.locale, name: TABLES[k].label.en });
  const { issues } = checkTables({ [k]: parsed } as KpiTables);
  if (issues.length === 0) return '';
  issues.sort((a, b) => a.row - b.row);
  const { shown, more } = boundIssues(issues);
  const out: (string | number)[][] = [['Row', 'Column', 'Value', 'Problem'], ...shown.map((i) => [i.row, i.column, i.value, i.message])];
  if (more > 0) out.push(['…', '', '', `… and ${more} more ${more === 1 ? 'problem' : 'problems'} (fix these first, or check a smaller range)`]);
  return out;
}

/** The kind whose identifying fields all match and which recognises the most headers. */
export function recognise(grid: Grid): TableKind {
  const found = kindOfHeaders(grid[0] ?? []);
  if (!found) {
    const headers = (grid[0] ?? []).map((h) => String(h ?? '').trim());
    throw new KpiError(`PILOTE_CHECK: can't tell which table this is from its headers (${headers.filter(Boolean).join(', ') || 'none'}); give its kind: =PILOTE_CHECK(A:K, "Deals").`);
  }
  return found.kind;
}

function kindNamed(name: string): TableKind {
  const key = normalizeKey(name);
  const kind = TABLE_KINDS.find((k) => [k, TABLES[k].label.en, TABLES[k].label.fr].some((n) => normalizeKey(n) === key));
  if (!kind) throw new KpiError(`PILOTE_CHECK: unknown kind "${name}"; use Leads, Deals, Activities, Spend, Customers, Surveys or Targets.`);
  return kind;
}
