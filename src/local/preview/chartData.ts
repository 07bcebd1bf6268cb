import type { WorkbookModel, ChartData, CellValue, GridRef } from '../runtime/spreadsheet/model';
import { columnToLetters } from '../runtime/spreadsheet/a1';
import { displayText } from './cellView';
import type { ChartOptionReader } from './chartOptions';

/**
 * The data table of an embedded chart, read from its ranges as Sheets reads them: ranges side
 * by side (MERGE_COLUMNS, the default) or one under the other (MERGE_ROWS); rows and columns
 * swapped when transposed; hidden rows/columns left out per the hidden-dimension strategy;
 * header rows (numHeaders, or -1: guessed as Sheets does — a first row of text over numbers)
 * name the series; the first column is the domain (category labels) when there are two columns
 * or more, unless 'useFirstColumnAsDomain' is false.
 */

export interface SourceCell { value: CellValue | undefined; text: string; format: string }

export interface ChartSeries {
  name: string;
  values: (number | null)[];
  /** Number format of the series' first number cell ('' when none): its axis and labels use it. */
  format: string;
}

export interface ChartTable {
  /** Category labels as the cells display them (1, 2, 3… when there is no domain column). */
  categories: string[];
  /** Domain as numbers (scatter charts), null where not a number. */
  domainNumbers: (number | null)[];
  domainFormat: string;
  domainName: string;
  series: ChartSeries[];
}

export function chartTable(model: WorkbookModel, chart: ChartData, options: ChartOptionReader): ChartTable {
  let grid = mergeRanges(model, chart);
  if (chart.transpose) grid = transpose(grid);
  // Sheets leaves out trailing rows and columns with nothing in them (open ranges such as A:C).
  while (grid.length > 0 && grid[grid.length - 1].every((c) => c.value === undefined || c.value === '')) grid.pop();
  const width = Math.max(0, ...grid.map((row) => row.length));
  for (const row of grid) while (row.length < width) row.push(EMPTY);
  const useDomain = width >= 2 && options.bool('useFirstColumnAsDomain') !== false;
  const firstSeries = useDomain ? 1 : 0;
  const headers = chart.numHeaders >= 0 ? Math.min(chart.numHeaders, grid.length) : guessHeaders(grid, firstSeries);
  const body = grid.slice(headers);
  const headerName = (col: number) => grid.slice(0, headers).map((row) => row[col].text).filter((t) => t !== '').join(' ');
  const series: ChartSeries[] = [];
  for (let col = firstSeries; col < width; col++) {
    const values = body.map((row) => (typeof row[col].value === 'number' ? (row[col].value as number) : null));
    const formatCell = body.find((row) => typeof row[col].value === 'number');
    series.push({ name: headerName(col) || `${columnLabel(chart, col)}`, values, format: formatCell ? formatCell[col].format : '' });
  }
  return {
    categories: body.map((row, i) => (useDomain ? row[0].text : String(i + 1))),
    domainNumbers: body.map((row) => (useDomain && typeof row[0].value === 'number' ? (row[0].value as number) : null)),
    domainFormat: useDomain ? body.find((row) => typeof row[0].value === 'number')?.[0].format ?? '' : '',
    domainName: useDomain ? headerName(0) : '',
    series,
  };
}

const EMPTY: SourceCell = { value: undefined, text: '', format: '' };

/** A name for a series without a header row: the source column's letter, as Sheets labels it. */
function columnLabel(chart: ChartData, col: number): string {
  if (chart.ranges.length === 1 && !chart.transpose && chart.mergeStrategy !== 'MERGE_ROWS') return `Column ${columnToLetters(chart.ranges[0].column + col)}`;
  return `Series ${col + 1}`;
}

function readRange(model: WorkbookModel, ref: GridRef, strategy: string): SourceCell[][] {
  const sheet = model.sheetById(ref.sheetId);
  if (!sheet) return [];
  const skipRows = strategy === 'IGNORE_ROWS' || strategy === 'IGNORE_BOTH';
  const skipCols = strategy === 'IGNORE_COLUMNS' || strategy === 'IGNORE_BOTH';
  const lastRow = Math.min(ref.row + ref.numRows - 1, sheet.lastRow());
  const out: SourceCell[][] = [];
  for (let r = ref.row; r <= lastRow; r++) {
    if (skipRows && sheet.hiddenRows.has(r)) continue;
    const row: SourceCell[] = [];
    for (let c = ref.column; c < ref.column + ref.numColumns; c++) {
      if (skipCols && sheet.hiddenColumns.has(c)) continue;
      const value = sheet.values.get(r - 1, c - 1);
      row.push(value === undefined ? EMPTY : { value, text: displayText(sheet, r - 1, c - 1), format: sheet.numberFormat(r - 1, c - 1) });
    }
    out.push(row);
  }
  return out;
}

function mergeRanges(model: WorkbookModel, chart: ChartData): SourceCell[][] {
  const blocks = chart.ranges.map((ref) => readRange(model, ref, chart.hiddenDimensionStrategy));
  if (chart.mergeStrategy === 'MERGE_ROWS') return blocks.flat().map((row) => row.slice());
  const height = Math.max(0, ...blocks.map((b) => b.length));
  const out: SourceCell[][] = [];
  for (let r = 0; r < height; r++) {
    const row: SourceCell[] = [];
    for (const b of blocks) {
      const w = Math.max(0, ...b.map((x) => x.length));
      for (let c = 0; c < w; c++) row.push(b[r]?.[c] ?? EMPTY);
    }
    out.push(row);
  }
  return out;
}

function transpose(grid: SourceCell[][]): SourceCell[][] {
  const w = Math.max(0, ...grid.map((r) => r.length));
  return Array.from({ length: w }, (_, c) => grid.map((row) => row[c] ?? EMPTY));
}

/** Sheets' guess: the first row is a header when a series column has text there and numbers below. */
function guessHeaders(grid: SourceCell[][], firstSeries: number): number {
  if (grid.length < 2) return 0;
  const width = grid[0].length;
  for (let col = firstSeries; col < width; col++) {
    const head = grid[0][col].value;
    if (typeof head === 'string' && head !== '' && grid.slice(1).some((row) => typeof row[col].value === 'number')) return 1;
  }
  return 0;
}
