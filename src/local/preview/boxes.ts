import type { WorkbookModel, SheetModel } from '../runtime/spreadsheet/model';
import { toA1, parseA1 } from '../runtime/spreadsheet/a1';
import { SheetGeometry, type Box } from './geometry';
import { ChartOptionReader } from './chartOptions';
import { cellView, isEmptyCell } from './cellView';

export type { Box } from './geometry';

/** A labelled rectangle of a sheet, in px from the top-left corner of A1. */
export interface LabelledBox extends Box {
  /** 'chart 1 "Revenue by month"' or 'cells A1:E14'. */
  label: string;
}
export interface ChartBox extends LabelledBox { chartId: number | null; title: string; anchor: string }
export interface CellBlockBox extends LabelledBox { a1: string }

export interface SheetBoxes {
  /** A1 to the last row and column with content (values, formulas, backgrounds, notes, borders), or null. */
  usedArea: CellBlockBox | null;
  /**
   * Each block of touching non-empty cells (a value or a formula, and the empty cells unwrapped
   * text runs over; diagonal neighbours touch; a background alone does not count).
   */
  blocks: CellBlockBox[];
  /** Each embedded chart where Sheets draws it, in insertion order. */
  charts: ChartBox[];
}

/**
 * Pixel rectangles of a sheet's charts and cell blocks, to check that charts sit beside their
 * tables without overlapping (see `findOverlaps`).
 *
 * @example
 *   const boxes = chartBoxes(model, model.sheet('Dashboard'));
 *   expect(findOverlaps(boxes)).toEqual([]);
 */
export function chartBoxes(model: WorkbookModel, sheet: SheetModel | string): SheetBoxes {
  const s = typeof sheet === 'string' ? model.sheet(sheet) : sheet;
  const geo = new SheetGeometry(s);
  const charts = s.charts.map((c, i): ChartBox => {
    const title = new ChartOptionReader(c.options).string('title') ?? '';
    return {
      ...geo.chartBox(c), chartId: c.id, title, anchor: toA1(c.position.row, c.position.column, 1, 1),
      label: `chart ${i + 1}${title ? ` ${JSON.stringify(title)}` : ''}`,
    };
  });
  const block = (row: number, column: number, numRows: number, numColumns: number): CellBlockBox => {
    const a1 = toA1(row, column, numRows, numColumns);
    return { ...geo.cellBox(row, column, numRows, numColumns), a1, label: `cells ${a1}` };
  };
  const usedArea = geo.contentRows > 0 && geo.contentColumns > 0 ? block(1, 1, geo.contentRows, geo.contentColumns) : null;
  const blocks = cellBlocks(s, geo).map((b) => block(b.r0 + 1, b.c0 + 1, b.r1 - b.r0 + 1, b.c1 - b.c0 + 1));
  return { usedArea, blocks, charts };
}

/**
 * The pixel rectangle of a range of cells ('A1:E14', 'B:C' to the last row with content), to
 * check a chart against a table the caller knows: `overlaps(chart, rangeBox(model, 'Dashboard', 'A5:E20'))`.
 */
export function rangeBox(model: WorkbookModel, sheet: SheetModel | string, a1: string): LabelledBox {
  const s = typeof sheet === 'string' ? model.sheet(sheet) : sheet;
  const ref = parseA1(a1);
  if (!ref) throw new Error(`Not a range: ${JSON.stringify(a1)}`);
  const geo = new SheetGeometry(s);
  const row = ref.startRow ?? 1, column = ref.startColumn ?? 1;
  const endRow = ref.endRow ?? ref.startRow ?? Math.max(1, geo.contentRows), endColumn = ref.endColumn ?? ref.startColumn ?? Math.max(1, geo.contentColumns);
  return { ...geo.cellBox(row, column, endRow - row + 1, endColumn - column + 1), label: `cells ${toA1(row, column, endRow - row + 1, endColumn - column + 1)}` };
}

/** True when two rectangles share an area (touching edges do not overlap). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** Every chart that overlaps another chart or a block of cells, as pairs of labels. */
export function findOverlaps(boxes: SheetBoxes): [string, string][] {
  const out: [string, string][] = [];
  boxes.charts.forEach((c, i) => {
    for (const d of boxes.charts.slice(i + 1)) if (overlaps(c, d)) out.push([c.label, d.label]);
    for (const b of boxes.blocks) if (overlaps(c, b)) out.push([c.label, b.label]);
  });
  return out;
}

interface Rect { r0: number; c0: number; r1: number; c1: number }

/**
 * Bounding rectangles (0-based, inclusive) of groups of touching non-empty cells, merged until
 * none touch. Unwrapped left-aligned text also covers the empty cells it runs over (its width
 * estimated at 0.52 em a character).
 */
function cellBlocks(sheet: SheetModel, geo: SheetGeometry): Rect[] {
  const filled = new Set<string>();
  const cells: [number, number][] = [];
  const add = (r: number, c: number) => { const k = `${r},${c}`; if (!filled.has(k)) { filled.add(k); cells.push([r, c]); } };
  for (const [r, c, v] of sheet.values.entries()) {
    if (v === '') continue;
    add(r, c);
    if (typeof v !== 'string') continue;
    const view = cellView(sheet, r, c);
    if (view.wrap || view.align !== 'left') continue;
    const longest = Math.max(...view.text.split('\n').map((line) => line.length));
    let room = geo.columnWidth(c + 1);
    const needed = longest * ((view.fontSize * 4) / 3) * 0.52 + 6;
    for (let k = c + 1; room < needed && k < sheet.maxColumns && isEmptyCell(sheet, r, k); k++) {
      add(r, k);
      room += geo.columnWidth(k + 1);
    }
  }
  for (const [r, c] of sheet.formulas.entries()) add(r, c);
  // Union-find over 8-neighbours.
  const parent = cells.map((_, i) => i);
  const index = new Map(cells.map(([r, c], i) => [`${r},${c}`, i]));
  const find = (i: number): number => { while (parent[i] !== i) i = parent[i] = parent[parent[i]]; return i; };
  cells.forEach(([r, c], i) => {
    for (const [dr, dc] of [[0, 1], [1, -1], [1, 0], [1, 1]]) {
      const j = index.get(`${r + dr},${c + dc}`);
      if (j !== undefined) parent[find(i)] = find(j);
    }
  });
  const byRoot = new Map<number, Rect>();
  cells.forEach(([r, c], i) => {
    const root = find(i);
    const b = byRoot.get(root);
    if (!b) byRoot.set(root, { r0: r, c0: c, r1: r, c1: c });
    else { b.r0 = Math.min(b.r0, r); b.c0 = Math.min(b.c0, c); b.r1 = Math.max(b.r1, r); b.c1 = Math.max(b.c1, c); }
  });
  // Bounding rectangles can overlap or touch although their cells do not: merge those too.
  let rects = [...byRoot.values()];
  for (let merged = true; merged;) {
    merged = false;
    outer: for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i], b = rects[j];
        if (a.r0 <= b.r1 + 1 && b.r0 <= a.r1 + 1 && a.c0 <= b.c1 + 1 && b.c0 <= a.c1 + 1) {
          rects[i] = { r0: Math.min(a.r0, b.r0), c0: Math.min(a.c0, b.c0), r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1) };
          rects.splice(j, 1);
          merged = true;
          break outer;
        }
      }
    }
  }
  rects = rects.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  return rects;
}
