/**
 * Runs the built add-on (build/Code.js, made by `npm test`'s build step) in the local runtime,
 * the way Sheets would. The host (jest) runs in UTC; spreadsheets here use other zones on purpose.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { LocalRuntime } from '../../src/local/runtime/LocalRuntime';
import { loadAddon, LoadedAddon } from '../../src/local/runtime/loader';
import { WorkbookModel } from '../../src/local/runtime/spreadsheet';
import type { RuntimeOptions } from '../../src/local/runtime/context';
import { instantOf } from '../../src/local/runtime/infra/timeZone';

if (!existsSync('build/Code.js')) execFileSync(process.execPath, ['esbuild.config.mjs', 'addon']);

export type HostGrid = (string | number | boolean | Date | null)[][];

export interface Harness {
  rt: LocalRuntime;
  addon: LoadedAddon;
  /** A range's values as Sheets hands them to a custom function (not counted as the add-on's calls). */
  range(a1: string): unknown[][];
}

export function harness(grids: Record<string, HostGrid>, options: Partial<RuntimeOptions> & { timeZone: string; locale: string }): Harness {
  const model = Object.keys(grids).length
    ? WorkbookModel.fromGrids(grids, { timeZone: options.timeZone, locale: options.locale })
    : new WorkbookModel({ timeZone: options.timeZone, locale: options.locale });
  const rt = new LocalRuntime(options, model);
  const addon = loadAddon(rt);
  return {
    rt,
    addon,
    range(a1) {
      const values = rt.globals().SpreadsheetApp.getActive().getRange(a1).getValues();
      rt.calls.reset();
      return values;
    },
  };
}

/** A calendar day as a host Date at 00:00 UTC: WorkbookModel.fromGrids stores its UTC wall clock. */
export function day(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

/** `DATE(y, m, d)` as Sheets passes it to a custom function: midnight of that day in the spreadsheet's zone. */
export function sheetDate(timeZone: string, y: number, m: number, d: number): Date {
  return new Date(instantOf({ year: y, month: m, day: d, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone));
}
