/**
 * `npm start`'s engine: the built add-on (build/Code.js) run in the local runtime exactly as Sheets
 * runs it — the menu, "Insert sample data" for the sample, then "Refresh dashboard".
 */
import * as path from 'node:path';
import type { MenuRefreshOutcome } from '../../addon/refreshDashboard';
import { SETTINGS_PROPERTY } from '../../core/settings/settings';
import type { TableKind } from '../../core/tables/schema';
import { instantOf } from '../runtime/infra/timeZone';
import { LocalRuntime, REPO_ROOT } from '../runtime/LocalRuntime';
import { loadAddon, type LoadedAddon } from '../runtime/loader';
import type { WorkbookModel } from '../runtime/spreadsheet';
import { CliError } from './cliError';

export interface AddonRun {
  rt: LocalRuntime;
  addon: LoadedAddon;
  outcome: MenuRefreshOutcome;
}

export interface AddonRunOptions {
  /** "Today" as a calendar date in the spreadsheet's zone; the runtime's clock is set to 09:00 that day. */
  asOf?: { year: number; month: number; day: number };
  /** Insert the sample workbook first (the menu item a new user clicks). */
  sample: boolean;
  /** Settings saved before the refresh, as the sidebar would (language, `--table` choices). */
  settings?: { language?: 'en' | 'fr'; tables?: Partial<Record<TableKind, string>> };
}

export function runAddon(model: WorkbookModel, o: AddonRunOptions): AddonRun {
  const now = o.asOf ? instantOf({ ...o.asOf, hour: 9, minute: 0, second: 0, millisecond: 0 }, model.timeZone) : Date.now();
  const rt = new LocalRuntime({ timeZone: model.timeZone, locale: model.locale, userLocale: model.locale.split('_')[0], now: () => now }, model);
  let addon: LoadedAddon;
  try {
    addon = loadAddon(rt, path.join(REPO_ROOT, 'build', 'Code.js'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError('build/Code.js is missing: run `npm run build` (npm start does it for you)');
    throw e;
  }
  addon.onOpen({ authMode: 'FULL' });
  if (o.sample) addon.runMenuItem('insertSampleData');
  const stored = { ...(o.settings?.language ? { language: o.settings.language } : {}), ...(o.settings?.tables && Object.keys(o.settings.tables).length ? { tables: o.settings.tables } : {}) };
  if (Object.keys(stored).length) rt.properties.stores.document.set(SETTINGS_PROPERTY, JSON.stringify(stored));
  const outcome = addon.runMenuItem('refreshDashboard') as MenuRefreshOutcome;
  return { rt, addon, outcome };
}
