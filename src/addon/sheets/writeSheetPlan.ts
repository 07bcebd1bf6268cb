import type { ChartPlan, ConditionalRulePlan, PlanCell, Rect, SheetPlan } from '../../core/render/sheetPlan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type ChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** Sheets refuses a cell holding more than 50,000 characters. */
export const MAX_CELL_CHARS = 50000;
/** Sheets' "Automatic" number format, for cells the plan leaves unformatted. */
const AUTOMATIC = 'General';
/** Sheets' default font size, for cells the plan leaves at it. */
const DEFAULT_FONT_SIZE = 10;

/**
 * What setValues must receive for Sheets to store exactly the plan's value. Sheets reads a string
 * as if the user typed it: `=…` becomes a formula, `2026-03` a date, `1,5` a number in fr_FR,
 * `TRUE` a boolean. A leading apostrophe makes Sheets keep the rest as text (the apostrophe is
 * not stored), whatever the text. A cell formatted as plain text (`@`) already keeps every string
 * as typed, apostrophe included, so it gets none. Non-finite numbers have no cell form: empty.
 */
export function cellInput(cell: PlanCell): string | number | boolean {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (typeof v === 'boolean') return v;
  const text = v.length > MAX_CELL_CHARS - 1 ? `${v.slice(0, MAX_CELL_CHARS - 2)}…` : v;
  if (text === '') return '';
  return cell.format === '@' ? text : `'${text}`;
}

/** The smallest grid that holds every cell, width, height, frozen row, chart anchor, chart range and rule range. */
export function planExtent(plan: SheetPlan): { rows: number; columns: number } {
  let rows = Math.max(plan.cells.length, plan.frozenRows);
  let columns = Math.max(plan.cells.length ? plan.cells[0].length : 0, plan.columnWidths.length);
  const cover = (r: Rect) => {
    rows = Math.max(rows, r.row + r.rows - 1);
    columns = Math.max(columns, r.column + r.columns - 1);
  };
  for (const h of plan.rowHeights ?? []) rows = Math.max(rows, h.row);
  for (const chart of plan.charts) {
    chart.ranges.forEach(cover);
    rows = Math.max(rows, chart.anchor.row);
    columns = Math.max(columns, chart.anchor.column);
  }
  for (const rule of plan.conditionalRules) cover(rule.range);
  return { rows, columns };
}

/**
 * Applies one plan to a freshly inserted sheet with a number of Apps Script calls that depends on
 * the plan's layout (its charts, rules, runs of column widths), never on its number of rows:
 * - grows the sheet when the plan needs more than its rows/columns (a new sheet has 1,000 × 26);
 * - one call each for number formats (first: a date format must be there when the serial
 *   arrives, `@` before its text), values, backgrounds, font colours, weights, styles, sizes,
 *   horizontal alignments, wraps and notes over the whole cell rectangle, always all ten (a cell
 *   the plan leaves plain gets Sheets' default: null, 10 pt, false), so the count depends on
 *   the plan's shape only, never on what its cells happen to hold;
 * - column widths by runs of equal neighbours, row heights by runs, frozen rows, tab colour;
 * - every conditional rule in one setConditionalFormatRules call;
 * - each chart with its typed builder (see addChart).
 */
export function writeSheetPlan(sheet: Sheet, plan: SheetPlan): void {
  const { rows, columns } = planExtent(plan);
  if (rows > 0 && columns > 0) growTo(sheet, rows, columns);
  writeCells(sheet, plan);
  writeColumnWidths(sheet, plan.columnWidths);
  writeRowHeights(sheet, plan.rowHeights ?? []);
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  if (plan.tabColor) sheet.setTabColor(plan.tabColor);
  if (plan.conditionalRules.length) sheet.setConditionalFormatRules(plan.conditionalRules.map((r) => conditionalRule(sheet, r)));
  for (const chart of plan.charts) sheet.insertChart(buildChart(sheet, chart));
}

function growTo(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

function rangeOf(sheet: Sheet, r: Rect): Range {
  return sheet.getRange(r.row, r.column, r.rows, r.columns);
}

type Align = 'left' | 'center' | 'right' | null;

function writeCells(sheet: Sheet, plan: SheetPlan): void {
  const cells = plan.cells;
  const n = cells.length;
  if (n === 0 || cells[0].length === 0) return;
  const m = cells[0].length;
  const values: (string | number | boolean)[][] = [], formats: string[][] = [], backgrounds: (string | null)[][] = [];
  const colors: (string | null)[][] = [], weights: ('bold' | null)[][] = [], styles: ('italic' | null)[][] = [];
  const sizes: number[][] = [], aligns: Align[][] = [], wraps: boolean[][] = [], notes: (string | null)[][] = [];
  for (let i = 0; i < n; i++) {
    const row = cells[i];
    if (row.length !== m) throw new Error(`Sheet plan "${plan.name}": row ${i + 1} has ${row.length} cell(s), row 1 has ${m}.`);
    const v: (string | number | boolean)[] = [], f: string[] = [], bg: (string | null)[] = [], fc: (string | null)[] = [];
    const w: ('bold' | null)[] = [], s: ('italic' | null)[] = [], z: number[] = [], a: Align[] = [], wr: boolean[] = [], no: (string | null)[] = [];
    for (let j = 0; j < m; j++) {
      const c = row[j];
      v.push(cellInput(c));
      f.push(c.format || AUTOMATIC);
      bg.push(c.background ?? null);
      fc.push(c.color ?? null);
      w.push(c.bold ? 'bold' : null);
      s.push(c.italic ? 'italic' : null);
      z.push(c.size ?? DEFAULT_FONT_SIZE);
      a.push(c.align ?? null);
      wr.push(c.wrap === true);
      no.push(c.note ? c.note.slice(0, MAX_CELL_CHARS) : null);
    }
    values.push(v); formats.push(f); backgrounds.push(bg); colors.push(fc); weights.push(w);
    styles.push(s); sizes.push(z); aligns.push(a); wraps.push(wr); notes.push(no);
  }
  const range = sheet.getRange(1, 1, n, m);
  range.setNumberFormats(formats);
  range.setValues(values);
  range.setBackgrounds(backgrounds);
  range.setFontColors(colors);
  range.setFontWeights(weights);
  range.setFontStyles(styles);
  range.setFontSizes(sizes);
  range.setHorizontalAlignments(aligns);
  range.setWraps(wraps);
  range.setNotes(notes);
}

/** One setColumnWidths per run of equal neighbours; a missing or non-positive width keeps the default. */
function writeColumnWidths(sheet: Sheet, widths: number[]): void {
  for (let c = 0; c < widths.length;) {
    const w = widths[c];
    let end = c;
    while (end + 1 < widths.length && widths[end + 1] === w) end++;
    if (typeof w === 'number' && Number.isFinite(w) && w > 0) sheet.setColumnWidths(c + 1, end - c + 1, Math.round(w));
    c = end + 1;
  }
}

/** One setRowHeights per run of consecutive rows of the same height. */
function writeRowHeights(sheet: Sheet, heights: { row: number; height: number }[]): void {
  const sorted = heights.slice().sort((a, b) => a.row - b.row);
  for (let i = 0; i < sorted.length;) {
    let end = i;
    while (end + 1 < sorted.length && sorted[end + 1].row === sorted[end].row + 1 && sorted[end + 1].height === sorted[i].height) end++;
    sheet.setRowHeights(sorted[i].row, end - i + 1, Math.round(sorted[i].height));
    i = end + 1;
  }
}

function conditionalRule(sheet: Sheet, rule: ConditionalRulePlan): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  let b = SpreadsheetApp.newConditionalFormatRule();
  if (rule.formula !== undefined) b = b.whenFormulaSatisfied(rule.formula);
  else if (rule.textEquals !== undefined) b = b.whenTextEqualTo(rule.textEquals);
  else throw new Error('A conditional rule of the plan has neither a formula nor a text to match.');
  if (rule.background) b = b.setBackground(rule.background);
  if (rule.color) b = b.setFontColor(rule.color);
  if (rule.bold) b = b.setBold(true);
  return b.setRanges([rangeOf(sheet, rule.range)]).build();
}

/**
 * A chart through the builders as @types/google-apps-script types them: the base builder's
 * calls first (ranges, headers, position, size, and the Gviz options no typed setter covers:
 * per-series type, axis and colour, the vertical axes of a two-axis chart), then `as…Chart()`
 * and only the setters that typed builder has — a pie has no axis titles and no setStacked, a
 * line chart no setStacked. Every call uses the builder the previous one returned.
 */
export function buildChart(sheet: Sheet, plan: ChartPlan): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  let base: ChartBuilder = sheet.newChart();
  for (const r of plan.ranges) base = base.addRange(rangeOf(sheet, r));
  base = base
    .setNumHeaders(1)
    .setPosition(plan.anchor.row, plan.anchor.column, Math.round(plan.anchor.offsetX ?? 0), Math.round(plan.anchor.offsetY ?? 0))
    .setOption('width', plan.width)
    .setOption('height', plan.height);
  const series = seriesOption(plan);
  if (series) base = base.setOption('series', series);
  if (plan.vAxes && plan.kind !== 'pie') base = base.setOption('vAxes', plan.vAxes);
  const legend = plan.legend ? LEGEND[plan.legend]() : null;
  switch (plan.kind) {
    case 'pie': {
      let b = base.asPieChart().setTitle(plan.title);
      if (legend) b = b.setLegendPosition(legend);
      if (plan.colors) b = b.setColors(plan.colors);
      return b.build();
    }
    case 'line': {
      let b = base.asLineChart().setTitle(plan.title);
      if (plan.xAxisTitle) b = b.setXAxisTitle(plan.xAxisTitle);
      if (plan.yAxisTitle) b = b.setYAxisTitle(plan.yAxisTitle);
      if (legend) b = b.setLegendPosition(legend);
      if (plan.colors) b = b.setColors(plan.colors);
      return b.build();
    }
    case 'bar': return finishAxisChart(base.asBarChart(), plan, legend);
    case 'area': return finishAxisChart(base.asAreaChart(), plan, legend);
    case 'combo': return finishAxisChart(base.asComboChart(), plan, legend);
    default: return finishAxisChart(base.asColumnChart(), plan, legend);
  }
}

/** What the column, bar, area and combo builders share, setStacked included. */
interface AxisChartBuilder<B> {
  setTitle(chartTitle: string): B;
  setXAxisTitle(title: string): B;
  setYAxisTitle(title: string): B;
  setLegendPosition(position: GoogleAppsScript.Charts.Position): B;
  setColors(cssValues: string[]): B;
  setStacked(): B;
  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart;
}

function finishAxisChart<B extends AxisChartBuilder<B>>(typed: B, plan: ChartPlan, legend: GoogleAppsScript.Charts.Position | null): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  let b = typed.setTitle(plan.title);
  if (plan.xAxisTitle) b = b.setXAxisTitle(plan.xAxisTitle);
  if (plan.yAxisTitle) b = b.setYAxisTitle(plan.yAxisTitle);
  if (legend) b = b.setLegendPosition(legend);
  if (plan.colors) b = b.setColors(plan.colors);
  if (plan.stacked) b = b.setStacked();
  return b.build();
}

const LEGEND: Record<NonNullable<ChartPlan['legend']>, () => GoogleAppsScript.Charts.Position> = {
  top: () => Charts.Position.TOP,
  bottom: () => Charts.Position.BOTTOM,
  right: () => Charts.Position.RIGHT,
  none: () => Charts.Position.NONE,
};

/** Gviz `series`: { 0: { type: 'bars' }, 1: { type: 'line', targetAxisIndex: 1, lineDashStyle: [6, 4] } }; `type` only for combo charts. */
function seriesOption(plan: ChartPlan): Record<number, Record<string, unknown>> | null {
  if (!plan.series) return null;
  const out: Record<number, Record<string, unknown>> = {};
  let any = false;
  for (const [index, s] of Object.entries(plan.series)) {
    const o: Record<string, unknown> = {};
    if (s.type && plan.kind === 'combo') o.type = s.type;
    if (s.targetAxisIndex !== undefined && plan.kind !== 'pie') o.targetAxisIndex = s.targetAxisIndex;
    if (s.color) o.color = s.color;
    if (s.lineDashStyle) o.lineDashStyle = s.lineDashStyle.slice();
    if (Object.keys(o).length) { out[Number(index)] = o; any = true; }
  }
  return any ? out : null;
}
