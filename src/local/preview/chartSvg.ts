import * as echarts from 'echarts';
import type { WorkbookModel, ChartData } from '../runtime/spreadsheet/model';
import { formatValue } from '../runtime/spreadsheet/numberFormat';
import { ChartOptionReader } from './chartOptions';
import { chartTable, type ChartTable, type ChartSeries } from './chartData';
import { numberFormatter, minTickStep } from './chartFormat';
import { DEFAULT_CHART_WIDTH, DEFAULT_CHART_HEIGHT } from './geometry';

/**
 * Draws an embedded chart as SVG with Apache ECharts' server-side renderer, from the runtime's
 * record of it (type, ranges, options), so the preview shows what the add-on asked Sheets for.
 * Options are Gviz options as Sheets reads them; those the preview does not draw are named in
 * `warnings`.
 */

/** Sheets' default series colours, in order. */
export const SHEETS_PALETTE = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7', '#f07b72', '#fcd04f', '#71c287', '#ff994d', '#7ed1d7'];

export interface RenderedChart {
  svg: string;
  width: number;
  height: number;
  title: string;
  /** Options or data the preview could not draw as Sheets would. */
  warnings: string[];
}

const FONT = 'Roboto, Arial, sans-serif';
const TEXT = '#444444';
const DRAWN_TYPES = new Set(['COLUMN', 'BAR', 'LINE', 'AREA', 'COMBO', 'PIE', 'SCATTER']);

/** Options drawn (or deliberately left to ECharts' look: fonts, gridlines, interactivity). */
const KNOWN_OPTIONS: RegExp[] = [
  /^(title|width|height|isStacked|colors|curveType|seriesType|lineWidth|pointSize|areaOpacity|pieHole|pieSliceText|reverseCategories|useFirstColumnAsDomain|fontName|fontSize|legend|is3D)$/,
  /^titleTextStyle\.(color|fontSize|bold|italic|fontName)$/,
  /^backgroundColor(\.(fill|stroke|strokeWidth))?$/,
  /^legend\.(position|alignment|maxLines|textStyle\..+)$/,
  /^(hAxis|vAxis|vAxes\.\d+)\.(title|format|logScale|direction|textPosition|minValue|maxValue|viewWindow\.(min|max)|viewWindowMode)$/,
  /^(hAxis|vAxis|vAxes\.\d+)\.(textStyle|titleTextStyle|gridlines|minorGridlines|slantedText|slantedTextAngle|showTextEvery|maxAlternation|ticks|baseline|baselineColor)(\..+)?$/,
  /^series\.\d+\.(type|targetAxisIndex|color|lineDashStyle|lineWidth|pointSize|labelInLegend|visibleInLegend|dataLabel|dataLabelPlacement|curveType|areaOpacity)$/,
  /^slices\.\d+\.color$/,
  /^(animation|tooltip|enableInteractivity|focusTarget|chartArea|bar|theme|sliceVisibilityThreshold|pieStartAngle|treatLabelsAsText)(\..+)?$/,
];

export function renderChartSvg(model: WorkbookModel, chart: ChartData): RenderedChart {
  const o = new ChartOptionReader(chart.options);
  const width = positive(o.number('width')) ?? DEFAULT_CHART_WIDTH;
  const height = positive(o.number('height')) ?? DEFAULT_CHART_HEIGHT;
  const title = o.string('title') ?? '';
  const type = chart.chartType ?? '';
  const warnings: string[] = [];
  const unknown = o.paths().filter((p) => !KNOWN_OPTIONS.some((re) => re.test(p)));
  if (unknown.length > 0) warnings.push(`options not drawn by the preview: ${unknown.join(', ')}`);
  if (o.get('is3D') === true) warnings.push('is3D: drawn flat');
  let option: Record<string, unknown>;
  if (!DRAWN_TYPES.has(type)) {
    warnings.push(`chart type ${type || '(none)'} is not drawn by the preview`);
    option = placeholder(`${type || 'Untyped'} chart (not drawn by the preview)`, title);
  } else {
    const table = chartTable(model, chart, o);
    const ctx: Ctx = { o, table, width, height, locale: model.locale, title, type };
    if (table.series.length === 0 || table.categories.length === 0) option = placeholder('No data', title);
    else option = type === 'PIE' ? pieOption(ctx) : type === 'SCATTER' ? scatterOption(ctx) : cartesianOption(ctx);
  }
  return { svg: renderSvg(option, width, height), width, height, title, warnings };
}

function renderSvg(option: Record<string, unknown>, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose(); // without it the ECharts instance keeps the process alive
  }
}

interface Ctx { o: ChartOptionReader; table: ChartTable; width: number; height: number; locale: string; title: string; type: string }

function positive(n: number | undefined): number | undefined {
  return n !== undefined && n > 0 ? n : undefined;
}

function base(ctx: Ctx): Record<string, unknown> {
  const { o } = ctx;
  const bg = o.get('backgroundColor');
  const fill = typeof bg === 'string' ? bg : o.string('backgroundColor.fill');
  const fontName = o.string('fontName');
  return {
    animation: false,
    backgroundColor: fill ?? '#ffffff',
    textStyle: { fontFamily: fontName ? `${fontName}, ${FONT}` : FONT, color: TEXT },
    title: ctx.title
      ? {
          text: ctx.title, left: 16, top: 12,
          textStyle: {
            fontSize: o.number('titleTextStyle.fontSize') ?? 16, color: o.string('titleTextStyle.color') ?? '#202124',
            fontWeight: o.bool('titleTextStyle.bold') === true ? 'bold' : 'normal', fontStyle: o.bool('titleTextStyle.italic') ? 'italic' : 'normal',
          },
        }
      : undefined,
  };
}

function placeholder(message: string, title: string): Record<string, unknown> {
  return {
    animation: false, backgroundColor: '#ffffff',
    title: [
      ...(title ? [{ text: title, left: 16, top: 12, textStyle: { fontSize: 16, color: '#202124', fontWeight: 'normal', fontFamily: FONT } }] : []),
      { text: message, left: 'center', top: 'middle', textStyle: { fontSize: 13, color: '#80868b', fontWeight: 'normal', fontFamily: FONT } },
    ],
  };
}

type LegendPlace = 'right' | 'top' | 'bottom' | 'left' | 'none' | 'labeled';

function legendPlace(o: ChartOptionReader, fallback: LegendPlace): LegendPlace {
  const raw = o.string('legend.position') ?? o.string('legend');
  const p = raw?.toLowerCase();
  if (p === 'in') return 'top';
  return p === 'right' || p === 'top' || p === 'bottom' || p === 'left' || p === 'none' || p === 'labeled' ? p : fallback;
}

/** The legend and the room it takes on each side of the plot. */
function legendLayout(place: LegendPlace, names: string[], ctx: Ctx): { legend: Record<string, unknown>; room: { top: number; right: number; bottom: number; left: number } } {
  const room = { top: 0, right: 0, bottom: 0, left: 0 };
  if (place === 'none' || place === 'labeled' || names.length === 0) return { legend: { show: false }, room };
  // Measured as ECharts measures text without a canvas (a character outside ASCII counts 1 em), so
  // it truncates only names that really are longer than 30 % of the chart.
  const textWidth = Math.min(Math.round(ctx.width * 0.3), Math.max(50, ...names.map((n) => Math.ceil([...n].reduce((w, ch) => w + (ch <= '\u007f' ? 7.2 : 12), 0)))));
  const common = { show: true, data: names, itemWidth: 14, itemHeight: 10, itemGap: 10, textStyle: { fontSize: 12, color: TEXT, width: textWidth, overflow: 'truncate' } };
  const titleBottom = ctx.title ? 40 : 10;
  switch (place) {
    case 'right': room.right = textWidth + 34; return { legend: { ...common, orient: 'vertical', right: 12, top: 'middle' }, room };
    case 'left': room.left = textWidth + 34; return { legend: { ...common, orient: 'vertical', left: 12, top: 'middle' }, room };
    case 'top': room.top = 26; return { legend: { ...common, orient: 'horizontal', left: 16, top: titleBottom }, room };
    default: room.bottom = 26; return { legend: { ...common, orient: 'horizontal', left: 'center', bottom: 8 }, room };
  }
}

type GvizSeriesType = 'bars' | 'line' | 'area' | 'steppedArea' | 'scatter';

function seriesType(ctx: Ctx, i: number): GvizSeriesType {
  const own = ctx.o.string(`series.${i}.type`);
  const fallback: GvizSeriesType = ctx.type === 'COMBO' ? ((ctx.o.string('seriesType') as GvizSeriesType | undefined) ?? 'bars')
    : ctx.type === 'LINE' ? 'line' : ctx.type === 'AREA' ? 'area' : 'bars';
  const t = (own ?? fallback) as string;
  return t === 'line' || t === 'area' || t === 'steppedArea' || t === 'scatter' ? t : 'bars';
}

function seriesColor(ctx: Ctx, i: number): string {
  const own = ctx.o.string(`series.${i}.color`);
  const colors = ctx.o.get('colors');
  const listed = Array.isArray(colors) && typeof colors[i] === 'string' ? (colors[i] as string) : undefined;
  return own ?? listed ?? SHEETS_PALETTE[i % SHEETS_PALETTE.length];
}

function seriesName(ctx: Ctx, s: ChartSeries, i: number): string {
  return ctx.o.string(`series.${i}.labelInLegend`) ?? s.name;
}

/** Rotated and/or thinned category labels when they would not fit side by side (Sheets slants them). */
function categoryLabels(categories: string[], available: number): Record<string, unknown> {
  const longest = Math.max(1, ...categories.map((c) => c.length));
  const each = longest * 6.2 + 8;
  if (categories.length * each <= available) return { interval: 0 };
  return { interval: categories.length * 16 <= available ? 0 : 'auto', rotate: 30 };
}

/**
 * A value axis from its Gviz options, read from the first of `keys` that sets each one (the left
 * axis of a dual-axis chart is 'vAxes.0', else 'vAxis'); ticks in the source cells' format.
 */
function valueAxis(ctx: Ctx, keys: string[], series: ChartSeries | undefined, extra: { percent?: boolean; show?: boolean }): Record<string, unknown> {
  const { o } = ctx;
  const pick = (prop: string) => keys.map((k) => o.get(`${k}.${prop}`)).find((v) => v !== undefined);
  const num = (prop: string) => { const v = pick(prop); return typeof v === 'number' && Number.isFinite(v) ? v : undefined; };
  const str = (prop: string) => { const v = pick(prop); return typeof v === 'string' ? v : undefined; };
  const gviz = extra.percent ? 'percent' : str('format');
  const source = series?.format ?? '';
  const fmt = numberFormatter(gviz, source, ctx.locale);
  const min = num('viewWindow.min') ?? num('minValue');
  const max = num('viewWindow.max') ?? num('maxValue');
  const step = minTickStep(gviz, source);
  return {
    type: pick('logScale') === true ? 'log' : 'value',
    name: str('title') ?? '',
    nameLocation: 'middle', nameGap: 12, nameMoveOverlap: true, nameTextStyle: { fontSize: 12, color: TEXT },
    ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}),
    ...(extra.percent ? { max: 1 } : {}),
    ...(step !== undefined ? { minInterval: step } : {}),
    axisLabel: { show: str('textPosition') !== 'none', formatter: (v: number) => fmt(v), fontSize: 12, color: TEXT },
    axisLine: { show: false }, axisTick: { show: false },
    splitLine: { show: extra.show !== false, lineStyle: { color: '#e0e0e0' } },
  };
}

function cartesianOption(ctx: Ctx): Record<string, unknown> {
  const { o, table } = ctx;
  const horizontal = ctx.type === 'BAR';
  const stacked = o.get('isStacked');
  const percent = stacked === 'percent' || stacked === 'relative';
  const stack = stacked === true || stacked === 'true' || stacked === 'absolute' || percent;
  const types = table.series.map((_, i) => seriesType(ctx, i));
  const axisOf = table.series.map((_, i) => (o.number(`series.${i}.targetAxisIndex`) === 1 && !horizontal ? 1 : 0));
  const dual = axisOf.includes(1);
  const totals = table.categories.map((_, k) => table.series.reduce((sum, s) => sum + Math.abs(s.values[k] ?? 0), 0));
  const names = table.series.map((s, i) => seriesName(ctx, s, i));
  const legendNames = names.filter((_, i) => o.bool(`series.${i}.visibleInLegend`) !== false);
  const { legend, room } = legendLayout(legendPlace(o, 'right'), legendNames, ctx);
  const grid = { left: 16 + room.left, right: 20 + room.right, top: (ctx.title ? 48 : 16) + room.top, bottom: 12 + room.bottom, outerBoundsMode: 'same', outerBoundsContain: 'all' };
  const series = table.series.map((s, i) => {
    const t = types[i];
    const color = seriesColor(ctx, i);
    const data = percent ? s.values.map((v, k) => (v === null || totals[k] === 0 ? null : v / totals[k])) : s.values;
    const fmt = numberFormatter(percent ? 'percent' : undefined, s.format, ctx.locale);
    const dataLabel = o.string(`series.${i}.dataLabel`) === 'value';
    const placement = o.string(`series.${i}.dataLabelPlacement`);
    const lineWidth = o.number(`series.${i}.lineWidth`) ?? o.number('lineWidth') ?? 2;
    const pointSize = o.number(`series.${i}.pointSize`) ?? o.number('pointSize') ?? (t === 'scatter' ? 7 : 0);
    const dash = o.get(`series.${i}.lineDashStyle`);
    const curve = (o.string(`series.${i}.curveType`) ?? o.string('curveType')) === 'function';
    const out: Record<string, unknown> = {
      name: names[i], type: t === 'bars' ? 'bar' : t === 'scatter' ? 'scatter' : 'line', data, color,
      ...(horizontal ? {} : { yAxisIndex: axisOf[i] }),
      label: dataLabel ? { show: true, formatter: (p: { value: number }) => fmt(p.value), fontSize: 11, color: TEXT, position: labelPosition(placement, t) } : { show: false },
    };
    if (stack && (t === 'bars' || t === 'area' || t === 'steppedArea')) out.stack = `${t}-${axisOf[i]}`;
    if (t === 'bars') out.barMaxWidth = 60;
    if (t === 'line' || t === 'area' || t === 'steppedArea') {
      Object.assign(out, {
        smooth: curve, showSymbol: pointSize > 0, symbolSize: pointSize, connectNulls: false,
        lineStyle: { width: lineWidth, ...(Array.isArray(dash) && dash.every((d) => typeof d === 'number') ? { type: dash } : {}) },
      });
      if (t !== 'line') out.areaStyle = { opacity: o.number(`series.${i}.areaOpacity`) ?? o.number('areaOpacity') ?? 0.3 };
      if (t === 'steppedArea') out.step = 'middle';
    }
    return out;
  });
  const plotWidth = ctx.width - grid.left - grid.right - 60;
  const plotHeight = ctx.height - grid.top - grid.bottom - 40;
  const reverse = o.bool('reverseCategories') === true || o.number(`${horizontal ? 'vAxis' : 'hAxis'}.direction`) === -1;
  // A Gviz format on the domain axis re-formats number (date) categories; text stays as shown.
  const domainFormat = o.string(horizontal ? 'vAxis.format' : 'hAxis.format');
  const categories = domainFormat ? table.categories.map((c, k) => (table.domainNumbers[k] === null ? c : formatValue(table.domainNumbers[k]!, domainFormat, ctx.locale))) : table.categories;
  const categoryAxis = {
    type: 'category', data: categories,
    name: o.string(horizontal ? 'vAxis.title' : 'hAxis.title') ?? '', nameLocation: 'middle', nameGap: 12, nameMoveOverlap: true, nameTextStyle: { fontSize: 12, color: TEXT },
    // Sheets lists a bar chart's categories top to bottom.
    inverse: horizontal ? !reverse : reverse,
    axisTick: { show: false }, axisLine: { lineStyle: { color: '#9e9e9e' } },
    axisLabel: {
      show: o.string(`${horizontal ? 'vAxis' : 'hAxis'}.textPosition`) !== 'none', fontSize: 12, color: TEXT,
      ...(horizontal ? { interval: categories.length * 14 <= plotHeight ? 0 : 'auto' } : categoryLabels(categories, plotWidth)),
    },
  };
  const firstOn = (axis: number) => table.series.find((_, i) => axisOf[i] === axis);
  const left = valueAxis(ctx, horizontal ? ['hAxis'] : ['vAxes.0', 'vAxis'], firstOn(0), { percent });
  const valueAxes = dual ? [left, valueAxis(ctx, ['vAxes.1'], firstOn(1), { show: false })] : left;
  return {
    ...base(ctx), legend, grid,
    xAxis: horizontal ? valueAxes : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxes,
    series,
  };
}

function labelPosition(placement: string | undefined, t: GvizSeriesType): string {
  switch (placement) {
    case 'center': return 'inside';
    case 'insideEnd': return 'insideTop';
    case 'insideBase': return 'insideBottom';
    case 'below': return 'bottom';
    case 'left': return 'left';
    case 'right': return 'right';
    default: return t === 'bars' ? 'top' : 'top';
  }
}

function scatterOption(ctx: Ctx): Record<string, unknown> {
  const { o, table } = ctx;
  const names = table.series.map((s, i) => seriesName(ctx, s, i));
  const { legend, room } = legendLayout(legendPlace(o, 'right'), names, ctx);
  const grid = { left: 16 + room.left, right: 20 + room.right, top: (ctx.title ? 48 : 16) + room.top, bottom: 12 + room.bottom, outerBoundsMode: 'same', outerBoundsContain: 'all' };
  const xFmt = numberFormatter(o.string('hAxis.format'), table.domainFormat, ctx.locale);
  const xAxis = { ...valueAxis(ctx, ['hAxis'], undefined, {}), axisLabel: { formatter: (v: number) => xFmt(v), fontSize: 12, color: TEXT }, scale: true };
  const series = table.series.map((s, i) => ({
    name: names[i], type: 'scatter', color: seriesColor(ctx, i), symbolSize: o.number(`series.${i}.pointSize`) ?? o.number('pointSize') ?? 7,
    data: s.values.map((v, k) => [table.domainNumbers[k], v]).filter(([x, y]) => x !== null && y !== null),
  }));
  return { ...base(ctx), legend, grid, xAxis, yAxis: { ...valueAxis(ctx, ['vAxis', 'vAxes.0'], table.series[0], {}), scale: true }, series };
}

function pieOption(ctx: Ctx): Record<string, unknown> {
  const { o, table } = ctx;
  const s = table.series[0];
  const fmt = numberFormatter(undefined, s.format, ctx.locale);
  const data = table.categories.map((name, k) => ({ name, value: s.values[k] })).filter((d) => d.value !== null && d.value > 0)
    .map((d, k) => ({ ...d, itemStyle: { color: o.string(`slices.${k}.color`) ?? (Array.isArray(o.get('colors')) ? ((o.get('colors') as unknown[])[k] as string | undefined) : undefined) ?? SHEETS_PALETTE[k % SHEETS_PALETTE.length] } }));
  const place = legendPlace(o, 'right');
  const { legend, room } = legendLayout(place, data.map((d) => d.name), ctx);
  const top = (ctx.title ? 44 : 12) + room.top, bottom = 12 + room.bottom;
  const w = ctx.width - room.left - room.right, h = ctx.height - top - bottom;
  const radius = Math.max(10, Math.min(w, h) / 2 - (place === 'labeled' ? 30 : 8));
  const hole = o.number('pieHole') ?? 0;
  const sliceText = o.string('pieSliceText') ?? 'percentage';
  const pct = (p: number) => formatValue(p / 100, '0.0%', ctx.locale);
  const text = (p: { name: string; value: number; percent: number }) => {
    if (place !== 'labeled' && p.percent < 4) return '';
    if (place === 'labeled') return `${p.name}\n${pct(p.percent)}`;
    return sliceText === 'value' ? fmt(p.value) : sliceText === 'label' ? p.name : sliceText === 'none' ? '' : pct(p.percent);
  };
  return {
    ...base(ctx), legend,
    series: [{
      type: 'pie', name: s.name, data, startAngle: 90, clockwise: true,
      center: [room.left + w / 2, top + h / 2],
      radius: [hole > 0 && hole < 1 ? radius * hole : 0, radius],
      label: { show: sliceText !== 'none' || place === 'labeled', position: place === 'labeled' ? 'outside' : 'inside', formatter: text, fontSize: 12, color: place === 'labeled' ? TEXT : '#ffffff' },
      labelLine: { show: place === 'labeled' },
      itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
    }],
  };
}
