/**
 * A generated sheet laid out as plain data. The pure core decides every cell, format, note,
 * chart and conditional rule; the add-on's writer (src/addon/sheets/writeSheetPlan.ts) applies a
 * plan with a fixed number of Apps Script calls, whatever the number of rows.
 */

/** The sheets Pilote generates; the key is stored in each sheet's developer metadata. */
export type GeneratedSheetKey = 'dashboard' | 'acquisition' | 'pipeline' | 'sales' | 'retention';

export const GENERATED_SHEET_KEYS: readonly GeneratedSheetKey[] = ['dashboard', 'acquisition', 'pipeline', 'sales', 'retention'];

export type HorizontalAlign = 'left' | 'center' | 'right';

export interface PlanCell {
  /**
   * What the cell holds: text, a number (a date is a Sheets serial under a date format), a
   * boolean, or null for an empty cell. Text is always written as text (the writer makes sure
   * Sheets never reads it as a formula, number or date).
   */
  value: string | number | boolean | null;
  /** Sheets number format, e.g. `#,##0 "€"`, `0.0%`, `dd/mm/yyyy`; absent: automatic. */
  format?: string;
  bold?: boolean;
  italic?: boolean;
  /** Font colour, `#rrggbb`. */
  color?: string;
  background?: string;
  /** Font size in points (Sheets' default is 10). */
  size?: number;
  align?: HorizontalAlign;
  wrap?: boolean;
  /** The cell's note (hover text in Sheets): how a figure was obtained. */
  note?: string;
}

/** A rectangle of the sheet, 1-based. */
export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export type ChartKind = 'column' | 'bar' | 'line' | 'area' | 'combo' | 'pie';

export interface ChartSeriesPlan {
  /** Combo charts: how this series is drawn. */
  type?: 'bars' | 'line' | 'area';
  /** 1: the right-hand axis (two-axis charts). */
  targetAxisIndex?: 0 | 1;
  color?: string;
  /** Dashed line, e.g. [6, 4] for an objective. */
  lineDashStyle?: number[];
}

export interface ChartPlan {
  kind: ChartKind;
  /**
   * Data ranges, side by side as Sheets merges them: the first column holds the categories, the
   * first row the series names (numHeaders 1).
   */
  ranges: Rect[];
  title: string;
  /** Axis titles (not for pie charts: Sheets' pie builder has no axes). */
  xAxisTitle?: string;
  yAxisTitle?: string;
  /** Top-left cell the chart is anchored to, and pixel offsets within it. */
  anchor: { row: number; column: number; offsetX?: number; offsetY?: number };
  width: number;
  height: number;
  stacked?: boolean;
  legend?: 'top' | 'bottom' | 'right' | 'none';
  colors?: string[];
  /** Per-series options by series index (0-based, categories excluded). */
  series?: Record<number, ChartSeriesPlan>;
  /** Vertical axes: titles and number formats, by axis index (1 = right). */
  vAxes?: Record<number, { title?: string; format?: string }>;
}

export interface ConditionalRulePlan {
  range: Rect;
  /** A custom formula relative to the range's top-left cell, e.g. `=AND($D5<>"",$C5<$D5)`. */
  formula?: string;
  /** Or: the cell's text equals this. */
  textEquals?: string;
  background?: string;
  color?: string;
  bold?: boolean;
}

export interface SheetPlan {
  key: GeneratedSheetKey;
  /** The sheet's name in the user's language (the writer picks another one if a user sheet has it). */
  name: string;
  tabColor?: string;
  /** Row-major grid; every row has the same length. */
  cells: PlanCell[][];
  /** Pixel width of each column (index 0 = column A); columns beyond keep Sheets' default (100). */
  columnWidths: number[];
  /** Rows with a non-default height (1-based), e.g. the title row. */
  rowHeights?: { row: number; height: number }[];
  frozenRows: number;
  charts: ChartPlan[];
  conditionalRules: ConditionalRulePlan[];
}

/** An empty cell. */
export const EMPTY: PlanCell = { value: null };
