import type { Env } from './internal';
import { wrap, check, unwrap } from './internal';
import type { ChartData } from './model';
import { RangeImpl, rangeOfRef } from './Range';
import { embeddedChartOf, cloneChartData } from './EmbeddedChart';
import { ChartType } from './enums';

type AnyBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder & GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder
  & GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder & GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder
  & GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder & GoogleAppsScript.Spreadsheet.EmbeddedComboChartBuilder
  & GoogleAppsScript.Spreadsheet.EmbeddedAreaChartBuilder;
type Keys = keyof GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder | keyof GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder
  | keyof GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder | keyof GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder
  | keyof GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder | keyof GoogleAppsScript.Spreadsheet.EmbeddedComboChartBuilder
  | keyof GoogleAppsScript.Spreadsheet.EmbeddedAreaChartBuilder;

function blankChart(): ChartData {
  return { id: null, chartType: null, ranges: [], options: {}, position: { row: 1, column: 1, offsetX: 0, offsetY: 0 }, numHeaders: -1, transpose: false, hiddenDimensionStrategy: 'IGNORE_ROWS', mergeStrategy: 'MERGE_COLUMNS' };
}

/** sheet.newChart() (data null) or chart.modify() (a copy of the chart's data). */
export function newChartBuilder(env: Env, data: ChartData | null): AnyBuilder {
  const impl = new EmbeddedChartBuilderImpl(env, data ?? blankChart());
  return wrap<AnyBuilder>(env, 'EmbeddedChartBuilder', impl);
}

const CLASS_BY_TYPE: Record<string, string> = {
  AREA: 'EmbeddedAreaChartBuilder', BAR: 'EmbeddedBarChartBuilder', COLUMN: 'EmbeddedColumnChartBuilder', COMBO: 'EmbeddedComboChartBuilder',
  LINE: 'EmbeddedLineChartBuilder', PIE: 'EmbeddedPieChartBuilder', SCATTER: 'EmbeddedScatterChartBuilder', TABLE: 'EmbeddedTableChartBuilder', HISTOGRAM: 'EmbeddedHistogramChartBuilder',
};

/**
 * One builder for every chart type: typed builders (asColumnChart()…) are this object under
 * Google's class name, so calls count as e.g. SpreadsheetApp.EmbeddedColumnChartBuilder.setTitle.
 * Typed setters store Gviz options: setTitle → 'title', setXAxisTitle → 'hAxis.title',
 * setYAxisTitle → 'vAxis.title', setStacked → 'isStacked', setLegendPosition → 'legend.position'
 * ('top'|'right'|'bottom'|'none'), setColors → 'colors', setBackgroundColor → 'backgroundColor',
 * set3D → 'is3D', setCurveStyle → 'curveType', useLogScale → 'vAxis.logScale',
 * setRange(min,max) → 'vAxis.viewWindow.min'/'max', reverseCategories → 'reverseCategories'.
 */
export class EmbeddedChartBuilderImpl implements Partial<Record<Keys, unknown>> {
  private _class = 'EmbeddedChartBuilder';
  constructor(readonly _env: Env, readonly _d: ChartData) {}
  private _as(cls: string): AnyBuilder { return wrap<AnyBuilder>(this._env, cls, this); }
  private _self(): AnyBuilder { return this._as(this._class); }
  private _base(): AnyBuilder { return this._as('EmbeddedChartBuilder'); }
  private _check(method: string, args: readonly unknown[], ...sigs: (readonly string[])[]): void {
    check(this._env, `${this._class}.${method}`, args, ...sigs);
  }
  private _opt(method: string, key: string, value: unknown, sig: readonly string[] = ['Any']): AnyBuilder {
    this._check(method, [value], sig);
    this._d.options[key] = value;
    return this._self();
  }
  private _typed(type: string): AnyBuilder {
    this._d.chartType = type;
    this._class = CLASS_BY_TYPE[type];
    return this._self();
  }

  // ---------- EmbeddedChartBuilder ----------
  addRange(range: GoogleAppsScript.Spreadsheet.Range): AnyBuilder {
    this._check('addRange', [range], ['Object']);
    const r = unwrap(range, RangeImpl);
    if (!r) throw this._env.ctx.error(`The parameters (Object) don't match the method signature for SpreadsheetApp.${this._class}.addRange.`);
    this._d.ranges.push(r._ref());
    return this._base();
  }
  removeRange(range: GoogleAppsScript.Spreadsheet.Range): AnyBuilder {
    this._check('removeRange', [range], ['Object']);
    const r = unwrap(range, RangeImpl);
    if (r) {
      const ref = r._ref();
      const i = this._d.ranges.findIndex((x) => x.sheetId === ref.sheetId && x.row === ref.row && x.column === ref.column && x.numRows === ref.numRows && x.numColumns === ref.numColumns);
      if (i >= 0) this._d.ranges.splice(i, 1);
    }
    return this._base();
  }
  clearRanges(): AnyBuilder { this._d.ranges = []; return this._base(); }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] { return this._d.ranges.flatMap((r) => { const g = rangeOfRef(this._env, r); return g ? [g] : []; }); }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return (ChartType as unknown as Record<string, GoogleAppsScript.Charts.ChartType>)[this._d.chartType ?? ''] ?? (null as unknown as GoogleAppsScript.Charts.ChartType);
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): AnyBuilder {
    this._check('setChartType', [type], ['Object']);
    this._d.chartType = String(type);
    return this._base();
  }
  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    const p = { ...this._d.position };
    return wrap<GoogleAppsScript.Spreadsheet.ContainerInfo>(this._env, 'ContainerInfo', {
      getAnchorRow: () => p.row, getAnchorColumn: () => p.column, getOffsetX: () => p.offsetX, getOffsetY: () => p.offsetY,
    } satisfies GoogleAppsScript.Spreadsheet.ContainerInfo);
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): AnyBuilder {
    this._check('setPosition', [anchorRowPos, anchorColPos, offsetX, offsetY], ['Integer', 'Integer', 'Integer', 'Integer']);
    this._d.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this._base();
  }
  /** Dotted Gviz option names are kept as given: getOptions().get('hAxis.title'). */
  setOption(option: string, value: unknown): AnyBuilder {
    this._check('setOption', [option, value], ['String', 'Any']);
    this._d.options[option] = value;
    return this._base();
  }
  setNumHeaders(headers: number): AnyBuilder { this._check('setNumHeaders', [headers], ['Integer']); this._d.numHeaders = headers; return this._base(); }
  setTransposeRowsAndColumns(transpose: boolean): AnyBuilder { this._check('setTransposeRowsAndColumns', [transpose], ['Boolean']); this._d.transpose = transpose; return this._base(); }
  setHiddenDimensionStrategy(strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy): AnyBuilder {
    this._check('setHiddenDimensionStrategy', [strategy], ['Object']); this._d.hiddenDimensionStrategy = String(strategy); return this._base();
  }
  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy): AnyBuilder {
    this._check('setMergeStrategy', [mergeStrategy], ['Object']); this._d.mergeStrategy = String(mergeStrategy); return this._base();
  }
  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    return embeddedChartOf(this._env, cloneChartData(this._d));
  }

  asAreaChart(): AnyBuilder { return this._typed('AREA'); }
  asBarChart(): AnyBuilder { return this._typed('BAR'); }
  asColumnChart(): AnyBuilder { return this._typed('COLUMN'); }
  asComboChart(): AnyBuilder { return this._typed('COMBO'); }
  asLineChart(): AnyBuilder { return this._typed('LINE'); }
  asPieChart(): AnyBuilder { return this._typed('PIE'); }

  // ---------- typed builders ----------
  setTitle(chartTitle: string): AnyBuilder { return this._opt('setTitle', 'title', chartTitle, ['String']); }
  setXAxisTitle(title: string): AnyBuilder { return this._opt('setXAxisTitle', 'hAxis.title', title, ['String']); }
  setYAxisTitle(title: string): AnyBuilder { return this._opt('setYAxisTitle', 'vAxis.title', title, ['String']); }
  setStacked(): AnyBuilder { this._d.options.isStacked = true; return this._self(); }
  set3D(): AnyBuilder { this._d.options.is3D = true; return this._self(); }
  setColors(cssValues: string[]): AnyBuilder { return this._opt('setColors', 'colors', cssValues.slice(), ['String[]']); }
  setBackgroundColor(cssValue: string): AnyBuilder { return this._opt('setBackgroundColor', 'backgroundColor', cssValue, ['String']); }
  setLegendPosition(position: GoogleAppsScript.Charts.Position): AnyBuilder {
    return this._opt('setLegendPosition', 'legend.position', String(position).toLowerCase(), ['Any']);
  }
  setCurveStyle(style: GoogleAppsScript.Charts.CurveStyle): AnyBuilder {
    return this._opt('setCurveStyle', 'curveType', String(style) === 'SMOOTH' ? 'function' : 'none', ['Any']);
  }
  useLogScale(): AnyBuilder { this._d.options['vAxis.logScale'] = true; return this._self(); }
  reverseCategories(): AnyBuilder { this._d.options.reverseCategories = true; return this._self(); }
  setRange(start: number, end: number): AnyBuilder {
    this._check('setRange', [start, end], ['Number', 'Number']);
    this._d.options['vAxis.viewWindow.min'] = start;
    this._d.options['vAxis.viewWindow.max'] = end;
    return this._self();
  }
}
