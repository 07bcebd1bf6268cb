/**
 * The benchmark's data: the sample workbook at a size (leads = size, deals tiled to as many),
 * as the 2-D arrays Sheets hands a custom function for a whole-column range: Date cells, '' for
 * empty cells, then 10 % blank rows to the sheet's end.
 */
import type { Cell, Grid } from '../../core/cells/cell';
import { dayFromYmd, utcDateOfDay, type Day } from '../../core/dates/day';
import { generateSample } from '../../core/sample';
import { TABLE_KINDS, type TableKind } from '../../core/tables/schema';

/** "Today" of every run. */
export const AS_OF: Day = dayFromYmd(2026, 11, 25)!;

export interface Workload {
  size: number;
  /** Whole-column ranges, header row first. */
  grids: Record<TableKind, Grid>;
  /** Sheet names (Leads, Deals…). */
  names: Record<TableKind, string>;
  /** Data rows per table. */
  rows: Record<TableKind, number>;
}

/**
 * Builds the grids in place from the generator's rows (no second copy of half a million rows).
 * Date cells of a same day share one Date object: a Date costs 112 bytes in V8, and at 500k rows
 * distinct ones would add some 190 MB of input to the process — the 2-D arrays of a real call,
 * not Pilote's memory. Pilote reads each Date cell as it would a distinct one. Texts are flat
 * strings, as Sheets hands them over (see flatText).
 */
export function workload(size: number): Workload {
  const sample = generateSample({ asOf: AS_OF, leads: size });
  const dates = new Map<number, Date>();
  const dateOf = (d: number) => {
    let date = dates.get(d);
    if (!date) dates.set(d, (date = utcDateOfDay(d)));
    return date;
  };
  const grids = {} as Record<TableKind, Grid>, names = {} as Record<TableKind, string>, rows = {} as Record<TableKind, number>;
  sample.sheets.forEach((sheet, s) => {
    const kind = TABLE_KINDS[s];
    const dated = sheet.formats.map((f) => f === 'date' || f === 'month');
    const grid = sheet.rows as unknown as Cell[][];
    for (const row of grid) {
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v === null) row[c] = '';
        else if (dated[c] && typeof v === 'number') row[c] = dateOf(v);
        else if (typeof v === 'string') row[c] = flatText(v);
      }
    }
    if (kind === 'deals') tile(grid, size);
    grid.unshift(sheet.headers);
    rows[kind] = grid.length - 1;
    const blanks = Math.ceil(grid.length / 10);
    for (let i = 0; i < blanks; i++) grid.push(new Array<Cell>(sheet.headers.length).fill(''));
    grids[kind] = grid;
    names[kind] = sheet.name;
  });
  flat.clear();
  return { size, grids, names, rows };
}

/** Repeats data rows (with fresh IDs) until there are `n`: the generator makes fewer deals than leads. */
function tile(rows: Cell[][], n: number): void {
  const generated = rows.length;
  for (let i = generated; i < n; i++) {
    const row = rows[i % generated].slice();
    row[0] = [String(row[0]), Math.floor(i / generated)].join('-'); // join makes a flat string
    rows.push(row);
  }
}

const flat = new Map<string, string>();

/**
 * A text as one flat string. Text the generator built by concatenation is a rope in V8 (a
 * ConsString, from 13 characters) until something reads its characters, when V8 flattens it: a
 * copy made on Pilote's time and memory that a range from Sheets, whose texts are flat, never
 * costs. Each distinct text is copied flat once here (JSON's round trip copies it flat).
 */
function flatText(s: string): string {
  if (s.length < 13) return s;
  let f = flat.get(s);
  if (f === undefined) flat.set(s, (f = JSON.parse(JSON.stringify(s)) as string));
  return f;
}
