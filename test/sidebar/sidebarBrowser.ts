/**
 * The built sidebar (build/Sidebar.html) in Debian's Chromium, its google.script.run bridged to
 * the built add-on (build/Code.js) running in the local runtime: the page the user would see,
 * talking to the code Apps Script would run. Nothing is fetched from the network: every request
 * but the page itself is recorded and refused.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { installScriptRunBridge, openShownHtml, type ScriptRunBridge } from '../../src/local/runtime/browser/scriptRunBridge';
import type { LocalRuntime } from '../../src/local/runtime/LocalRuntime';
import type { LoadedAddon } from '../../src/local/runtime/loader';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/local/preview/screenshot';
import { ARTIFACTS } from '../paths';

/** In CI Chromium is installed (.ci/run): there the tests must run, and fail if it is missing. */
export const runBrowser = fs.existsSync(CHROMIUM_PATH) || !!process.env.CI;
export { ARTIFACTS };

/** Debian's Chromium, with the flags every browser test and screenshot uses (src/local/preview/screenshot.ts). */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface SidebarPage {
  page: Page;
  bridge: ScriptRunBridge;
  /** URLs the page tried to fetch besides itself (all refused). */
  requests: string[];
  /** Uncaught errors and console errors of the page. */
  errors: string[];
  /** Dialogs (alert, confirm) the page opened. */
  dialogs: string[];
}

/** Opens the sidebar the add-on showed last (rt.ui.sidebars), at its 300 px, and waits for its state. */
export async function openSidebarPage(browser: Browser, rt: LocalRuntime, addon: LoadedAddon, height = 900): Promise<SidebarPage> {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const out: SidebarPage = { page, bridge: undefined as unknown as ScriptRunBridge, requests: [], errors: [], dialogs: [] };
  page.on('pageerror', (e) => out.errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !/net::ERR_FAILED|Failed to load resource/.test(m.text())) out.errors.push(m.text()); });
  page.on('dialog', (d) => { out.dialogs.push(d.message()); void d.dismiss(); });
  await page.route('**/*', (route) => {
    out.requests.push(route.request().url());
    return route.abort();
  });
  out.bridge = await installScriptRunBridge(page, addon);
  const sidebars = rt.ui.sidebars;
  await openShownHtml(page, sidebars[sidebars.length - 1], height);
  await page.waitForSelector('#section-status');
  return out;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
