import { FORMAT_DEFAULTS, type SheetModel, type ChartData } from '../runtime/spreadsheet/model';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from '../runtime/spreadsheet/Sheet';
import { ChartOptionReader } from './chartOptions';
import { displayText } from './cellView';
import { wrappedLines } from '../../core/render/textWidth';

/**
 * Pixel geometry of a sheet as Sheets lays it out: column widths and row heights in px (100 and
 * 21 by default, hidden ones 0), rows without a set height grown to fit wrapped or large text as
 * Sheets auto-fits them (estimated: no font metrics offline), and embedded charts at their anchor
 * cell plus offset. Coordinates are from the top-left corner of A1.
 */

/** Sheets' size of an embedded chart with no width/height option: the Sheets API's OverlayPosition
 * defaults (developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#overlayposition). */
export const DEFAULT_CHART_WIDTH = 600;
export const DEFAULT_CHART_HEIGHT = 371;

export interface Box { left: number; top: number; width: number; height: number }

export class SheetGeometry {
  private readonly xs: number[] = [0];
  private readonly ys: number[] = [0];
  private readonly autoHeights = new Map<number, number>();
  /** Last row/column holding content (values, formulas, backgrounds, notes, borders), 1-based. */
  readonly contentRows: number;
  readonly contentColumns: number;

  constructor(readonly sheet: SheetModel) {
    const ext = contentExtent(sheet);
    this.contentRows = ext.rows;
    this.contentColumns = ext.columns;
  }

  columnWidth(col: number): number {
    if (this.sheet.hiddenColumns.has(col)) return 0;
    return this.sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(row: number): number {
    if (this.sheet.hiddenRows.has(row)) return 0;
    const set = this.sheet.rowHeights.get(row);
    if (set !== undefined) return set;
    if (row > this.contentRows) return DEFAULT_ROW_HEIGHT;
    let h = this.autoHeights.get(row);
    if (h === undefined) this.autoHeights.set(row, (h = this.fitRow(row)));
    return h;
  }

  /** Left edge of a 1-based column. */
  x(col: number): number {
    while (this.xs.length < col) this.xs.push(this.xs[this.xs.length - 1] + this.columnWidth(this.xs.length));
    return this.xs[col - 1];
  }

  /** Top edge of a 1-based row. */
  y(row: number): number {
    while (this.ys.length < row) this.ys.push(this.ys[this.ys.length - 1] + this.rowHeight(this.ys.length));
    return this.ys[row - 1];
  }

  /** The rectangle of a block of cells (1-based, sizes in cells). */
  cellBox(row: number, column: number, numRows = 1, numColumns = 1): Box {
    const left = this.x(column), top = this.y(row);
    return { left, top, width: this.x(column + numColumns) - left, height: this.y(row + numRows) - top };
  }

  /** Where a chart is drawn: its anchor cell's corner plus the offsets, at its size. */
  chartBox(chart: ChartData): Box {
    const o = new ChartOptionReader(chart.options);
    const { row, column, offsetX, offsetY } = chart.position;
    return {
      left: this.x(Math.max(1, column)) + offsetX,
      top: this.y(Math.max(1, row)) + offsetY,
      width: positive(o.number('width')) ?? DEFAULT_CHART_WIDTH,
      height: positive(o.number('height')) ?? DEFAULT_CHART_HEIGHT,
    };
  }

  /** The 1-based row holding pixel `py` (rows past it counted at their heights). */
  rowAt(py: number): number {
    let r = 1;
    while (this.y(r + 1) <= py) r++;
    return r;
  }

  columnAt(px: number): number {
    let c = 1;
    while (this.x(c + 1) <= px) c++;
    return c;
  }

  /** Auto-fit height of a row: the tallest cell's lines of 1.15 em plus 4 px, at least Sheets' 21 px (10 pt text). */
  private fitRow(row: number): number {
    let h = DEFAULT_ROW_HEIGHT;
    const r = row - 1;
    const cells = this.sheet.values.rows[r];
    if (!cells) return h;
    for (let c = 0; c < Math.min(cells.length, this.contentColumns); c++) {
      if (cells[c] === undefined) continue;
      // Only the size and the wrap matter here: read them, not the cell's whole view.
      const fontPx = ((this.sheet.formats.fontSize.get(r, c) ?? FORMAT_DEFAULTS.fontSize) * 4) / 3;
      const wrap = this.sheet.formats.wrap.get(r, c) === true;
      const text = displayText(this.sheet, r, c);
      const lines = wrap ? wrappedLines(text, this.columnWidth(c + 1), fontPx) : text.split('\n').length;
      h = Math.max(h, Math.ceil(lines * fontPx * 1.15 + 4));
    }
    return h;
  }
}

function positive(n: number | undefined): number | undefined {
  return n !== undefined && n > 0 ? n : undefined;
}

/** Last row and column (1-based) with a value, a formula, a background, a note or a border. */
export function contentExtent(sheet: SheetModel): { rows: number; columns: number } {
  let rows = sheet.lastRow(), columns = sheet.lastColumn();
  const see = (r: number, c: number) => { rows = Math.max(rows, r + 1); columns = Math.max(columns, c + 1); };
  for (const [r, c, bg] of sheet.formats.background.entries()) if (bg !== '#ffffff' && r < sheet.maxRows && c < sheet.maxColumns) see(r, c);
  for (const [r, c] of sheet.formats.note.entries()) see(r, c);
  for (const b of sheet.borders) if (b.top || b.left || b.bottom || b.right || b.vertical || b.horizontal) see(b.ref.row + b.ref.numRows - 2, b.ref.column + b.ref.numColumns - 2);
  return { rows, columns };
}
