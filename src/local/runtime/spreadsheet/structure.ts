import type { Env } from './internal';
import type { GridRef, SheetModel } from './model';

/**
 * Row/column insertion and deletion on a sheet: moves the cells and every reference to them
 * (named ranges, protections, conditional-format and chart ranges, row/column metadata), as
 * Sheets does. `at` is 1-based; inserted lines come before `at`; deleted lines are at..at+n-1.
 */
export function insertLines(env: Env, sheet: SheetModel, dim: 'ROWS' | 'COLUMNS', at: number, n: number): void {
  for (const g of sheet.grids()) dim === 'ROWS' ? g.insertRows(at - 1, n) : g.insertColumns(at - 1, n);
  if (dim === 'ROWS') sheet.maxRows += n; else sheet.maxColumns += n;
  shiftMap(dim === 'ROWS' ? sheet.rowHeights : sheet.columnWidths, at, n);
  shiftSet(dim === 'ROWS' ? sheet.hiddenRows : sheet.hiddenColumns, at, n);
  forEachRef(env, sheet, dim, (start, count) => {
    if (start >= at) return [start + n, count];
    if (start + count - 1 >= at) return [start, count + n];
    return [start, count];
  });
}

export function deleteLines(env: Env, sheet: SheetModel, dim: 'ROWS' | 'COLUMNS', at: number, n: number): void {
  for (const g of sheet.grids()) dim === 'ROWS' ? g.deleteRows(at - 1, n) : g.deleteColumns(at - 1, n);
  if (dim === 'ROWS') sheet.maxRows -= n; else sheet.maxColumns -= n;
  shiftMap(dim === 'ROWS' ? sheet.rowHeights : sheet.columnWidths, at, -n);
  shiftSet(dim === 'ROWS' ? sheet.hiddenRows : sheet.hiddenColumns, at, -n);
  const end = at + n - 1;
  forEachRef(env, sheet, dim, (start, count) => {
    const last = start + count - 1;
    const kept = count - Math.max(0, Math.min(last, end) - Math.max(start, at) + 1);
    if (kept <= 0) return null;
    const newStart = start > end ? start - n : Math.min(start, at);
    return [newStart, kept];
  });
}

function shiftMap(m: Map<number, number>, at: number, delta: number): void {
  const entries = [...m.entries()];
  m.clear();
  for (const [k, v] of entries) {
    if (k < at) m.set(k, v);
    else if (delta > 0) m.set(k + delta, v);
    else if (k >= at - delta) m.set(k + delta, v);
  }
}

function shiftSet(s: Set<number>, at: number, delta: number): void {
  const m = new Map([...s].map((k) => [k, 1]));
  shiftMap(m, at, delta);
  s.clear();
  for (const k of m.keys()) s.add(k);
}

type Shift = (start: number, count: number) => [number, number] | null;

function forEachRef(env: Env, sheet: SheetModel, dim: 'ROWS' | 'COLUMNS', shift: Shift): void {
  const model = env.model;
  const move = (ref: GridRef): GridRef | null => {
    if (ref.sheetId !== sheet.id) return ref;
    const [s, c] = dim === 'ROWS' ? [ref.row, ref.numRows] : [ref.column, ref.numColumns];
    const out = shift(s, c);
    if (!out) return null;
    return dim === 'ROWS' ? { ...ref, row: out[0], numRows: out[1] } : { ...ref, column: out[0], numColumns: out[1] };
  };
  model.namedRanges = model.namedRanges.flatMap((nr) => { const ref = move(nr.ref); return ref ? [{ ...nr, ref }] : []; });
  // Protection wrappers hold their data object: move it in place.
  model.protections = model.protections.filter((p) => {
    if (!p.range) return true;
    const ref = move(p.range);
    if (!ref) return false;
    p.range = ref;
    p.unprotected = p.unprotected.flatMap((u) => { const m = move(u); return m ? [m] : []; });
    return true;
  });
  for (const cf of sheet.conditionalFormats) cf.ranges = cf.ranges.flatMap((r) => { const m = move(r); return m ? [m] : []; });
  for (const ch of sheet.charts) ch.ranges = ch.ranges.flatMap((r) => { const m = move(r); return m ? [m] : []; });
  const type = dim === 'ROWS' ? 'ROW' : 'COLUMN';
  model.developerMetadata = model.developerMetadata.filter((md) => {
    const loc = md.location;
    if (loc.type !== type || loc.sheetId !== sheet.id) return true;
    const out = shift(loc.start, loc.count);
    if (!out) return false;
    loc.start = out[0];
    loc.count = out[1];
    return true;
  });
}
