import { CELL_PADDING_PX, widestWordPx, wrappedLines } from '../textWidth';
import type { ChartPlan, ConditionalRulePlan, GeneratedSheetKey, PlanCell, Rect, SheetPlan } from '../sheetPlan';

/** Sheets' default row height and column width, in pixels: how many rows a chart covers. */
export const ROW_PX = 21;
export const DEFAULT_COLUMN_PX = 100;
/** A table's header row holds two lines of 9-point text, more when a header wraps to more. */
export const HEADER_ROW_PX = 34;
/** A line of 9-point text, and the row's padding, in pixels. */
const HEADER_LINE_PX = 14, HEADER_PADDING_PX = 6;

export type CellStyle = Omit<PlanCell, 'value'>;

/**
 * Places cells, tables and charts on a sheet and produces its plan. Rows and columns are 1-based,
 * as in Sheets. Blocks are stacked top to bottom; `reserve` keeps a chart's rows free, so the next
 * block never slides under a chart.
 */
export class SheetBuilder {
  private readonly grid: PlanCell[][] = [];
  private readonly charts: ChartPlan[] = [];
  private readonly rules: ConditionalRulePlan[] = [];
  private readonly widths: number[] = [];
  private readonly heights: { row: number; height: number }[] = [];
  /** Tables' header rows, sized when the columns' widths are known (build). */
  private readonly headers: { row: number; column: number; cells: PlanCell[] }[] = [];
  /** First free row for the next block. */
  row = 1;

  constructor(readonly key: GeneratedSheetKey, readonly name: string, private readonly tabColor?: string) {}

  set(row: number, column: number, cell: PlanCell): void {
    while (this.grid.length < row) this.grid.push([]);
    const r = this.grid[row - 1];
    while (r.length < column) r.push({ value: null });
    r[column - 1] = cell;
  }

  /** Styles a cell without changing its value (a band of background across a header, say). */
  style(row: number, column: number, style: CellStyle): void {
    const existing = this.grid[row - 1]?.[column - 1] ?? { value: null };
    this.set(row, column, { ...existing, ...style });
  }

  width(column: number, px: number): void {
    while (this.widths.length < column) this.widths.push(DEFAULT_COLUMN_PX);
    this.widths[column - 1] = px;
  }

  height(row: number, px: number): void {
    this.heights.push({ row, height: px });
  }

  /** A table: a header row (two lines high: headers wrap) then data rows, starting at (row, column). Returns its rectangle. */
  table(row: number, column: number, header: PlanCell[], rows: PlanCell[][]): Rect {
    header.forEach((h, c) => this.set(row, column + c, h));
    this.height(row, HEADER_ROW_PX);
    this.headers.push({ row, column, cells: header });
    rows.forEach((cells, r) => cells.forEach((cell, c) => this.set(row + 1 + r, column + c, cell)));
    return { row, column, rows: rows.length + 1, columns: header.length };
  }

  chart(plan: ChartPlan): void {
    this.charts.push(plan);
  }

  rule(rule: ConditionalRulePlan): void {
    this.rules.push(rule);
  }

  /** Moves the next block below `lastRow` and below a chart of `chartHeight` px anchored at `fromRow`, plus a gap. */
  after(lastRow: number, fromRow: number, chartHeight = 0, gap = 2): void {
    // Rows under the chart: the taller ones (headers, titles) take more of its height.
    let chartRows = 0;
    for (let px = 0; px < chartHeight; chartRows++) px += this.heights.find((h) => h.row === fromRow + chartRows)?.height ?? ROW_PX;
    this.row = Math.max(this.row, lastRow + 1 + gap, fromRow + chartRows + gap);
  }

  private widthOf(column: number): number {
    return this.widths[column - 1] ?? DEFAULT_COLUMN_PX;
  }

  build(frozenRows: number): SheetPlan {
    const width = Math.max(1, ...this.grid.map((r) => r.length));
    const cells = this.grid.map((r) => {
      const out = r.slice();
      while (out.length < width) out.push({ value: null });
      return out;
    });
    if (cells.length === 0) cells.push(Array.from({ length: width }, () => ({ value: null })));
    // A header word wider than its column would be cut in two ("Recommandati/on"): the column
    // widens to it. Then a header that wraps to three lines or more in its column gets the row height it needs: a
    // row height set in Sheets is kept, and cuts off what doesn't fit.
    for (const h of this.headers) {
      h.cells.forEach((cell, c) => {
        const need = cell.wrap ? Math.ceil(widestWordPx(String(cell.value ?? '')) + CELL_PADDING_PX) : 0;
        if (need > this.widthOf(h.column + c)) this.width(h.column + c, need);
      });
    }
    for (const h of this.headers) {
      const lines = Math.max(...h.cells.map((cell, c) => (cell.wrap ? wrappedLines(String(cell.value ?? ''), this.widthOf(h.column + c)) : 1)));
      const px = lines * HEADER_LINE_PX + HEADER_PADDING_PX;
      const set = this.heights.find((x) => x.row === h.row)!;
      if (px > set.height) set.height = px;
    }
    return {
      key: this.key, name: this.name, tabColor: this.tabColor, cells, columnWidths: this.widths.slice(), rowHeights: this.heights.slice(),
      frozenRows, charts: this.charts.slice(), conditionalRules: this.rules.slice(),
    };
  }
}

/** Columns → A1 letters (1 → A, 27 → AA), for conditional-rule formulas. */
export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

