/**
 * The Targets sheet as the sidebar lists and edits it: each row as the user wrote it (with what
 * Pilote understood of it), a fingerprint of its cells so an edit can't overwrite a row changed
 * in the sheet since it was read, and the checks an objective typed in the sidebar must pass.
 * Pure; the add-on reads and writes the cells.
 */
import { Cell, Grid, showCell } from '../cells/cell';
import type { DayOf } from '../cells/date';
import { isDate } from '../dates/day';
import type { NamedPeriod } from '../dates/period';
import { byId, kpiByName, KPIS } from '../kpi/registry';
import type { KpiId } from '../kpi/types';
import { hashText } from '../tables/hashRows';
import type { DataIssue } from '../tables/issues';
import type { Table } from '../tables/readTable';

/** One row of the Targets sheet, JSON-safe. */
export interface TargetRowView {
  /** Sheet row (the header is row 1). */
  row: number;
  /** Fingerprint of the row's cells when read: saveTargets refuses to change a row that no longer matches. */
  version: string;
  /** The KPI as written, and the KPI it names (null: Pilote doesn't know it). */
  kpi: string;
  kpiId: KpiId | null;
  /** The period as written, and its key (`2026-03`, `2026-Q1`, `2026`; null: unreadable). */
  period: string;
  periodKey: string | null;
  /** The objective as a number (a rate as a fraction), or null when blank or unreadable. */
  target: number | null;
  /** The objective as written. */
  targetText: string;
  filterColumn: string;
  filterValue: string;
  /** Why Pilote can't use this row, when it can't. */
  problem: string | null;
}

/** An objective as the sidebar sends it. Rates are fractions (25 % is 0.25). */
export interface TargetInput {
  kpi: KpiId;
  /** `2026-03` (a month), `2026-Q1` (a quarter) or `2026` (a year). */
  period: string;
  target: number;
  /** Optional segment: both or neither. */
  filterColumn?: string;
  filterValue?: string;
}

export type TargetField = 'kpi' | 'period' | 'target' | 'filterColumn' | 'filterValue' | 'row';

export interface TargetInputError {
  field: TargetField;
  message: string;
}

/** The longest segment column or value accepted (a header or a value, not a paragraph). */
const MAX_TEXT = 100;

const PERIOD_KEY = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

/** FNV-1a (32 bits, hashText) over a row's cells as typed values: any change of value or type changes it. */
export function rowFingerprint(cells: readonly Cell[]): string {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] === '' || cells[end - 1] === null || cells[end - 1] === undefined)) end--;
  const text = cells.slice(0, end).map((c) => (isDate(c) ? `d${c.getTime()}` : typeof c === 'number' ? `n${c}` : typeof c === 'boolean' ? `b${c}` : `s${c ?? ''}`)).join('\u0001');
  return `${end}:${(hashText(text) >>> 0).toString(16)}`;
}

/**
 * The rows of a Targets table, in sheet order, with each row's first problem (from the data
 * check and from reading the targets) so the sidebar can flag it.
 */
export function targetRowViews(table: Table<'targets'>, grid: Grid, issues: readonly DataIssue[], dayOf: DayOf): TargetRowView[] {
  const problemOf = new Map<number, string>();
  for (const i of issues) if (i.row > 1 && !problemOf.has(i.row)) problemOf.set(i.row, i.column ? `${i.column}: ${i.message}` : i.message);
  const cellOf = (i: number, key: string) => {
    const col = table.columns[key];
    return col === undefined ? '' : showCell(table.cell(i, col), dayOf).trim();
  };
  const rows = table.rowNumbers;
  return Array.from(rows, (row, i) => {
    const kpi = table.value('kpi', i) as string | undefined;
    const period = table.value('period', i) as NamedPeriod | undefined;
    return {
      row,
      version: rowFingerprint(grid[row - 1] ?? []),
      kpi: cellOf(i, 'kpi'),
      kpiId: kpi === undefined ? null : kpiByName(kpi)?.id ?? null,
      period: cellOf(i, 'period'),
      periodKey: period?.key ?? null,
      target: (table.value('target', i) as number | undefined) ?? null,
      targetText: cellOf(i, 'target'),
      filterColumn: (table.value('filterColumn', i) as string | undefined) ?? '',
      filterValue: (table.value('filterValue', i) as string | undefined) ?? '',
      problem: problemOf.get(row) ?? null,
    };
  });
}

/**
 * Checks an objective sent by the sidebar (any JSON). Returns it cleaned (trimmed, KPI id
 * canonical), or every error with its field.
 */
export function validateTargetInput(input: unknown): { ok: true; target: TargetInput } | { ok: false; errors: TargetInputError[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, errors: [{ field: 'kpi', message: 'an objective must be an object' }] };
  const o = input as Record<string, unknown>;
  const errors: TargetInputError[] = [];
  const kpiText = typeof o.kpi === 'string' ? o.kpi.trim().toUpperCase() : '';
  const kpi = KPIS.find((k) => k.id === kpiText);
  if (!kpi) errors.push({ field: 'kpi', message: `choose a KPI (${KPIS.map((k) => k.id).join(', ')})` });

  const period = typeof o.period === 'string' ? o.period.trim().toUpperCase() : '';
  if (!PERIOD_KEY.test(period)) errors.push({ field: 'period', message: 'write the period as 2026-03 (a month), 2026-Q1 (a quarter) or 2026 (a year)' });

  const target = typeof o.target === 'number' ? o.target : NaN;
  if (!Number.isFinite(target)) errors.push({ field: 'target', message: 'the objective must be a number' });
  else if (kpi) {
    const bound = targetBounds(kpi.id);
    if (target < bound.min || target > bound.max) errors.push({ field: 'target', message: bound.message });
  }

  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : null);
  const column = text(o.filterColumn), value = text(o.filterValue);
  if (column === null || column.length > MAX_TEXT) errors.push({ field: 'filterColumn', message: `the segment column must be a text of at most ${MAX_TEXT} characters` });
  if (value === null || value.length > MAX_TEXT) errors.push({ field: 'filterValue', message: `the segment value must be a text of at most ${MAX_TEXT} characters` });
  if (column !== null && value !== null && (column === '') !== (value === '')) {
    errors.push({ field: column === '' ? 'filterColumn' : 'filterValue', message: 'a segment needs both a column and a value (or neither)' });
  }
  if (errors.length) return { ok: false, errors };
  const out: TargetInput = { kpi: kpi!.id, period, target };
  if (column) { out.filterColumn = column; out.filterValue = value!; }
  return { ok: true, target: out };
}

/** What an objective of a KPI may be, by its unit. */
export function targetBounds(id: KpiId): { min: number; max: number; message: string } {
  const kpi = byId(id);
  switch (kpi.unit) {
    case 'ratio': return { min: 0, max: 1, message: `${kpi.id} is a rate: give it between 0 % and 100 %` };
    case 'score': return { min: -100, max: 100, message: `${kpi.id} is a score from −100 to 100` };
    default: return { min: 0, max: Number.MAX_SAFE_INTEGER, message: `${kpi.id}'s objective must be 0 or more` };
  }
}
