import { showCell } from '../cells/cell';
import { filterKey } from '../cells/text';
import type { Table } from './readTable';

/** A value of a column as filters see it: `key` matched (trimmed, lower case, dates as their day), `text` its first spelling. */
export interface DistinctValue { key: string; text: string }

/**
 * The distinct values of a column of a table, in order of first appearance, '' standing for
 * blank cells; at most `limit + 1` (more than `limit` says "too many" without reading on).
 */
export function distinctValues(table: Table, col: number, limit = Infinity): DistinctValue[] {
  const dayOf = table.options.dayOf;
  const seen = new Map<string, string>();
  for (const r of table.rows) {
    const cell = r.cells[col];
    const key = filterKey(cell, dayOf);
    if (seen.has(key)) continue;
    seen.set(key, showCell(cell, dayOf).trim());
    if (seen.size > limit) break;
  }
  return [...seen].map(([key, text]) => ({ key, text }));
}
