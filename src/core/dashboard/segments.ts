import { showCell } from '../cells/cell';
import type { KpiDefinition, KpiTables } from '../kpi/types';
import type { Table } from '../tables/readTable';
import type { SegmentDimension } from '../settings/settings';

export type Dimension = SegmentDimension | 'segment';

/** The column a dimension filters on (its English label; French headers match it through the aliases). */
export const DIMENSION_COLUMN: Record<Dimension, string> = {
  channel: 'Channel', product: 'Product', owner: 'Owner', region: 'Region', segment: 'Segment',
};

/** At most this many values per dimension: beyond, a column is an identifier, not a segment. */
export const MAX_SEGMENTS = 30;

const cache = new WeakMap<Table, Map<string, string[] | null>>();

/**
 * The values of a dimension in one table, as written (first spelling met; matched the way
 * filters match: trimmed, case-insensitive), '' standing for rows where it is blank. Null when the
 * table has no such column or too many values to be a segment.
 */
export function segmentValuesOf(table: Table, dimension: Dimension): string[] | null {
  let byDim = cache.get(table);
  if (!byDim) cache.set(table, (byDim = new Map()));
  if (byDim.has(dimension)) return byDim.get(dimension)!;
  const col = table.columns[dimension];
  let found: string[] | null = null;
  if (col !== undefined) {
    const { keys, first } = table.keys(col);
    found = keys.length > MAX_SEGMENTS ? null : first.map((i) => showCell(table.cell(i, col)).trim()).sort(compareSegments);
  }
  byDim.set(dimension, found);
  return found;
}

/** Alphabetical, case- and accent-insensitive, the blank segment last. */
export function compareSegments(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  return a.localeCompare(b, undefined, { sensitivity: 'base' });
}

/**
 * The segments a KPI can be split by along a dimension: the values found in the tables it reads
 * that have the column. Null when none of them has it.
 */
export function kpiSegments(kpi: KpiDefinition, tables: KpiTables, dimension: Dimension): string[] | null {
  const keys = new Map<string, string>();
  let any = false;
  for (const arg of kpi.args) {
    if (arg.kind !== 'table') continue;
    const t = tables[arg.table];
    if (!t) continue;
    const values = segmentValuesOf(t, dimension);
    if (!values) continue;
    any = true;
    for (const v of values) if (!keys.has(v.toLowerCase())) keys.set(v.toLowerCase(), v);
  }
  return any ? [...keys.values()].sort(compareSegments) : null;
}
