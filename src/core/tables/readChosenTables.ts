import type { Grid } from '../cells/cell';
import type { KpiTables } from '../kpi/types';
import { chooseTables, type TablesChoice } from './chooseTables';
import { readTable, type ReadOptions } from './readTable';
import { TABLE_KINDS, type TableKind } from './schema';

export interface ChosenTables {
  /** Which sheet is which table, and why. */
  choice: TablesChoice;
  /** Each chosen sheet read as its table (named after the sheet). */
  tables: KpiTables;
  /** The grid each table was read from. */
  grids: Partial<Record<TableKind, Grid>>;
}

/**
 * Chooses which sheet holds each table (chooseTables), then reads each chosen sheet, in the
 * kinds' order: what the dashboard refresh, the sidebar's data status and the CLI all do.
 */
export function readChosenTables(sheets: readonly { name: string; grid: Grid }[], overrides: Partial<Record<TableKind, string>> | undefined, options: Omit<ReadOptions, 'name'>): ChosenTables {
  const choice = chooseTables(sheets, overrides);
  const tables: KpiTables = {};
  const grids: ChosenTables['grids'] = {};
  for (const kind of TABLE_KINDS) {
    const chosen = choice.chosen[kind];
    if (!chosen) continue;
    const grid = sheets.find((s) => s.name === chosen.sheet)!.grid;
    grids[kind] = grid;
    (tables as Record<string, unknown>)[kind] = readTable(kind, grid, { ...options, name: chosen.sheet });
  }
  return { choice, tables, grids };
}
