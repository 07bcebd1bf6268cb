import { showCell } from '../cells/cell';
import type { Table } from './readTable';

/** A value of a column as filters see it: `key` matched (trimmed, lower case, dates as their day), `text` its first spelling. */
export interface DistinctValue { key: string; text: string }

/**
 * The distinct values of a column of a table, in order of first appearance, '' standing for
 * blank cells; at most `limit + 1` (more than `limit` says "too many").
 */
export function distinctValues(table: Table, col: number, limit = Infinity): DistinctValue[] {
  const { keys, first } = table.keys(col);
  const n = Math.min(keys.length, limit + 1);
  const out: DistinctValue[] = [];
  for (let c = 0; c < n; c++) out.push({ key: keys[c], text: showCell(table.cell(first[c], col), table.options.dayOf).trim() });
  return out;
}
