import { RuntimeContext, type RuntimeOptions } from '../../../../src/local/runtime/context';
import { WorkbookModel, createSpreadsheetApp, createCharts, type HostCell, type WorkbookOptions } from '../../../../src/local/runtime/spreadsheet';

/** A runtime context and the SpreadsheetApp over `model` (default: one empty sheet, Paris, fr_FR). */
export function makeApp(model: WorkbookModel = WorkbookModel.empty(), options: Partial<RuntimeOptions> = {}) {
  const ctx = new RuntimeContext({
    timeZone: model.timeZone, locale: model.locale, scriptTimeZone: 'Europe/Paris', userEmail: 'owner@example.com', userLocale: 'fr',
    now: () => Date.UTC(2026, 2, 1, 9), mailQuota: 100, scopes: [], htmlRoot: '.', ...options,
  });
  return { ctx, model, app: createSpreadsheetApp(ctx, model), Charts: createCharts(ctx) };
}

export function appWith(grids: Record<string, HostCell[][]>, opts: WorkbookOptions = {}) {
  return makeApp(WorkbookModel.fromGrids(grids, opts));
}

/** The message of what `fn` throws (fails the test if it does not throw). */
export function thrown(fn: () => unknown): string {
  try { fn(); } catch (e) { return (e as Error).message; }
  throw new Error('expected a throw');
}
