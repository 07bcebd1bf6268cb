import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { RuntimeContext, RuntimeOptions } from '../../../../src/local/runtime/context';
import { expose } from '../../../../src/local/runtime/infra/expose';
import { LocalRuntime, type SpreadsheetModule } from '../../../../src/local/runtime/LocalRuntime';
import { loadAddon, type LoadedAddon } from '../../../../src/local/runtime/loader';
import type { WorkbookModel } from '../../../../src/local/runtime/spreadsheet';

/**
 * A stand-in for the colleague's SpreadsheetApp module, so these tests exercise only the other
 * services: getActive() → a Spreadsheet with getId / getSpreadsheetTimeZone / getSpreadsheetLocale,
 * and getUi() → the runtime's Ui. Reads are allowed in every mode but NONE.
 */
class StubWorkbook {
  id = 'stub-spreadsheet-id';
  constructor(readonly opts: { timeZone?: string; locale?: string } = {}) {}
}

export const stubSpreadsheetModule: SpreadsheetModule = {
  WorkbookModel: StubWorkbook as unknown as SpreadsheetModule['WorkbookModel'],
  createSpreadsheetApp(ctx: RuntimeContext, model: WorkbookModel) {
    const wb = model as unknown as StubWorkbook;
    const ss = expose(ctx.calls, 'SpreadsheetApp.Spreadsheet', {
      getId: () => wb.id,
      getSpreadsheetTimeZone: () => wb.opts.timeZone ?? ctx.options.timeZone,
      getSpreadsheetLocale: () => wb.opts.locale ?? ctx.options.locale,
    });
    return expose(ctx.calls, 'SpreadsheetApp', {
      getActive: () => {
        ctx.requireAuthMode('SpreadsheetApp.getActive', ['LIMITED', 'FULL', 'CUSTOM_FUNCTION']);
        return ss;
      },
      getUi: () => {
        ctx.requireAuthMode('SpreadsheetApp.getUi', ['NONE', 'LIMITED', 'FULL']);
        return ctx.getUi();
      },
    }) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  },
  createCharts: (ctx: RuntimeContext) => expose(ctx.calls, 'Charts', { ChartType: { LINE: 'LINE' } }) as unknown as GoogleAppsScript.Charts.Charts,
};

/** Fixed clock: Wednesday 3 January 2024, 07:04:05 UTC. */
export const T0 = Date.UTC(2024, 0, 3, 7, 4, 5);

export const SCOPES = {
  sheets: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  ui: 'https://www.googleapis.com/auth/script.container.ui',
  mail: 'https://www.googleapis.com/auth/script.send_mail',
  triggers: 'https://www.googleapis.com/auth/script.scriptapp',
  email: 'https://www.googleapis.com/auth/userinfo.email',
};

export function makeRuntime(options: Partial<RuntimeOptions> = {}): LocalRuntime {
  return new LocalRuntime({ now: () => T0, ...options }, undefined, { spreadsheetModule: stubSpreadsheetModule });
}

const tmpDirs: string[] = [];

export function tmpDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'pilote-rt-'));
  tmpDirs.push(d);
  return d;
}

/** Writes `code` as a bundle in a tmp dir and loads it. */
export function loadBundle(code: string, runtime: LocalRuntime = makeRuntime()): LoadedAddon {
  const file = path.join(tmpDir(), 'Code.js');
  fs.writeFileSync(file, code);
  return loadAddon(runtime, file);
}

/** Runs `fn` and returns what it threw (errors of the vm realm fail `instanceof Error`). */
export function thrown(fn: () => unknown): { name: string; message: string } {
  try {
    fn();
  } catch (e) {
    return { name: (e as Error).name, message: (e as Error).message };
  }
  throw new Error('expected a throw');
}
