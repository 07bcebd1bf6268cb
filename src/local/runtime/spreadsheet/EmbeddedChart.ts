import type { Env, Assert, OnlyApiMembers } from './internal';
import { wrap } from './internal';
import { checkArgs } from '../infra/checkArgs';
import type { ChartData } from './model';
import { rangeOfRef } from './Range';
import { newChartBuilder } from './EmbeddedChartBuilder';
import { ChartHiddenDimensionStrategy, ChartMergeStrategy } from './enums';
import { expose } from '../infra/expose';
import { optionAt } from './chartOptions';
import { realmDeep } from '../services/realm';

type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/** A chart as plain data (type, ranges, options, position), read through Google's API only. */
export function embeddedChartOf(env: Env, data: ChartData): GChart {
  return wrap<GChart>(env, 'EmbeddedChart', new EmbeddedChartImpl(env, data));
}

export function cloneChartData(d: ChartData): ChartData {
  return { ...d, ranges: d.ranges.map((r) => ({ ...r })), options: structuredClone(d.options), position: { ...d.position } };
}

export class EmbeddedChartImpl implements Partial<GChart> {
  constructor(readonly _env: Env, public _data: ChartData) {}
  getChartId(): number | null { return this._data.id; }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this._data.ranges.flatMap((r) => { const g = rangeOfRef(this._env, r); return g ? [g] : []; });
  }
  /**
   * The option tree (chartOptions.ts) read by Gviz path: get('title'), get('legend.position'),
   * get('legend') (the branch, an object of the add-on's realm); null when unset.
   */
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return wrapOptions(this._env, this._data.options);
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    const p = this._data.position;
    return wrap<GoogleAppsScript.Spreadsheet.ContainerInfo>(this._env, 'ContainerInfo', {
      getAnchorRow: () => p.row, getAnchorColumn: () => p.column, getOffsetX: () => p.offsetX, getOffsetY: () => p.offsetY,
    } satisfies GoogleAppsScript.Spreadsheet.ContainerInfo);
  }
  getNumHeaders(): number { return this._data.numHeaders; }
  getTransposeRowsAndColumns(): boolean { return this._data.transpose; }
  getHiddenDimensionStrategy(): GoogleAppsScript.Charts.ChartHiddenDimensionStrategy {
    return (ChartHiddenDimensionStrategy as unknown as Record<string, GoogleAppsScript.Charts.ChartHiddenDimensionStrategy>)[this._data.hiddenDimensionStrategy];
  }
  getMergeStrategy(): GoogleAppsScript.Charts.ChartMergeStrategy {
    return (ChartMergeStrategy as unknown as Record<string, GoogleAppsScript.Charts.ChartMergeStrategy>)[this._data.mergeStrategy];
  }
  /** A builder on a copy of this chart; Sheet.updateChart(builder.build()) saves it. */
  modify(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder { return newChartBuilder(this._env, cloneChartData(this._data)); }
}

function wrapOptions(env: Env, options: Record<string, unknown>): GoogleAppsScript.Charts.ChartOptions {
  // Charts.ChartOptions belongs to the Charts service: counted as 'Charts.ChartOptions.get'.
  // A snapshot: "These options are immutable" (developers.google.com/apps-script/reference/charts/chart-options).
  const snapshot = structuredClone(options);
  return exposeCharts(env, 'ChartOptions', {
    get: (option: string) => {
      checkArgs('Charts.ChartOptions.get', [option], [['String']], env.ctx.error.bind(env.ctx));
      const v = optionAt(snapshot, option);
      return v === undefined ? null : realmDeep(env.ctx, v);
    },
  });
}

/** A chart's option at a Gviz path, on the host side (previews, tests): undefined when unset. */
export function chartOption(data: ChartData, path: string): unknown {
  return optionAt(data.options, path);
}

function exposeCharts<T extends object>(env: Env, cls: string, impl: T): T {
  return expose(env.ctx.calls, `Charts.${cls}`, impl);
}

export type EmbeddedChartApiCheck = Assert<OnlyApiMembers<EmbeddedChartImpl, GChart>>;
