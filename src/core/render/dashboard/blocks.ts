import type { Breakdown, SeriesPoint } from '../../dashboard/model';
import type { NamedPeriod } from '../../dates/period';
import type { Language } from '../../format/formatValue';
import { valueOf } from '../../dashboard/kpiComputer';
import type { KpiDefinition, KpiId } from '../../kpi/types';
import { TABLES, TableKind } from '../../tables/schema';
import type { ChartPlan, ChartSeriesPlan, PlanCell, Rect } from '../sheetPlan';
import { HEADER, LayoutContext, MUTED, SECTION, headerRow, num, text } from './context';
import { COUNT, kpiFormat, periodLabel, SIGNED_PERCENT, PERCENT } from './formats';
import { columnLetters, SheetBuilder } from './sheetBuilder';
import { DIMENSION_NAMES, statusLook } from './words';

/** Where every tab's blocks start: column B, below the title rows. */
export const FIRST_COLUMN = 2;
export const CHART_WIDTH = 560;
export const CHART_HEIGHT = 320;

/** Title and subtitle of a tab. */
export function tabTitle(b: SheetBuilder, title: string, subtitle: string): void {
  b.set(1, FIRST_COLUMN, text(title, { bold: true, size: 16, color: '#202124' }));
  b.height(1, 34);
  b.set(2, FIRST_COLUMN, text(subtitle, { color: '#5f6368' }));
  b.width(1, 16);
  b.width(FIRST_COLUMN, 150); // month labels such as "Nov 2026 (to date)"
  b.row = 4;
}

/** A block's heading. */
export function heading(b: SheetBuilder, label: string, note?: string): number {
  const row = b.row;
  b.set(row, FIRST_COLUMN, { value: label, ...SECTION, ...(note ? { note } : {}) });
  return row + 1;
}

/** Tells the founder which table a block needs, and the headers that make Pilote find it. */
export function missingTable(b: SheetBuilder, x: LayoutContext, kind: TableKind): void {
  const fr = x.language === 'fr';
  const t = TABLES[kind];
  const headers = t.fields.map((f) => `"${f.label[x.language]}"`).join(', ');
  b.set(b.row, FIRST_COLUMN, text(
    fr ? `Il manque le tableau ${t.label.fr} : ajoutez un onglet « ${t.label.fr} » avec les en-têtes ${headers} en première ligne (Extensions › Pilote › Préparer les feuilles).`
      : `The ${t.label.en} table is missing: add a sheet named "${t.label.en}" with the headers ${headers} in its first row (Extensions › Pilote › Set up sheets).`,
    { color: '#990000' },
  ));
  b.row += 2;
}

/** The label of the i-th of the tabs' months: the last one is the month in progress, "Nov 2026 (to date)". */
export function monthLabel(months: readonly NamedPeriod[], i: number, language: Language): string {
  return periodLabel(months[i], language, true) + (i === months.length - 1 ? (language === 'fr' ? ' (en cours)' : ' (to date)') : '');
}

/**
 * A count per month and category (leads by channel, activities by type): the table, the months
 * down and the categories across, and a stacked column chart of the full months beside it.
 */
export function monthlyCountsBlock(b: SheetBuilder, x: LayoutContext, o: { heading: string; categories: string[]; values: (number | undefined)[][]; chartTitle: string; yAxisTitle: string }): void {
  const row = heading(b, o.heading);
  const months = x.model.months;
  const rect = b.table(row, FIRST_COLUMN, headerRow([x.w.month, ...o.categories]),
    months.map((_, i) => [text(monthLabel(months, i, x.language)), ...o.values[i].map((v) => num(v, COUNT))]));
  const h = chartBeside(b, rect, { kind: 'column', ranges: [{ ...rect, rows: rect.rows - 1 }], title: o.chartTitle, xAxisTitle: x.w.month, yAxisTitle: o.yAxisTitle, stacked: true, legend: 'right' });
  endBlock(b, rect, h);
}

/** A combo chart's series: a KPI's values as bars of `color`, its objective as a dashed orange line. */
export function objectiveCombo(color: string): Record<number, ChartSeriesPlan> {
  return { 0: { type: 'bars', color }, 1: { type: 'line', color: '#e37400', lineDashStyle: [6, 4] } };
}

export interface MonthlyColumn {
  kpi: KpiId;
  /** Show the objective and a status column beside the value. */
  objective?: boolean;
}

/**
 * The months (13 full + the month in progress, to date) of several KPIs, each beside its
 * objective and status when asked. Missed months are coloured by a conditional rule on the value
 * cells (rate and count objectives alike); the status column says it in words.
 * Returns the table's rectangle and the column of each KPI's value.
 */
export function monthlyTable(b: SheetBuilder, x: LayoutContext, row: number, columns: MonthlyColumn[]): { rect: Rect; valueColumn: Map<string, number>; objectiveColumn: Map<string, number>; rows: number } | undefined {
  const present = columns.filter((c) => x.model.series[c.kpi]);
  if (present.length === 0) return undefined;
  const { language, currency, w } = x;
  const months = x.model.months;
  const header: PlanCell[] = [{ value: w.month, ...HEADER }];
  const valueColumn = new Map<string, number>(), objectiveColumn = new Map<string, number>();
  const body: PlanCell[][] = months.map((_, i) => [text(monthLabel(months, i, language), i === months.length - 1 ? { italic: true, color: '#7f6000' } : {})]);
  for (const col of present) {
    const series = x.model.series[col.kpi]!;
    const kpi = series.kpi;
    const format = kpiFormat(kpi, currency, language);
    header.push({ value: kpi.label[language], ...HEADER, align: 'right', note: kpi.definition[language] });
    valueColumn.set(col.kpi, FIRST_COLUMN + header.length - 1);
    series.points.forEach((p, i) => body[i].push(pointCell(p, format)));
    // Objective and status columns only where the founder set objectives for that KPI.
    if (col.objective && series.points.some((p) => p.objective !== undefined)) {
      header.push({ value: w.objective, ...HEADER, align: 'right' });
      objectiveColumn.set(col.kpi, FIRST_COLUMN + header.length - 1);
      series.points.forEach((p, i) => body[i].push(num(p.objective, format, { color: '#5f6368' })));
      header.push({ value: w.status, ...HEADER, align: 'center' });
      series.points.forEach((p, i) => {
        const look = statusLook(p.status, language);
        body[i].push(p.status === 'no_objective' ? { value: null } : { value: look.label, color: look.color, align: 'center', size: 9 });
      });
      missedRule(b, kpi, row + 1, valueColumn.get(col.kpi)!, objectiveColumn.get(col.kpi)!, months.length - 1);
    }
  }
  const rect = b.table(row, FIRST_COLUMN, header, body);
  return { rect, valueColumn, objectiveColumn, rows: body.length };
}

/**
 * A monthly table's columns for a chart: the months, a KPI's values and its objective when the
 * table has one — header row and full months only (the month in progress would show as a dip).
 */
export function monthlyChartRanges(t: { rect: Rect; valueColumn: Map<string, number>; objectiveColumn: Map<string, number>; rows: number }, kpis: string[], withObjective = true): Rect[] {
  const column = (c: number): Rect => ({ row: t.rect.row, column: c, rows: t.rows, columns: 1 });
  const ranges = [column(FIRST_COLUMN)];
  for (const k of kpis) {
    const v = t.valueColumn.get(k);
    if (v === undefined) continue;
    ranges.push(column(v));
    const o = t.objectiveColumn.get(k);
    if (withObjective && o !== undefined) ranges.push(column(o));
  }
  return ranges;
}

function pointCell(p: SeriesPoint, format: string): PlanCell {
  if (p.value === undefined) return { value: null, note: p.error };
  return num(p.value, format, p.inProgress ? { italic: true } : {});
}

/**
 * Colours a full month's value red when it misses its objective (the month in progress is judged
 * on its projection, which the sheet doesn't hold: it is left to the status column). The rule is
 * a formula relative to the first value cell.
 */
function missedRule(b: SheetBuilder, kpi: KpiDefinition, firstRow: number, valueCol: number, objectiveCol: number, fullMonths: number): void {
  const v = `$${columnLetters(valueCol)}${firstRow}`, o = `$${columnLetters(objectiveCol)}${firstRow}`;
  const cmp = kpi.better === 'higher' ? `${v}<${o}` : `${v}>${o}`;
  b.rule({ range: { row: firstRow, column: valueCol, rows: fullMonths, columns: 1 }, formula: `=AND(ISNUMBER(${v}),ISNUMBER(${o}),${cmp})`, background: '#f4cccc', color: '#990000' });
}

/** A chart anchored right of a table, at the table's first row. */
export function chartBeside(b: SheetBuilder, rect: Rect, plan: Omit<ChartPlan, 'anchor' | 'width' | 'height'> & { width?: number; height?: number }): number {
  const height = plan.height ?? CHART_HEIGHT;
  b.chart({ ...plan, width: plan.width ?? CHART_WIDTH, height, anchor: { row: rect.row, column: rect.column + rect.columns + 1, offsetX: 8 } });
  return height;
}

/** Ends a block: the next one starts below its table and its chart. */
export function endBlock(b: SheetBuilder, rect: Rect, chartHeight = 0, gap = 2): void {
  b.after(rect.row + rect.rows - 1, rect.row, chartHeight, gap);
}

/** A KPI split by segment: value, share (counts and sums), the period before, change. */
export function breakdownTable(b: SheetBuilder, x: LayoutContext, br: Breakdown): Rect {
  const { language, currency } = x;
  const fr = language === 'fr';
  const format = kpiFormat(br.kpi, currency, language);
  const row = heading(b, `${br.kpi.label[language]} ${fr ? 'par' : 'by'} ${DIMENSION_NAMES[br.dimension][language].toLowerCase()}${br.kpi.period === 'none' ? (fr ? ' (à date)' : ' (today)') : ` — ${periodLabel(br.period, language)}`}`);
  const withShare = br.rows.some((r) => r.share !== undefined);
  const headers = [DIMENSION_NAMES[br.dimension][language], br.kpi.label[language], ...(withShare ? [fr ? 'Part' : 'Share'] : []), ...(br.kpi.period === 'none' ? [] : [fr ? 'Période précédente' : 'Previous period', fr ? 'Évolution' : 'Change'])];
  const cells = br.rows.map((r) => {
    const v = valueOf(r.result), prev = valueOf(r.previous);
    return [
      text(r.value === '' ? x.w.blank : r.value),
      v === undefined ? { value: '—', align: 'right' as const, color: '#999999', note: r.result.ok ? undefined : r.result.error } : num(v, format),
      ...(withShare ? [num(r.share, PERCENT)] : []),
      ...(br.kpi.period === 'none' ? [] : [num(prev, format, { color: '#5f6368' }), num(v !== undefined && prev ? v / prev - 1 : undefined, SIGNED_PERCENT)]),
    ];
  });
  const total = valueOf(br.total);
  cells.push([text('Total', { bold: true }), num(total, format, { bold: true }), ...(withShare ? [num(total === undefined ? undefined : 1, PERCENT, { bold: true })] : []), ...(br.kpi.period === 'none' ? [] : [{ value: null }, { value: null }])]);
  return b.table(row, FIRST_COLUMN, headerRow(headers), cells);
}

/** Breakdowns side by side would be wider than a screen: they stack, two per row of blocks. */
export function breakdownBlocks(b: SheetBuilder, x: LayoutContext, kpiId: KpiId, dims?: string[]): void {
  const list = x.model.breakdowns.filter((br) => br.kpi.id === kpiId && (!dims || dims.includes(br.dimension)));
  for (const br of list) {
    const rect = breakdownTable(b, x, br);
    endBlock(b, rect);
  }
}

/** A muted line under a block (a rule, a definition). */
export function footnote(b: SheetBuilder, row: number, textValue: string): void {
  b.set(row, FIRST_COLUMN, text(textValue, MUTED));
}
