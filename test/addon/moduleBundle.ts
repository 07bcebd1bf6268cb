/**
 * The add-on's adapter modules bundled the way build/Code.js is (esbuild IIFE, ES2020, platform
 * neutral) and loaded into a local runtime, for tests that call them directly: writeSheetPlan on
 * hand-built plans, refresh(options) with each origin. The core's buildDashboardSheets is
 * replaced by stubs/dashboardSheets.ts, which runs what the test puts in `context.__dashboard`.
 * The production entry points are tested through build/Code.js itself (harness.ts).
 */
import * as esbuild from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DashboardInput, DashboardOutput } from '../../src/core/dashboard/dashboardSheets';
import type { SheetPlan } from '../../src/core/render/sheetPlan';
import type { LocalRuntime } from '../../src/local/runtime/LocalRuntime';
import { loadAddon, type LoadedAddon } from '../../src/local/runtime/loader';
import type { SaveSettingsResult } from '../../src/addon/settingsStore';
import type { Settings } from '../../src/core/settings/settings';
import type { MenuRefreshOutcome, RefreshOptions, RefreshResult } from '../../src/addon/refreshDashboard';

const ROOT = path.resolve(__dirname, '..', '..');
const STUB = path.join(__dirname, 'stubs', 'dashboardSheets.ts');

export interface AdapterModules {
  writeSheetPlan(sheet: GoogleAppsScript.Spreadsheet.Sheet, plan: SheetPlan): void;
  refresh(options: RefreshOptions): RefreshResult;
  refreshDashboard(): MenuRefreshOutcome;
  loadSettings(locale?: string): Settings;
  saveSettings(input: unknown): SaveSettingsResult;
}

/**
 * Add-on modules bundled as build/Code.js is (esbuild IIFE, ES2020, platform neutral) into a
 * temporary file: `contents` exports them, `globalName` holds them once loaded.
 */
export function bundleModules(contents: string, globalName: string, plugins: esbuild.Plugin[] = []): Promise<string> {
  return esbuild.build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
    plugins,
  }).then((result) => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'pilote-modules-')), `${globalName}.js`);
    writeFileSync(out, result.outputFiles[0].text);
    return out;
  });
}

let file: Promise<string> | undefined;

function bundle(): Promise<string> {
  file ??= bundleModules(
    "export { writeSheetPlan } from './src/addon/sheets/writeSheetPlan';\nexport { refresh, refreshDashboard } from './src/addon/refreshDashboard';\nexport { loadSettings, saveSettings } from './src/addon/settingsStore';\n",
    'PiloteModules',
    [{
      name: 'stub-dashboard-core',
      setup(build) {
        build.onResolve({ filter: /core\/dashboard\/dashboardSheets$/ }, () => ({ path: STUB }));
      },
    }],
  );
  return file;
}

export interface LoadedModules {
  addon: LoadedAddon;
  modules: AdapterModules;
  /** What the stubbed core returns (or throws) on the next refresh. */
  setCore(core: (input: DashboardInput) => DashboardOutput): void;
}

export async function loadModules(rt: LocalRuntime): Promise<LoadedModules> {
  const addon = loadAddon(rt, await bundle());
  const modules = (addon.context as unknown as { PiloteModules: AdapterModules }).PiloteModules;
  return { addon, modules, setCore: (core) => { (addon.context as unknown as { __dashboard: unknown }).__dashboard = core; } };
}
