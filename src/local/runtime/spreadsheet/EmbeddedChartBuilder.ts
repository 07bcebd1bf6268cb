import type { Env, Assert, OnlyApiMembers } from './internal';
import { wrap, check, unwrap } from './internal';
import type { ChartData } from './model';
import { RangeImpl, rangeOfRef } from './Range';
import { embeddedChartOf, cloneChartData } from './EmbeddedChart';
import { setOptionAt } from './chartOptions';
import { ChartHiddenDimensionStrategy, ChartMergeStrategy, ChartType, CurveStyle, Position } from './enums';

/**
 * EmbeddedChartBuilder and its typed builders — developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 * and …/embedded-{area,bar,column,combo,line,pie}-chart-builder.
 *
 * Each class has exactly the members Google's has (MEMBERS, checked against
 * @types/google-apps-script both ways by ChartBuilderMembersCheck): the base builder from
 * `sheet.newChart()` has no setTitle, a pie builder no axis titles nor setStacked, set3D is the
 * pie's only, setCurveStyle the line's. Calling a member the class lacks fails as in Apps Script's
 * V8: the object simply lacks it, so `builder.setTitle('x')` throws "TypeError: builder.setTitle
 * is not a function". A member Google has but the runtime lacks (text styles, point style) throws
 * "… is not implemented by the local runtime".
 *
 * Methods return the builder they are called on (a pie builder stays a pie builder through
 * addRange/setPosition, as public code chaining `.asPieChart().addRange(r).setTitle(t)` relies on);
 * `asXxxChart()` returns a builder of that class over the same chart.
 *
 * Typed setters write Gviz options into the chart's option tree (chartOptions.ts), so a setter
 * and setOption on the same path read back alike through EmbeddedChart.getOptions().get:
 *   setTitle → 'title'; setXAxisTitle → 'hAxis.title'; setYAxisTitle → 'vAxis.title';
 *   setLegendPosition(Position.BOTTOM) → 'legend.position' = 'bottom'; setColors → 'colors';
 *   setBackgroundColor → 'backgroundColor'; setStacked → 'isStacked' = true; set3D → 'is3D' = true;
 *   setCurveStyle(SMOOTH) → 'curveType' = 'function' (NORMAL: 'none');
 *   setRange(min, max) / useLogScale → the range axis: 'vAxis.viewWindow.min|max' / 'vAxis.logScale'
 *   ('hAxis.…' on a bar chart, whose range axis is horizontal);
 *   reverseCategories → the domain axis 'hAxis.direction' = -1 ('vAxis.direction' on a bar chart,
 *   'reverseCategories' = true on a pie); reverseDirection (bar) → 'hAxis.direction' = -1.
 */
interface Builders {
  EmbeddedChartBuilder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  EmbeddedAreaChartBuilder: GoogleAppsScript.Spreadsheet.EmbeddedAreaChartBuilder;
  EmbeddedBarChartBuilder: GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder;
  EmbeddedColumnChartBuilder: GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder;
  EmbeddedComboChartBuilder: GoogleAppsScript.Spreadsheet.EmbeddedComboChartBuilder;
  EmbeddedLineChartBuilder: GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder;
  EmbeddedPieChartBuilder: GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder;
}
export type ChartBuilderClass = keyof Builders;
type AnyBuilder = Builders[ChartBuilderClass];

const BASE = ['addRange', 'asAreaChart', 'asBarChart', 'asColumnChart', 'asComboChart', 'asHistogramChart', 'asLineChart', 'asPieChart', 'asScatterChart', 'asTableChart',
  'build', 'clearRanges', 'getChartType', 'getContainer', 'getRanges', 'removeRange', 'setChartType', 'setHiddenDimensionStrategy', 'setMergeStrategy', 'setNumHeaders',
  'setOption', 'setPosition', 'setTransposeRowsAndColumns'] as const;
/** What every typed builder adds, the pie included. */
const TYPED = ['reverseCategories', 'setBackgroundColor', 'setColors', 'setLegendPosition', 'setLegendTextStyle', 'setTitle', 'setTitleTextStyle'] as const;
/** Axis members of the charts that have axes (not the pie). */
const AXES = ['setRange', 'setXAxisTextStyle', 'setXAxisTitle', 'setXAxisTitleTextStyle', 'setYAxisTextStyle', 'setYAxisTitle', 'setYAxisTitleTextStyle', 'useLogScale'] as const;

const MEMBERS = {
  EmbeddedChartBuilder: [...BASE],
  EmbeddedAreaChartBuilder: [...BASE, ...TYPED, ...AXES, 'setPointStyle', 'setStacked'],
  EmbeddedBarChartBuilder: [...BASE, ...TYPED, ...AXES, 'reverseDirection', 'setStacked'],
  EmbeddedColumnChartBuilder: [...BASE, ...TYPED, ...AXES, 'setStacked'],
  EmbeddedComboChartBuilder: [...BASE, ...TYPED, ...AXES, 'setStacked'],
  EmbeddedLineChartBuilder: [...BASE, ...TYPED, ...AXES, 'setCurveStyle', 'setPointStyle'],
  EmbeddedPieChartBuilder: [...BASE, ...TYPED, 'set3D'],
} as const;

/** The lists above are exactly @types/google-apps-script's members: a drift fails the typecheck. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type MemberListsMatch = { [K in ChartBuilderClass]: Same<(typeof MEMBERS)[K][number], keyof Builders[K]> };
export type ChartBuilderMembersCheck = Assert<MemberListsMatch[ChartBuilderClass] extends true ? true : false>;

const MEMBER_SETS = Object.fromEntries(Object.entries(MEMBERS).map(([k, v]) => [k, new Set<string>(v)])) as unknown as Record<ChartBuilderClass, ReadonlySet<string>>;

const CLASS_BY_TYPE = {
  AREA: 'EmbeddedAreaChartBuilder', BAR: 'EmbeddedBarChartBuilder', COLUMN: 'EmbeddedColumnChartBuilder', COMBO: 'EmbeddedComboChartBuilder',
  LINE: 'EmbeddedLineChartBuilder', PIE: 'EmbeddedPieChartBuilder',
} as const satisfies Record<string, ChartBuilderClass>;

/** Whether `v` is a value of enum `e` (compared by identity, as Apps Script does). */
function inEnum(e: object, v: unknown): boolean {
  return Object.values(e).includes(v);
}

function blankChart(): ChartData {
  return { id: null, chartType: null, ranges: [], options: {}, position: { row: 1, column: 1, offsetX: 0, offsetY: 0 }, numHeaders: -1, transpose: false, hiddenDimensionStrategy: 'IGNORE_ROWS', mergeStrategy: 'MERGE_COLUMNS' };
}

/** sheet.newChart() (data null) or chart.modify() (a copy of the chart's data): the base builder. */
export function newChartBuilder(env: Env, data: ChartData | null): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
  return new EmbeddedChartBuilderImpl(env, data ?? blankChart(), 'EmbeddedChartBuilder')._self() as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
}

/** Members any builder class may have; the proxy shows each class only its own (MEMBERS). */
type AllMembers = { [K in ChartBuilderClass]: keyof Builders[K] }[ChartBuilderClass];

export class EmbeddedChartBuilderImpl {
  private _proxy: AnyBuilder | undefined;
  constructor(readonly _env: Env, readonly _d: ChartData, readonly _class: ChartBuilderClass) {}

  /** This builder as the add-on sees it (one proxy per builder object). */
  _self(): AnyBuilder {
    return (this._proxy ??= wrap<AnyBuilder>(this._env, this._class, this, MEMBER_SETS[this._class]));
  }
  private _check(method: string, args: readonly unknown[], ...sigs: (readonly string[])[]): void {
    check(this._env, `${this._class}.${method}`, args, ...sigs);
  }
  private _bad(method: string, typeName: string): never {
    throw this._env.ctx.error(`The parameters (${typeName}) don't match the method signature for SpreadsheetApp.${this._class}.${method}.`);
  }
  private _opt(path: string, value: unknown): AnyBuilder {
    setOptionAt(this._d.options, path, value);
    return this._self();
  }
  private _typed(type: keyof typeof CLASS_BY_TYPE): AnyBuilder {
    this._d.chartType = type;
    return new EmbeddedChartBuilderImpl(this._env, this._d, CLASS_BY_TYPE[type])._self();
  }
  private _isBar(): boolean {
    return this._class === 'EmbeddedBarChartBuilder';
  }

  // ---------- EmbeddedChartBuilder ----------
  addRange(range: GoogleAppsScript.Spreadsheet.Range): AnyBuilder {
    this._check('addRange', [range], ['Object']);
    const r = unwrap(range, RangeImpl);
    if (!r) this._bad('addRange', 'Object');
    this._d.ranges.push(r._ref());
    return this._self();
  }
  removeRange(range: GoogleAppsScript.Spreadsheet.Range): AnyBuilder {
    this._check('removeRange', [range], ['Object']);
    const r = unwrap(range, RangeImpl);
    if (!r) this._bad('removeRange', 'Object');
    const ref = r._ref();
    const i = this._d.ranges.findIndex((x) => x.sheetId === ref.sheetId && x.row === ref.row && x.column === ref.column && x.numRows === ref.numRows && x.numColumns === ref.numColumns);
    if (i >= 0) this._d.ranges.splice(i, 1);
    return this._self();
  }
  clearRanges(): AnyBuilder { this._d.ranges = []; return this._self(); }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] { return this._d.ranges.flatMap((r) => { const g = rangeOfRef(this._env, r); return g ? [g] : []; }); }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return (ChartType as unknown as Record<string, GoogleAppsScript.Charts.ChartType>)[this._d.chartType ?? ''] ?? (null as unknown as GoogleAppsScript.Charts.ChartType);
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): AnyBuilder {
    this._check('setChartType', [type], ['Object']);
    if (!inEnum(ChartType, type)) this._bad('setChartType', 'Object');
    this._d.chartType = String(type);
    return this._self();
  }
  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    const p = { ...this._d.position };
    return wrap<GoogleAppsScript.Spreadsheet.ContainerInfo>(this._env, 'ContainerInfo', {
      getAnchorRow: () => p.row, getAnchorColumn: () => p.column, getOffsetX: () => p.offsetX, getOffsetY: () => p.offsetY,
    } satisfies GoogleAppsScript.Spreadsheet.ContainerInfo);
  }
  /**
   * The anchor cell is 1-based and must exist: below 1 throws "Those rows/columns are out of
   * bounds." here; past the sheet's last row or column when the chart is inserted or updated
   * (Sheet.insertChart, which knows the sheet).
   */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): AnyBuilder {
    this._check('setPosition', [anchorRowPos, anchorColPos, offsetX, offsetY], ['Integer', 'Integer', 'Integer', 'Integer']);
    if (anchorRowPos < 1) throw this._env.ctx.error('Those rows are out of bounds.');
    if (anchorColPos < 1) throw this._env.ctx.error('Those columns are out of bounds.');
    this._d.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this._self();
  }
  /** A dotted path or a whole branch, into the option tree (chartOptions.ts). */
  setOption(option: string, value: unknown): AnyBuilder {
    this._check('setOption', [option, value], ['String', 'Any']);
    return this._opt(option, value);
  }
  setNumHeaders(headers: number): AnyBuilder { this._check('setNumHeaders', [headers], ['Integer']); this._d.numHeaders = headers; return this._self(); }
  setTransposeRowsAndColumns(transpose: boolean): AnyBuilder { this._check('setTransposeRowsAndColumns', [transpose], ['Boolean']); this._d.transpose = transpose; return this._self(); }
  setHiddenDimensionStrategy(strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy): AnyBuilder {
    this._check('setHiddenDimensionStrategy', [strategy], ['Object']);
    if (!inEnum(ChartHiddenDimensionStrategy, strategy)) this._bad('setHiddenDimensionStrategy', 'Object');
    this._d.hiddenDimensionStrategy = String(strategy);
    return this._self();
  }
  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy): AnyBuilder {
    this._check('setMergeStrategy', [mergeStrategy], ['Object']);
    if (!inEnum(ChartMergeStrategy, mergeStrategy)) this._bad('setMergeStrategy', 'Object');
    this._d.mergeStrategy = String(mergeStrategy);
    return this._self();
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

  // ---------- typed builders (each class sees only its own, see MEMBERS) ----------
  setTitle(chartTitle: string): AnyBuilder { this._check('setTitle', [chartTitle], ['String']); return this._opt('title', chartTitle); }
  setXAxisTitle(title: string): AnyBuilder { this._check('setXAxisTitle', [title], ['String']); return this._opt('hAxis.title', title); }
  setYAxisTitle(title: string): AnyBuilder { this._check('setYAxisTitle', [title], ['String']); return this._opt('vAxis.title', title); }
  setStacked(): AnyBuilder { return this._opt('isStacked', true); }
  set3D(): AnyBuilder { return this._opt('is3D', true); }
  setColors(cssValues: string[]): AnyBuilder { this._check('setColors', [cssValues], ['String[]']); return this._opt('colors', cssValues); }
  setBackgroundColor(cssValue: string): AnyBuilder { this._check('setBackgroundColor', [cssValue], ['String']); return this._opt('backgroundColor', cssValue); }
  setLegendPosition(position: GoogleAppsScript.Charts.Position): AnyBuilder {
    this._check('setLegendPosition', [position], ['Object']);
    if (!inEnum(Position, position)) this._bad('setLegendPosition', typeof position === 'string' ? 'String' : 'Object');
    return this._opt('legend.position', String(position).toLowerCase());
  }
  setCurveStyle(style: GoogleAppsScript.Charts.CurveStyle): AnyBuilder {
    this._check('setCurveStyle', [style], ['Object']);
    if (!inEnum(CurveStyle, style)) this._bad('setCurveStyle', typeof style === 'string' ? 'String' : 'Object');
    return this._opt('curveType', String(style) === 'SMOOTH' ? 'function' : 'none');
  }
  useLogScale(): AnyBuilder { return this._opt(this._isBar() ? 'hAxis.logScale' : 'vAxis.logScale', true); }
  reverseCategories(): AnyBuilder {
    if (this._class === 'EmbeddedPieChartBuilder') return this._opt('reverseCategories', true);
    return this._opt(this._isBar() ? 'vAxis.direction' : 'hAxis.direction', -1);
  }
  reverseDirection(): AnyBuilder { return this._opt('hAxis.direction', -1); }
  setRange(start: number, end: number): AnyBuilder {
    this._check('setRange', [start, end], ['Number', 'Number']);
    const axis = this._isBar() ? 'hAxis' : 'vAxis';
    this._opt(`${axis}.viewWindow.min`, start);
    return this._opt(`${axis}.viewWindow.max`, end);
  }
}

export type EmbeddedChartBuilderApiCheck = Assert<OnlyApiMembers<EmbeddedChartBuilderImpl, Record<AllMembers, unknown>>>;
